/**
 * A deal's timeline inside the deal panel: the dated status events with their notes and sources, its
 * links to other deals in both directions ("replaced by …"), and on each value basis what halqa's
 * totals count of each flow on the date, or why not — computed in the browser by the same core
 * function as `halqa deal` (src/core/reports/deal-timeline.ts).
 */
import { dealTimeline } from "@core/reports/deal-timeline.ts";
import type { Deal } from "@schema/deal.ts";
import { useMemo } from "react";
import { SourceLinks } from "../components/SourceLinks.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { amountText } from "./company/CompanySheet.tsx";
import { reasonText } from "./company/sheet-parts.tsx";

export function DealTimelineView({ deal, asOf }: { deal: Deal; asOf: string }) {
  const model = useModel();
  const i18n = useI18n();
  const { m, mOr, label, lang, date } = i18n;
  const report = useMemo(() => dealTimeline(model.dataset, deal.id, { asOf }), [model, deal.id, asOf]);
  if (!report) return null;
  const name = (id: string) => entityName(model, id, lang);
  return (
    <div data-timeline={deal.id}>
      <h3>{m("report.sheet.deal.timeline")}</h3>
      <ol className="history">
        {report.events.map((e) => (
          <li
            key={`${e.date}-${e.status}`}
            data-after={e.after ? "true" : undefined}
            className={e.after ? "hint" : undefined}
          >
            <bdi>{date(e.date)}</bdi>: <strong>{label("status", e.status)}</strong>
            {e.after ? ` (${m("web.deal.afterAsOf")})` : ""}
            {e.note ? <div className="hint">{e.note}</div> : null}
            {e.sources.length > 0 ? (
              <>
                {" "}
                <SourceLinks ids={e.sources} inline />
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {report.links.length > 0 ? (
        <>
          <h3>{m("report.sheet.deal.links")}</h3>
          <ul data-links={report.links.length}>
            {report.links.map((link) => {
              const params = {
                deal: link.title?.[lang] ?? link.deal,
                date: link.date ? date(link.date) : "",
              };
              const text = mOr(
                `report.sheet.deal.link.${link.direction}-${link.type}`,
                `${link.type} ${params.deal}`,
                params,
              );
              return (
                <li
                  key={`${link.direction}-${link.type}-${link.deal}`}
                  data-link={`${link.direction}-${link.type}`}
                >
                  {text}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h3>{m("report.sheet.deal.counts")}</h3>
      <ul className="counts" data-counts={deal.id}>
        {report.counts.map((basis) => (
          <li key={basis.basis} data-basis={basis.basis}>
            <strong>
              {basis.counted.value > 0
                ? m("report.sheet.deal.countedLine", {
                    basis: m(`web.basis.${basis.basis}`),
                    amount: i18n.usdRange(basis.counted),
                  })
                : m("report.sheet.deal.nothingLine", { basis: m(`web.basis.${basis.basis}`) })}
            </strong>
            <ul>
              {basis.flows.map((flow) => {
                const flowName = `${name(flow.from)} ${m("web.units.arrow")} ${name(flow.to)} (${label("flowKind", flow.kind)})`;
                return (
                  <li key={flow.flow}>
                    {flow.counted
                      ? m("report.sheet.deal.flowCounted", {
                          flow: flowName,
                          amount: amountText(i18n, flow.counted, flow.unit),
                          years: i18n.list(flow.years.map((y) => i18n.year(y.year))),
                        })
                      : null}
                    {flow.excluded.map((e) => (
                      <div key={e.reason}>
                        {m("report.sheet.deal.flowExcluded", {
                          flow: flowName,
                          amount: amountText(i18n, e.amount, flow.unit),
                          why: reasonText(lang, e, model),
                        })}
                      </div>
                    ))}
                    {flow.why
                      ? m("report.sheet.deal.flowUncounted", {
                          flow: flowName,
                          why: mOr(`report.sheet.deal.why.${flow.why}`, flow.why),
                        })
                      : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
