import { ar } from "./ar.ts";
import { en, type Messages } from "./en.ts";
import { numberLocale } from "./format.ts";

import { LANGS, type Lang } from "./lang.ts";

/** Older names of the one language type (lang.ts); prefer `Lang` and `LANGS` in new code. */
export const LANGUAGES = LANGS;
export type Language = Lang;

export function messages(lang: Language): Messages {
  return lang === "ar" ? ar : en;
}

/** The message of a problem code, or the code itself for a code no catalogue knows (never throws). */
export function problemMessage(lang: Language, code: string, params: Record<string, unknown>): string {
  const table = messages(lang).problems as Record<
    string,
    ((p: Record<string, unknown>) => string) | undefined
  >;
  const render = table[code];
  return render ? render(params) : code;
}

/**
 * Locale for Intl formatting: Arabic with the digit system of the run (Western by default, as the
 * Arabic financial press writes; see format.ts and docs/arabic-style.md).
 */
export function locale(lang: Language): string {
  return numberLocale(lang);
}

export type { Messages };
