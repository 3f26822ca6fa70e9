/** The numbered source list the company sheet ends with (the sheet's tables cite sources as links). */
import type { CitedSource } from "@core/reports/cited-sources.ts";
import { listSeparator } from "@i18n/format.ts";
import { textLang } from "../../components/text-lang.ts";
import { useDataText } from "../../data/use-data-text.ts";
import { useI18n } from "../../i18n/index.ts";

export function NumberedSources({ sources, title }: { sources: readonly CitedSource[]; title: string }) {
  const outlet = useDataText();
  const { lang, date } = useI18n();
  // Outlet, title and date apart as the language separates a list ("، " in Arabic).
  const sep = listSeparator(lang);
  return (
    <section className="panel" aria-labelledby="h-sources" data-section="sources">
      <h2 id="h-sources">{title}</h2>
      <ol className="numbered-sources">
        {sources.map((s) => (
          <li key={s.id} id={`src-${s.n}`} value={s.n}>
            {outlet(s.publisher) || s.id}
            {s.title ? (
              <>
                {sep}
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer" lang={textLang(s.title)}>
                    {s.title}
                  </a>
                ) : (
                  <cite lang={textLang(s.title)}>{s.title}</cite>
                )}
              </>
            ) : null}
            {s.date ? (
              <>
                {sep}
                <bdi>{date(s.date)}</bdi>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
