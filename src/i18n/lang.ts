import { primaryLanguage } from "../core/language-tag.ts";

/** The one language type of halqa: the command line, the API and the pages all speak these two. */
export const LANGS = ["en", "ar"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "ar";
}

/** The language of a tag halqa speaks ("AR", "ar-SA" → ar: core/language-tag.ts), else undefined. */
export function langOfTag(tag: string | null | undefined): Lang | undefined {
  const primary = primaryLanguage(tag);
  return isLang(primary) ? primary : undefined;
}

export function directionOf(lang: Lang): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}
