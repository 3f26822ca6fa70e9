import { ar } from "./ar.ts";
import { en, type Messages } from "./en.ts";

export const LANGUAGES = ["en", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

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

/** Locale for Intl formatting: Arabic with Arabic-Indic digits as Arabic readers expect. */
export function locale(lang: Language): string {
  return lang === "ar" ? "ar-EG" : "en-US";
}

export type { Messages };
