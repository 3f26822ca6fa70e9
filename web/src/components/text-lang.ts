/**
 * The language a data text is written in, for its element's `lang`: a source's title is the article's
 * own (English or Arabic), whatever the page's language, so a screen reader reads it in that language
 * and the page's language audit (e2e/web/language.test.ts) reads it as a quotation.
 */
export function textLang(text: string): "ar" | "en" {
  return /[\u0600-\u06ff]/.test(text) ? "ar" : "en";
}
