/**
 * A deal in the explorer: every flow's figures per value basis (with their ranges and the other
 * sources' figures), its timeline, links and what counts (DealTimeline.tsx) and every source, as links.
 */
import { amountOf } from "@core/dataset/figures.ts";
import { statusAsOf } from "@core/dataset/status.ts";
import { BASES } from "@core/flows/expand.ts";
import type { Deal, Flow } from "@schema/deal.ts";
import type { Figure } from "@schema/figure.ts";
import { CsvButton } from "../components/CsvButton.tsx";
import { SourceLinks } from "../components/SourceLinks.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { dealSourceIds, figureText } from "../model/deal-info.ts";
import { DealTimelineView } from "./DealTimeline.tsx";

function FigureCell({ figure, unit }: { figure: Figure | undefined; unit: string }) {
  const i18n = useI18n();
  const { m } = i18n;
  if (!figure) return <td>{m("web.deal.noFigure")}</td>;
  return (
    <td>
      <span className="num">{figureText(i18n, figure, unit)}</span>
      {figure.estimate ? ` (${m("report.common.estimate")})` : ""}
      <br />
      <SourceLinks ids={figure.sources} inline />
      {figure.alternatives && figure.alternatives.length > 0 ? (
        <div className="alternatives">
          <span className="hint">{m("web.deal.alternatives")}:</span>
          <ul>
            {figure.alternatives.map((alt) => (
              <li key={alt.sources.join(",")}>
                {figureText(i18n, alt, unit)} <SourceLinks ids={alt.sources} inline />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </td>
  );
}

function FlowRow({ flow }: { flow: Flow }) {
  const model = useModel();
  const i18n = useI18n();
  const { m, label, lang } = i18n;
  return (
    <tr>
      <th scope="row">
        {m("web.deal.fromTo", {
          from: entityName(model, flow.from, lang),
          to: entityName(model, flow.to, lang),
        })}
        <br />
        <span className="hint">
          {label("flowKind", flow.kind)}
          {flow.conditional ? ` · ${m("report.common.conditional")}` : ""}
        </span>
        {flow.condition ? (
          <div className="hint">{m("web.deal.condition", { text: flow.condition })}</div>
        ) : null}
      </th>
      {BASES.map((basis) => (
        <FigureCell key={basis} figure={flow[basis]} unit={flow.unit} />
      ))}
    </tr>
  );
}

export function DealPanel({ deal, asOf, onClose }: { deal: Deal; asOf: string; onClose: () => void }) {
  const model = useModel();
  const i18n = useI18n();
  const { m, label, date, lang } = i18n;
  const status = statusAsOf(deal, asOf);
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
      <h3>{m("web.deal.figures")}</h3>
      <div className="scroll">
        <table className="table compact" data-table="figures">
          <caption className="caption-tools">
            <span className="visually-hidden">{m("web.deal.figures")}</span>
            <CsvButton
              name={m("web.deal.figures")}
              fileName={`halqa-${deal.id}-figures`}
              header={["flow", "kind", "from", "to", "unit", ...BASES, "sources"]}
              rows={() =>
                deal.flows.map((f, i) => [
                  f.id ?? String(i + 1),
                  f.kind,
                  f.from,
                  f.to,
                  f.unit,
                  ...BASES.map((b) => {
                    const fig = f[b];
                    return fig ? amountOf(fig).value : null;
                  }),
                  [...new Set(BASES.flatMap((b) => f[b]?.sources ?? []))].join(" "),
                ])
              }
            />
          </caption>
          <thead>
            <tr>
              <th scope="col">{m("report.sheet.deal.flow")}</th>
              {BASES.map((b) => (
                <th scope="col" key={b}>
                  {m(`web.basis.${b}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {deal.flows.map((flow, i) => (
              <FlowRow key={flow.id ?? i} flow={flow} />
            ))}
          </tbody>
        </table>
      </div>
      <DealTimelineView deal={deal} asOf={asOf} />
      <h3>{m("report.sheet.company.refs")}</h3>
      <SourceLinks ids={dealSourceIds(deal)} />
    </section>
  );
}
