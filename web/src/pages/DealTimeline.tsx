/**
 * A deal's timeline inside the deal panel: the tables `halqa deal` prints (src/core/reports/deal-layout.ts)
 * through <ReportTable> — its dated status events, its links to other deals both ways ("replaced by …"),
 * and on each value basis what halqa's totals count of each flow on the date, or why not — the deal
 * panel computes the report in the browser with the same core function as `halqa deal`.
 */
import { COUNTS_TABLE, EVENTS_TABLE, LINKS_TABLE } from "@core/reports/deal-layout.ts";
import type { DealTimelineReport } from "@core/reports/deal-timeline.ts";
import type { Deal } from "@schema/deal.ts";
import { ReportTable } from "../components/ReportTable.tsx";
import { useI18n } from "../i18n/index.ts";

export function DealTimelineView({ report, deal }: { report: DealTimelineReport; deal: Deal }) {
  const i18n = useI18n();
  const { m } = i18n;
  const file = `halqa-${deal.id}`;
  return (
    <div data-timeline={deal.id}>
      <ReportTable
        layout={EVENTS_TABLE}
        data={report}
        fileName={`${file}-timeline`}
        rowData={(e) => ({ after: e.after ? "true" : undefined })}
      />
      {report.links.length > 0 ? (
        <ReportTable
          layout={LINKS_TABLE}
          data={report}
          fileName={`${file}-links`}
          rowData={(link) => ({ link: `${link.direction}-${link.type}` })}
        />
      ) : null}
      <h3>{m("report.sheet.deal.counts")}</h3>
      <ul className="counts" data-counts={deal.id}>
        {report.counts.map((basis) => (
          <li key={basis.basis} data-basis={basis.basis}>
            {basis.counted.value > 0
              ? m("report.sheet.deal.countedLine", {
                  basis: m(`web.basis.${basis.basis}`),
                  amount: i18n.usdRange(basis.counted),
                })
              : m("report.sheet.deal.nothingLine", { basis: m(`web.basis.${basis.basis}`) })}
          </li>
        ))}
      </ul>
      <ReportTable layout={COUNTS_TABLE} data={report} fileName={`${file}-counts`} />
    </div>
  );
}
