/**
 * The page's words arrive with its language. The first bundle carries no words (the build puts each
 * language's in a chunk of its own: scripts/catalogue-split.ts); the page's language is fetched, once,
 * from its first script (web/src/early-words.ts) and installed into the one message formatter here;
 * the other language only if the reader switches. In the unit tests and on the command line both
 * trees are there from the start, and this finds them already present.
 */
import type { Lang } from "@i18n/lang.ts";
import { catalogueOf, installCatalogue } from "@i18n/message.ts";
import type { Catalogue } from "@i18n/messages/index.ts";
import { useEffect, useState } from "react";
import { wordsOf } from "./words-of.ts";

const loading = new Map<Lang, Promise<void>>();

/** True when the language's words can be formatted now (a skeleton tree has no words). */
export function hasLanguage(lang: Lang): boolean {
  return typeof (catalogueOf(lang) as Partial<Catalogue>).web?.app?.title === "string";
}

/** Fetches and installs a language's tree; later calls share the one request (a failed one is retried). */
export function loadLanguage(lang: Lang): Promise<void> {
  if (hasLanguage(lang)) return Promise.resolve();
  let request = loading.get(lang);
  if (!request) {
    request = wordsOf(lang).then(
      (tree) => installCatalogue(lang, tree),
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, request);
  }
  return request;
}

/**
 * The language to render in: the one asked for once its words are here. While they load, the page
 * stays in the language it was shown in (null before anything was shown: render nothing rather than
 * flash the other language).
 */
export function useLoadedLanguage(wanted: Lang): Lang | null {
  const [shown, setShown] = useState<Lang | null>(() => (hasLanguage(wanted) ? wanted : null));
  useEffect(() => {
    let live = true;
    const other: Lang = wanted === "ar" ? "en" : "ar";
    loadLanguage(wanted).then(
      () => live && setShown(wanted),
      // The words failed to arrive (offline): the other language, if its words are here or can come.
      // Neither came: nothing can be written, the page stays as it is.
      () =>
        loadLanguage(other).then(
          () => live && setShown((now) => now ?? other),
          () => undefined,
        ),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return hasLanguage(wanted) ? wanted : shown;
}
