/**
 * The page's words arrive with its language. The first bundle carries the English tree only (the
 * build leaves the Arabic parts out: scripts/catalogue-split.ts); Arabic is fetched, once, when a
 * page is shown in it, and installed into the one message formatter. In the unit tests and on the
 * command line both trees are there from the start, and this finds Arabic already present.
 */
import type { Lang } from "@i18n/lang.ts";
import { catalogueOf, installCatalogue } from "@i18n/message.ts";
import type { Catalogue } from "@i18n/messages/index.ts";
import { useEffect, useState } from "react";

let arabic: Promise<void> | undefined;

/** True when the language's words can be formatted now (the Arabic skeleton has no words). */
export function hasLanguage(lang: Lang): boolean {
  return typeof (catalogueOf(lang) as Partial<Catalogue>).web?.app?.title === "string";
}

/** Fetches and installs a language's tree; later calls share the one request. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (hasLanguage(lang)) return Promise.resolve();
  arabic ??= import("@i18n/messages/index.ts?lang=ar").then(
    (full: { catalogueAr: Catalogue }) => installCatalogue("ar", full.catalogueAr),
    (error: unknown) => {
      arabic = undefined;
      throw error;
    },
  );
  return arabic;
}

/**
 * The language to render in: the one asked for once its words are here. While Arabic loads, the
 * page stays in the language it was shown in (null before anything was shown: render nothing rather
 * than flash English on an Arabic page).
 */
export function useLoadedLanguage(wanted: Lang): Lang | null {
  const [shown, setShown] = useState<Lang | null>(() => (hasLanguage(wanted) ? wanted : null));
  useEffect(() => {
    let live = true;
    loadLanguage(wanted).then(
      () => live && setShown(wanted),
      // The Arabic chunk failed to arrive (offline): stay in English rather than show nothing.
      () => live && setShown("en"),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return hasLanguage(wanted) ? wanted : shown;
}
