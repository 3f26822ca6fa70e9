/**
 * The company page: a search box (a name in English or Arabic, a ticker or an id, matched by the same
 * core function as `halqa company`), then the company's sheet as GET /api/company/{id} returns it on
 * the page's date and value basis — the object `halqa company ID --json` prints. The company chosen
 * is the URL's `entity`, so a link reproduces the sheet.
 */
import type { CompanyReport } from "@core/reports/company-report.ts";
import { type EntitySearch, findEntity } from "@core/reports/entity-search.ts";
import { useState } from "react";
import { BriefLink } from "../components/BriefLink.tsx";
import { JsonButton } from "../components/JsonButton.tsx";
import { useApi } from "../data/use-api.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { useView } from "../state/use-view.ts";
import { CompanySheet } from "./company/CompanySheet.tsx";

function Sheet({ id, asOf, basis }: { id: string; asOf: string; basis: string }) {
  const { m } = useI18n();
  const state = useApi<CompanyReport>(`/api/company/${encodeURIComponent(id)}?asOf=${asOf}&basis=${basis}`);
  if (state.state === "loading")
    return (
      <p className="status" role="status">
        {m("web.company.loading")}
      </p>
    );
  if (state.state === "failed")
    return (
      <p className="status error" role="alert">
        {m("web.company.failed", { reason: state.reason })}
      </p>
    );
  return (
    <>
      <p>
        <JsonButton
          name={m("web.company.download")}
          fileName={`halqa-company-${id}`}
          value={() => state.data}
        />{" "}
        <BriefLink entity={id} />
      </p>
      <CompanySheet report={state.data} />
    </>
  );
}

export default function Company() {
  const model = useModel();
  const { m, lang } = useI18n();
  const [view, setView] = useView();
  const current = view.entity !== null ? model.entities.get(view.entity) : undefined;
  const [query, setQuery] = useState(current?.name[lang] ?? "");
  const [search, setSearch] = useState<EntitySearch | null>(null);
  const asOf = view.asOf ?? todayIso();

  const submit = (text: string) => {
    const found = findEntity(model.dataset.entities, text.trim());
    setSearch(found);
    if (found.result === "found") setView({ entity: found.id });
  };

  return (
    <article className="page company" data-page="company">
      <h1>{m("web.company.heading")}</h1>
      <p className="intro">{m("web.company.intro")}</p>
      <form
        className="company-search"
        aria-label={m("web.company.search")}
        onSubmit={(e) => {
          e.preventDefault();
          submit(query);
        }}
      >
        <label htmlFor="company-q">{m("web.company.search")}</label>{" "}
        <input
          id="company-q"
          type="search"
          list="company-names"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
        <datalist id="company-names">
          {model.dataset.entities.map((e) => (
            <option key={e.id} value={e.name[lang]} />
          ))}
        </datalist>{" "}
        <button type="submit">{m("web.company.open")}</button>
      </form>
      {search && search.result !== "found" ? (
        <div role="status" data-search={search.result}>
          <p>
            {search.result === "ambiguous"
              ? m("web.company.pick")
              : m("web.company.noMatch", { query: search.query })}
          </p>
          <ul className="matches">
            {search.matches.map((match) => (
              <li key={match.id}>
                <button
                  type="button"
                  className="link"
                  data-entity={match.id}
                  onClick={() => {
                    setQuery(match.name[lang]);
                    setSearch(null);
                    setView({ entity: match.id });
                  }}
                >
                  {match.name[lang]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.entity !== null && current ? <Sheet id={view.entity} asOf={asOf} basis={view.basis} /> : null}
    </article>
  );
}
