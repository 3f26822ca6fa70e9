import { numberLocale } from "./format.ts";
import { LANGS, type Lang } from "./lang.ts";

/** Older names of the one language type (lang.ts); prefer `Lang` and `LANGS` in new code. */
export const LANGUAGES = LANGS;
export type Language = Lang;

export { problemMessage } from "./problem-message.ts";

/**
 * Locale for Intl formatting: Arabic with the digit system of the run (Western by default, as the
 * Arabic financial press writes; see format.ts and docs/arabic-style.md).
 */
export function locale(lang: Language): string {
  return numberLocale(lang);
}
