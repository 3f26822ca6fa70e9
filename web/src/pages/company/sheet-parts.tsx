/** The numbered source list the company sheet ends with (the sheet's tables cite sources as links). */
import type { CitedSource } from "@core/reports/cited-sources.ts";
import { textLang } from "../../components/text-lang.ts";
import { useDataText } from "../../data/use-data-text.ts";

export function NumberedSources({ sources, title }: { sources: readonly CitedSource[]; title: string }) {
  const outlet = useDataText();
  return (
    <section className="panel" aria-labelledby="h-sources" data-section="sources">
      <h2 id="h-sources">{title}</h2>
      <ol className="numbered-sources">
        {sources.map((s) => (
          <li key={s.id} id={`src-${s.n}`} value={s.n}>
            {outlet(s.publisher) || s.id}
            {s.title ? (
              <>
                ,{" "}
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
                , <bdi>{s.date}</bdi>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
