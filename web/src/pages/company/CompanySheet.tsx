/**
 * The company sheet (CompanyReport) on a page: the tables `halqa company` prints, from the one layout
 * (src/core/reports/company-layout.ts) through <ReportTable> — the same cells, a CSV each — with the
 * lines between them (totals, circularity, loops) and the numbered sources.
 */
import { companyLayout, undatedNoteKey } from "@core/reports/company-layout.ts";
import type { CompanyReport } from "@core/reports/company-report.ts";
import type { TableLayout } from "@core/reports/layout.ts";
import { useMemo } from "react";
import { ReportTable, useRecordNames } from "../../components/ReportTable.tsx";
import { useI18n } from "../../i18n/index.ts";
import { NumberedSources } from "./sheet-parts.tsx";

/** The sections of the page, by the layout's table ids (also the e2e tests' `data-section`). */
type Table = TableLayout<CompanyReport, unknown>;

export function CompanySheet({ report }: { report: CompanyReport }) {
  const i18n = useI18n();
  const { lang, label, percent, m } = i18n;
  const names = useRecordNames();
  const layout = useMemo(() => companyLayout(lang), [lang]);
  const byId = new Map(layout.tables.map((t) => [t.id, t]));
  const undatedKey = undatedNoteKey(report.undated);
  const section = (id: string, { hideEmpty = false } = {}) => {
    const t = byId.get(id) as Table | undefined;
    if (!t || (hideEmpty && t.rows(report).length === 0)) return null;
    return (
      <section className="panel" data-section={id}>
        <ReportTable
          layout={t}
          data={report}
          fileName={`halqa-${report.entity.id}-${id}`}
          {...(id === "deals-in" || id === "deals-out" || id === "deals-other"
            ? { rowData: (d: unknown) => ({ deal: (d as { deal: string }).deal }) }
            : {})}
        />
      </section>
    );
  };
  const c = report.circularity;
  return (
    <div className="company-sheet" data-entity={report.entity.id} data-sources={report.sources.length}>
      <h2>
        {m("report.sheet.company.title", {
          name: report.entity.name[lang],
          ticker: report.entity.ticker,
          kind: label("entityKind", report.entity.kind),
        })}
      </h2>
      <p className="hint">
        {m("report.sheet.company.settings", {
          asOf: i18n.date(report.asOf),
          basis: m(`report.common.${report.basis}`),
          year: report.year === null ? null : String(report.year),
        })}
      </p>
      {report.entity.note ? (
        <p className="hint">{names.text?.(report.entity.note) ?? report.entity.note}</p>
      ) : null}

      {section("financials")}
      {section("financial-alternatives", { hideEmpty: true })}
      {section("deals-in")}
      {section("deals-out")}
      <p>
        {m("report.sheet.company.totals", {
          receives: i18n.usdRange(report.totals.receives),
          pays: i18n.usdRange(report.totals.pays),
        })}
      </p>
      {[...report.deals.in, ...report.deals.out].some((d) => d.estimate) ? (
        <p className="hint">{m("report.sheet.company.estimateMark")}</p>
      ) : null}
      {section("left-out", { hideEmpty: true })}
      {section("deals-other", { hideEmpty: true })}
      {section("by-year", { hideEmpty: true })}
      {undatedKey ? (
        <p className="hint" data-note="undated">
          {m(`report.sheet.company.${undatedKey}`, {
            receives: i18n.usdRange(report.undated.receives),
            pays: i18n.usdRange(report.undated.pays),
          })}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="h-circ" data-section="circularity">
        <h2 id="h-circ">{m("report.sheet.company.circularity")}</h2>
        {c ? (
          <p>
            {m("report.sheet.company.circularLine", {
              through: i18n.usd(c.receipts),
              inflow: i18n.usd(c.inflow),
              extra: i18n.usd(c.outside),
              self: percent(c.selfShare),
              outside: percent(c.outsideShare),
            })}
          </p>
        ) : (
          <p className="hint">{m("report.sheet.company.noReceipts")}</p>
        )}
      </section>
      {section("origins", { hideEmpty: true })}
      {section("loops")}
      {report.loops.found > 0 ? (
        <p className="hint">
          {m("report.sheet.company.loopsFound", {
            found: i18n.number(report.loops.found, 0),
            shown: i18n.number(report.loops.shown.length, 0),
          })}
        </p>
      ) : null}
      {section("sites")}
      {section("stress")}

      <NumberedSources sources={report.sources} title={m("report.sheet.company.sources")} />
    </div>
  );
}
