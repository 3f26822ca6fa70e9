/** Pieces the company sheet and the deal timeline share: numbered source references and the list they point to. */
import type { CitedSource } from "@core/reports/cited-sources.ts";
import type { Language } from "@i18n/index.ts";
import { reasonText as sheetReasonText } from "@i18n/sheet-reason.ts";
import { dealTitle, type Model } from "../../data/model.ts";

/** "[1] [4]": each a link to the source's line in the numbered list below. */
export function Refs({ ids, sources }: { ids: readonly string[]; sources: readonly CitedSource[] }) {
  const numbers = new Map(sources.map((s) => [s.id, s.n]));
  const ns = [...new Set(ids.map((id) => numbers.get(id)).filter((n) => n !== undefined))].sort(
    (a, b) => a - b,
  );
  return (
    <span className="refs">
      {ns.map((n) => (
        <a key={n} href={`#src-${n}`}>
          [{n}]
        </a>
      ))}
    </span>
  );
}

export function NumberedSources({ sources, title }: { sources: readonly CitedSource[]; title: string }) {
  return (
    <section className="panel" aria-labelledby="h-sources" data-section="sources">
      <h2 id="h-sources">{title}</h2>
      <ol className="numbered-sources">
        {sources.map((s) => (
          <li key={s.id} id={`src-${s.n}`} value={s.n}>
            {s.publisher || s.id}
            {s.title ? (
              <>
                ,{" "}
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  <cite>{s.title}</cite>
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

/** Why the flows engine left money out, in the command line's words; deal ids shown as titles. */
export function reasonText(
  lang: Language,
  excluded: { reason: string; params: Record<string, string | number | boolean> },
  model: Model,
): string {
  return sheetReasonText(lang, excluded, (id) => dealTitle(model, id, lang));
}
