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
  const { t, fill, usd, label, date, number, lang, cli } = useI18n();
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const all = useMemo(() => dealRows(model, view.basis, asOf), [model, view.basis, asOf]);
  const rows = useMemo(
    () => sortRows(searchRows(model, all, view.q), view.sort, view.desc, (r) => r.deal.title[lang]),
    [model, all, view.q, view.sort, view.desc, lang],
  );
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: "deal", label: t.columns.deal },
    { key: "type", label: t.columns.type },
    { key: "status", label: t.columns.status },
    { key: "announced", label: t.columns.announced },
    { key: "amount", label: `${t.columns.amount} · ${t.basis[view.basis]}`, numeric: true },
  ];
  const sortBy = (key: SortKey) =>
    setView({ sort: key, desc: view.sort === key ? !view.desc : key === "amount" || key === "announced" });
  const csvRows = (list: DealRow[]) =>
    list.map((r) => [
      r.deal.id,
      r.deal.title[lang],
      r.deal.type,
      r.status,
      r.deal.announced,
      r.parties.map((id) => entityName(model, id, lang)).join("; "),
      r.amount,
      r.sources.map((id) => model.sources.get(id)?.url ?? id).join(" "),
    ]);
  const caption = fill(t.data.caption, {
    shown: number(rows.length, 0),
    total: number(all.length, 0),
    basis: t.basis[view.basis],
    date: date(asOf),
  });

  return (
    <article className="page data">
      <h1>{t.data.heading}</h1>
      <p className="intro">{t.data.intro}</p>
      <div className="table-tools">
        <label>
          {t.data.search}
          <input
            type="search"
            value={view.q}
            placeholder={t.data.searchPlaceholder}
            onChange={(e) => setView({ q: e.target.value }, "replace")}
          />
        </label>
        <CsvButton
          name={t.data.heading}
          fileName="halqa-deals"
          header={[
            "id",
            t.columns.deal,
            t.columns.type,
            t.columns.status,
            t.columns.announced,
            t.columns.parties,
            t.columns.amount,
            t.columns.sources,
          ]}
          rows={() => csvRows(rows)}
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
                    aria-label={fill(t.data.sortBy, { column: c.label })}
                  >
                    {c.label}
                  </button>
                </th>
              ))}
              <th scope="col">{t.columns.parties}</th>
              <th scope="col">{t.columns.sources}</th>
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
                  {r.amount === null ? "—" : `${r.estimate ? `${cli.estimateMark} ` : ""}${usd(r.amount)}`}
                </td>
                <td>{r.parties.map((id) => entityName(model, id, lang)).join(" · ")}</td>
                <td>
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
