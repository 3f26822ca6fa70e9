/**
 * The header: the name, the page menu (links, so each opens in a new tab too), the language switch and,
 * on the Arabic pages, the digits control (Western or Arabic-Indic, kept in the URL and remembered like
 * the language). On a phone the menu folds behind a button: open, it filled the first screen.
 */
import { useState } from "react";
import { BriefLink } from "../components/BriefLink.tsx";
import { useI18n } from "../i18n/index.ts";
import { hrefFor, navigate, rememberDigits, useView } from "../state/use-view.ts";
import type { PageId } from "../state/view.ts";
import { followLink } from "./follow-link.ts";
import { READY_PAGES } from "./pages.ts";

const OWN_BRIEF: ReadonlySet<PageId> = new Set(["company", "stress"]);

export function Header({ current }: { current: PageId }) {
  const { m, lang, digits } = useI18n();
  const other = lang === "ar" ? "en" : "ar";
  // Folded by default; the button only shows on narrow screens (styles.css), where it unfolds the menu.
  const [open, setOpen] = useState(false);
  const [view] = useView();
  return (
    <header className="header">
      <div className="brand">
        <a
          className="brand-name"
          href={hrefFor({ page: "overview" })}
          onClick={(e) => followLink(e, () => navigate({ page: "overview" }))}
        >
          {m("web.app.title")}
        </a>
        <span className="brand-tagline">{m("web.app.tagline")}</span>
      </div>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="page-menu"
        aria-label={m("web.chrome.menuLabel")}
        data-action="menu"
        onClick={() => setOpen(!open)}
      >
        {m("web.chrome.menu")}
      </button>
      <nav aria-label={m("web.nav.label")} className="nav" id="page-menu" data-open={open}>
        <ul>
          {READY_PAGES.map((page) => (
            <li key={page.id}>
              <a
                href={hrefFor({ page: page.id })}
                aria-current={page.id === current ? "page" : undefined}
                onClick={(e) =>
                  followLink(e, () => {
                    setOpen(false);
                    navigate({ page: page.id });
                    document.getElementById("main")?.focus({ preventScroll: true });
                  })
                }
              >
                {m(`web.nav.${page.id}`)}
              </a>
            </li>
          ))}
          {/* The brief of what is on screen: the company picked, else the whole dataset (the company
              and stress pages offer their own subject's brief beside their results instead). */}
          {OWN_BRIEF.has(current) ? null : (
            <li className="nav-brief">
              <BriefLink entity={view.entity} />
            </li>
          )}
        </ul>
      </nav>
      <div className="header-tools">
        {lang === "ar" ? (
          <label className="digits" title={m("web.chrome.digitsHelp")}>
            {m("web.chrome.digits")}{" "}
            <select
              data-control="digits"
              // Its options show each system in its own digits (123 / ١٢٣): never converted.
              data-digits="keep"
              value={digits}
              onChange={(e) => {
                const digits = e.target.value === "arab" ? "arab" : "latn";
                // Remembered first: a URL without digits reads the remembered ones, so Western digits
                // (the default, not written in the URL) would otherwise read back as Arabic-Indic.
                rememberDigits(digits);
                navigate({ digits }, "replace");
              }}
            >
              <option value="latn">{m("web.chrome.digitsLatn")}</option>
              <option value="arab">{m("web.chrome.digitsArab")}</option>
            </select>
          </label>
        ) : null}
        <button
          type="button"
          className="lang"
          lang={other}
          aria-label={m("web.app.switchToLabel")}
          onClick={() => navigate({ lang: other })}
        >
          {m("web.app.switchTo")}
        </button>
      </div>
    </header>
  );
}
