/**
 * A language's words, as the web build ships them: a chunk of their own per language
 * (scripts/catalogue-split.ts). Imported by the page's first script (web/src/early-words.ts), so the
 * request leaves with the app's scripts, and by load-language.ts, which reuses that request. Nothing
 * else is imported here: the first script stays small.
 */
import type { Lang } from "@i18n/lang.ts";
import type { Catalogue } from "@i18n/messages/index.ts";

/**
 * One function per language, each with its own import: the build wraps each dynamic import with the
 * chunks it needs, and an import inside a conditional expression was wrapped with the other
 * language's chunk too (an Arabic page then fetched the English words as well).
 */
const WORDS: Record<Lang, () => Promise<Catalogue>> = {
  ar: () => import("@i18n/messages/index.ts?lang=ar").then((copy) => copy.catalogueAr),
  en: () => import("@i18n/messages/index.ts?lang=en").then((copy) => copy.catalogueEn),
};

/** The language's tree; the browser fetches each chunk once, however often this is called. */
export function wordsOf(lang: Lang): Promise<Catalogue> {
  return WORDS[lang]();
}
