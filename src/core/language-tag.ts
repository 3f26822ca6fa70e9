/**
 * The language a language tag names, as BCP 47 (RFC 5646) reads tags: case does not matter, and only
 * the primary subtag names the language ("AR", "ar-SA", "en_GB" → "ar", "ar", "en"). Undefined for a
 * malformed tag ("ar-", "ar--x", "*"), refused rather than read as a language. Kept in core so the
 * command line, the API's schema and the message catalogue read a tag one way.
 */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const text = tag?.trim() ?? "";
  if (!WELL_FORMED.test(text)) return undefined;
  return text.toLowerCase().split(/[-_]/)[0];
}

/** A primary language subtag and any further subtags of 1–8 letters or digits (RFC 5646, loosely). */
const WELL_FORMED = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;
