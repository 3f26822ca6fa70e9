/**
 * A deal in the explorer: every figure of every flow on each value basis (with its range, quote and
 * sources) and the other sources' figures, its timeline, links and what counts (DealTimeline.tsx) and
 * every source, as links — the tables `halqa deal` prints (src/core/reports/deal-layout.ts), through
 * <ReportTable>.
 */
import { statusAsOf } from "@core/dataset/status.ts";
import { FIGURE_ALTERNATIVES_TABLE, FIGURES_TABLE } from "@core/reports/deal-layout.ts";
import { dealTimeline } from "@core/reports/deal-timeline.ts";
import type { Deal } from "@schema/deal.ts";
import { useMemo } from "react";
import { ReportTable } from "../components/ReportTable.tsx";
import { SourceLinks } from "../components/SourceLinks.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { dealSourceIds } from "../model/deal-info.ts";
import { DealTimelineView } from "./DealTimeline.tsx";

export function DealPanel({ deal, asOf, onClose }: { deal: Deal; asOf: string; onClose: () => void }) {
  const model = useModel();
  const i18n = useI18n();
  const { m, label, date, lang } = i18n;
  const status = statusAsOf(deal, asOf);
  const report = useMemo(() => dealTimeline(model.dataset, deal.id, { asOf }), [model, deal.id, asOf]);
  return (
    <section className="panel" aria-labelledby="deal-heading" data-panel="deal" data-deal={deal.id}>
      <div className="panel-head">
        <h2 id="deal-heading" tabIndex={-1}>
          {deal.title[lang]}
        </h2>
        <button type="button" onClick={onClose} aria-label={`${m("web.deal.close")}: ${deal.title[lang]}`}>
          {m("web.deal.close")}
        </button>
      </div>
      <p className="hint">
        {label("dealType", deal.type)} · {label("status", status ?? "unreported")} ·{" "}
        {m("web.deal.announcedOn", { date: date(deal.announced) })}
        <br />
        {[...new Set(deal.parties.map((p) => p.entity))].map((id) => entityName(model, id, lang)).join(" · ")}
      </p>
      {report ? (
        <>
          <ReportTable
            layout={FIGURES_TABLE}
            data={report}
            fileName={`halqa-${deal.id}-figures`}
            rowData={(f) => ({ flow: f.flow, layer: f.layer })}
          />
          {FIGURE_ALTERNATIVES_TABLE.rows(report).length > 0 ? (
            <ReportTable
              layout={FIGURE_ALTERNATIVES_TABLE}
              data={report}
              fileName={`halqa-${deal.id}-alternatives`}
            />
          ) : null}
          <DealTimelineView report={report} deal={deal} />
        </>
      ) : null}
      <h3>{m("report.sheet.company.refs")}</h3>
      <SourceLinks ids={dealSourceIds(deal)} />
    </section>
  );
}
