/**
 * The shell: skip link, header (title, pages, language), the controls every page shares (value basis,
 * as-of date), and the current page once the dataset has loaded. The page's language and direction
 * are set on <html>, so the whole layout mirrors in Arabic.
 */
import { useEffect, useLayoutEffect, useMemo } from "react";
import { ModelContext, useLoadModel } from "../data/use-model.ts";
import { I18nContext, makeI18n } from "../i18n/index.ts";
import { useLoadedLanguage } from "../i18n/load-language.ts";
import { navigate, preferredDigits, rememberDigits, rememberLanguage, useView } from "../state/use-view.ts";
import { FirstRender } from "./FirstRender.tsx";
import { Header } from "./Header.tsx";
import { keepArabicDigits } from "./page-digits.ts";
import { PAGES } from "./pages.ts";
import { usePage } from "./use-page.ts";
import { ViewBar } from "./ViewBar.tsx";

export function App() {
  const [view] = useView();
  // Arabic's words load when first asked for; until then the page stays as it was (or waits, blank).
  const loaded = useLoadedLanguage(view.lang);
  const lang = loaded ?? "en";
  const i18n = useMemo(() => makeI18n(lang, view.digits), [lang, view.digits]);
  const loading = useLoadModel();

  useEffect(() => {
    // A URL without a language (or without the remembered Arabic-Indic digits) gets the remembered one
    // written in, so a copied link carries it.
    const params = new URLSearchParams(window.location.search);
    if (!params.has("lang") || (!params.has("digits") && preferredDigits() !== "latn"))
      navigate({}, "replace");
  }, []);

  // Before the browser paints, so a page is never laid out in one direction and then the other (the
  // first load's direction is set earlier still, by web/src/early-words.ts).
  useLayoutEffect(() => {
    if (loaded === null) return;
    const html = document.documentElement;
    html.lang = lang;
    html.dir = i18n.dir;
    rememberLanguage(lang);
  }, [loaded, lang, i18n.dir]);

  useEffect(() => rememberDigits(view.digits), [view.digits]);
  // The numbers the data holds follow the page's digits too (the CLI's --digits does the same).
  useEffect(() => (i18n.digits === "arab" ? keepArabicDigits(document.body) : undefined), [i18n.digits]);

  const page = PAGES.find((p) => p.id === view.page);
  const Page = usePage(view.page);
  useEffect(() => {
    // No words before the page's language has arrived (web/src/i18n/load-language.ts).
    if (loaded === null) return;
    document.title = `${page ? i18n.m(`web.nav.${page.id}`) : ""} · ${i18n.m("web.app.title")}`;
  }, [loaded, page, i18n]);

  if (loaded === null) return null;
  return (
    <I18nContext.Provider value={i18n}>
      <a className="skip" href="#main">
        {i18n.m("web.app.skip")}
      </a>
      <Header current={view.page} />
      <main id="main" tabIndex={-1}>
        {loading.state === "loading" ? (
          <p className="status" role="status">
            {i18n.m("web.app.loading")}
          </p>
        ) : loading.state === "failed" ? (
          <p className="status error" role="alert">
            {i18n.m("web.app.loadFailed", { reason: loading.reason })}
          </p>
        ) : (
          <ModelContext.Provider value={loading.model}>
            {page?.controls === "none" ? null : <ViewBar basis={page?.controls !== "asOf"} />}
            {Page ? (
              <>
                <Page />
                <FirstRender />
              </>
            ) : Page === undefined ? (
              <p className="status" role="status">
                {i18n.m("web.app.computing")}
              </p>
            ) : (
              <p className="status">{i18n.m("web.app.notFound")}</p>
            )}
          </ModelContext.Provider>
        )}
      </main>
      <footer className="footer">
        <p>
          {i18n.m("web.app.footer")} <a href="/api/docs">{i18n.m("web.app.apiDocs")}</a>
        </p>
      </footer>
    </I18nContext.Provider>
  );
}
