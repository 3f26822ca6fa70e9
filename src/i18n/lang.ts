/** The one language type of halqa: the command line, the API and the pages all speak these two. */
export const LANGS = ["en", "ar"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "ar";
}

/**
 * The language a tag names, as BCP 47 reads tags: case does not matter and only the primary subtag
 * names the language ("AR", "ar-SA", "en_GB" → ar, ar, en); undefined for any other. Not a guess:
 * "ar-SA" is Arabic as written in Saudi Arabia, and halqa's Arabic is the one Arabic it has.
 */
export function langOfTag(tag: string | null | undefined): Lang | undefined {
  const text = tag?.trim() ?? "";
  // A well-formed tag only: "ar-" or "ar--x" is a typing slip, refused rather than read as Arabic.
  if (!WELL_FORMED.test(text)) return undefined;
  const primary = text.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}

/** A primary language subtag and any further subtags of 1–8 letters or digits (RFC 5646, loosely). */
const WELL_FORMED = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

export function directionOf(lang: Lang): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}
