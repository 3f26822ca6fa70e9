/**
 * The funding view's tables, each the layout `halqa funding ID` prints (core/reports/funding-layout.ts)
 * rendered by <ReportTable>: the model per year, the financing by source, the assumptions with their
 * sources, the reported figures, the model's burn against them, and the contracts against the sellers'
 * backlogs — each downloadable as CSV. The page's headline figures stand for the terminal's summary.
 */
import type { FundingYear } from "@core/funding/funding-gap.ts";
import { fundingLayoutOf } from "@core/reports/funding-layout.ts";
import type { FundingReport, ReportedFigure } from "@core/reports/funding-report.ts";
import { fiscalNote } from "@core/reports/funding-rows.ts";
import type { TableLayout } from "@core/reports/layout.ts";
import { formatCell } from "@i18n/format-cell.ts";
import { useMemo } from "react";
import { ReportTable, useRecordNames } from "../../components/ReportTable.tsx";
import { useI18n } from "../../i18n/index.ts";

type Props = { report: FundingReport; fileName: string };

/** The tables the page shows, by layout id, in this order. */
const SHOWN = ["funding-years", "financing", "assumptions", "reported", "reconciliation", "backlog"] as const;

export function FundingTables({ report, fileName }: Props) {
  const { m, lang } = useI18n();
  const names = useRecordNames();
  const layout = useMemo(() => fundingLayoutOf(report), [report]);
  // Calendar years built from fiscal years say so under the years, as the terminal does.
  const fiscal = fiscalNote(report);
  const fiscalText = fiscal ? formatCell(lang, "message", fiscal, names) : null;
  const tables = SHOWN.flatMap((id) => layout.tables.filter((t) => t.id === id));
  return (
    <>
      {tables.map((t) => (
        <ReportTable
          key={t.id}
          layout={t as TableLayout<FundingReport, unknown>}
          data={report}
          fileName={`${fileName}-${t.id}`}
          {...(t.id === "reported" ? { note: m("web.funding.reportedHelp") } : {})}
          {...(t.id === "funding-years" && fiscalText ? { note: fiscalText } : {})}
          {...rowDataOf(t.id)}
        />
      ))}
    </>
  );
}

/** Row attributes for links and the browser tests: a year's revenue source, a figure's metric and period. */
function rowDataOf(id: string) {
  if (id === "funding-years")
    return {
      rowData: (row: unknown) => {
        const y = row as FundingYear;
        return { year: y.year, source: y.missing ? undefined : (y.revenueSource ?? undefined) };
      },
    };
  if (id === "reported")
    return {
      rowData: (row: unknown) => {
        const f = row as ReportedFigure;
        return { metric: f.metric, period: f.period };
      },
    };
  return {};
}
