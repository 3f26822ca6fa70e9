import { compatMessages, type Messages } from "./compat.ts";
import { numberLocale } from "./format.ts";
import { LANGS, type Lang } from "./lang.ts";

/** Older names of the one language type (lang.ts); prefer `Lang` and `LANGS` in new code. */
export const LANGUAGES = LANGS;
export type Language = Lang;

/**
 * The catalogue in the old function-style shape (compat.ts), for code not yet moved to
 * `message(lang, key, values)` (message.ts).
 */
export function messages(lang: Language): Messages {
  return compatMessages(lang);
}

export { problemMessage } from "./problem-message.ts";

/**
 * Locale for Intl formatting: Arabic with the digit system of the run (Western by default, as the
 * Arabic financial press writes; see format.ts and docs/arabic-style.md).
 */
export function locale(lang: Language): string {
  return numberLocale(lang);
}

export type { Messages };
