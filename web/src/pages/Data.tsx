/**
 * Data: every deal in a searchable, sortable table with its sources as links, and the rows shown as
 * CSV. The search and the sort are in the URL like the rest of the view.
 */
import { useMemo } from "react";
import { followLink } from "../app/follow-link.ts";
import { CsvButton } from "../components/CsvButton.tsx";
import { SourceLinks } from "../components/SourceLinks.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { type DealRow, dealRows, searchRows, sortRows } from "../model/deal-table.ts";
import { todayIso } from "../model/filter.ts";
import { hrefFor, useView } from "../state/use-view.ts";
import type { SortKey } from "../state/view.ts";

export default function Data() {
  const model = useModel();
  const { m, usd, label, date, number, lang } = useI18n();
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const all = useMemo(() => dealRows(model, view.basis, asOf), [model, view.basis, asOf]);
  const rows = useMemo(
    () => sortRows(searchRows(model, all, view.q), view.sort, view.desc, (r) => r.deal.title[lang]),
    [model, all, view.q, view.sort, view.desc, lang],
  );
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: "deal", label: m("report.common.deal") },
    { key: "type", label: m("report.common.type") },
    { key: "status", label: m("report.common.status") },
    { key: "announced", label: m("web.columns.announced") },
    { key: "amount", label: `${m("web.columns.amount")} · ${m(`web.basis.${view.basis}`)}`, numeric: true },
  ];
  const sortBy = (key: SortKey) =>
    setView({ sort: key, desc: view.sort === key ? !view.desc : key === "amount" || key === "announced" });
  const csvRows = (list: DealRow[]) =>
    list.map((r) => [
      r.deal.id,
      r.deal.title[lang],
      label("dealType", r.deal.type),
      label("status", r.status),
      r.deal.announced,
      r.parties.map((id) => entityName(model, id, lang)).join("; "),
      r.amount,
      r.sources.map((id) => model.sources.get(id)?.url ?? id).join(" "),
    ]);
  const caption = m("web.data.caption", {
    shown: number(rows.length, 0),
    total: number(all.length, 0),
    basis: m(`web.basis.${view.basis}`),
    date: date(asOf),
  });

  return (
    <article className="page data">
      <h1>{m("web.data.heading")}</h1>
      <p className="intro">{m("web.data.intro")}</p>
      <div className="table-tools">
        <label>
          {m("web.data.search")}
          <input
            type="search"
            value={view.q}
            placeholder={m("web.data.searchPlaceholder")}
            onChange={(e) => setView({ q: e.target.value }, "replace")}
          />
        </label>
        <CsvButton
          name={m("web.data.heading")}
          fileName="halqa-deals"
          header={[
            "id",
            m("report.common.deal"),
            m("report.common.type"),
            m("report.common.status"),
            m("web.columns.announced"),
            m("report.common.parties"),
            m("web.columns.amount"),
            m("report.sheet.company.refs"),
          ]}
          rows={() => csvRows(rows)}
          sourceIds={() => rows.flatMap((r) => r.sources)}
        />
      </div>
      <div className="scroll">
        <table className="table" data-table="deals">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  scope="col"
                  key={c.key}
                  aria-sort={view.sort === c.key ? (view.desc ? "descending" : "ascending") : undefined}
                  className={c.numeric ? "num" : undefined}
                >
                  <button
                    type="button"
                    className="sort"
                    data-sort={c.key}
                    data-active={view.sort === c.key}
                    data-desc={view.desc}
                    onClick={() => sortBy(c.key)}
                    aria-label={m("web.data.sortBy", { column: c.label })}
                  >
                    {c.label}
                  </button>
                </th>
              ))}
              <th scope="col">{m("report.common.parties")}</th>
              <th scope="col">{m("report.sheet.company.refs")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.deal.id} data-deal={r.deal.id}>
                <th scope="row">
                  <a
                    href={hrefFor({ page: "explorer", deal: r.deal.id })}
                    onClick={(e) => followLink(e, () => setView({ page: "explorer", deal: r.deal.id }))}
                  >
                    {r.deal.title[lang]}
                  </a>
                </th>
                <td>{label("dealType", r.deal.type)}</td>
                <td>{label("status", r.status)}</td>
                <td>{date(r.deal.announced)}</td>
                <td className="num">
                  {r.amount === null
                    ? "—"
                    : `${r.estimate ? `${m("report.common.estimateMark")} ` : ""}${usd(r.amount)}`}
                </td>
                <td className="list">{r.parties.map((id) => entityName(model, id, lang)).join(" · ")}</td>
                <td className="list">
                  <SourceLinks ids={r.sources} inline />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
