/** The header: the name, the page menu (links, so each opens in a new tab too) and the language switch. */
import { useI18n } from "../i18n/index.ts";
import { hrefFor, navigate } from "../state/use-view.ts";
import type { PageId } from "../state/view.ts";
import { followLink } from "./follow-link.ts";
import { READY_PAGES } from "./pages.ts";

export function Header({ current }: { current: PageId }) {
  const { t, lang } = useI18n();
  const other = lang === "ar" ? "en" : "ar";
  return (
    <header className="header">
      <div className="brand">
        <a
          className="brand-name"
          href={hrefFor({ page: "overview" })}
          onClick={(e) => followLink(e, () => navigate({ page: "overview" }))}
        >
          {t.app.title}
        </a>
        <span className="brand-tagline">{t.app.tagline}</span>
      </div>
      <nav aria-label={t.nav.label} className="nav">
        <ul>
          {READY_PAGES.map((page) => (
            <li key={page.id}>
              <a
                href={hrefFor({ page: page.id })}
                aria-current={page.id === current ? "page" : undefined}
                onClick={(e) =>
                  followLink(e, () => {
                    navigate({ page: page.id });
                    document.getElementById("main")?.focus({ preventScroll: true });
                  })
                }
              >
                {t.nav[page.id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <button
        type="button"
        className="lang"
        lang={other}
        aria-label={t.app.switchToLabel}
        onClick={() => navigate({ lang: other })}
      >
        {t.app.switchTo}
      </button>
    </header>
  );
}
