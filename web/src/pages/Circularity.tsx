/**
 * Circularity: each entity's own money coming back along named loops as a share of its receipts (bar
 * chart and table, beside the wider proportional-mixing share), one company traced loop by loop and
 * chain by chain, the round-trip multiplier, and the null model on a button.
 */
import { CIRCULARITY_LOOP_SHARES_CHART, CIRCULARITY_NODES_TABLE } from "@core/reports/circularity-layout.ts";
import { formatMessageCell } from "@i18n/format-cell.ts";
import { useMemo } from "react";
import { barOption, shareText } from "../charts/bar-option.ts";
import { Chart } from "../charts/Chart.tsx";
import { ReportTable, useRecordNames } from "../components/ReportTable.tsx";
import { dealTitle, entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { circularityLines, circularityOf } from "../model/circularity.ts";
import { todayIso } from "../model/filter.ts";
import { useView } from "../state/use-view.ts";
import { CircularityTrace } from "./CircularityTrace.tsx";
import { NullModel } from "./NullModel.tsx";

export default function Circularity() {
  const model = useModel();
  const i18n = useI18n();
  const { m, usd, ratio, number, lang } = i18n;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const data = useMemo(() => circularityOf(model.dataset, view.basis, asOf), [model, view.basis, asOf]);
  const names = useRecordNames();
  const lines = data.ok ? circularityLines(data.report) : null;
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);
  const nodes = data.ok ? data.report.nodes : [];
  const bars = useMemo(() => {
    const [shares] = data.ok ? CIRCULARITY_LOOP_SHARES_CHART.series(data.report) : [];
    return (shares?.points ?? []).map((p) => ({ id: String(p.x), label: name(String(p.x)), share: p.y }));
  }, [data, name]);
  const option = useMemo(() => barOption(bars, m("report.circularity.loopShare"), i18n), [bars, m, i18n]);
  // The title's share rounds as the bars do (the one cell formatter).
  const top = bars.reduce<(typeof bars)[number] | null>(
    (b, x) => (b === null || x.share > b.share ? x : b),
    null,
  );
  return (
    <article className="page circularity">
      <h1>{m("report.circularity.title")}</h1>
      <p className="intro">{m("web.circularity.intro")}</p>
      {!data.ok ? (
        <p className="status error" role="alert">
          {data.reason}
        </p>
      ) : (
        <>
          <p className="lead" data-figure="multiplier">
            {data.report.multiplier === null
              ? m("web.circularity.multiplierNone")
              : m("web.circularity.multiplier", {
                  value: m("web.units.times", { value: ratio(data.report.multiplier) }),
                  flow: usd(data.report.totalFlow),
                  outside: usd(data.report.outsideTotal),
                })}
          </p>
          {lines?.estimates ? (
            <p className="hint" data-figure="estimates">
              {formatMessageCell(lang, lines.estimates, names)}
            </p>
          ) : null}
          {lines?.binding ? (
            <p className="lead" data-figure="binding">
              {formatMessageCell(lang, lines.binding, names)}
            </p>
          ) : null}
          <p className="hint" data-figure="loop-search">
            {m("web.circularity.loopSearch", {
              maxLength: number(data.report.loopSearch.maxLength, 0),
              cycles: number(data.report.loopSearch.cycles, 0),
            })}
            {data.report.loopSearch.complete ? "" : ` ${m("cli.loopSearchIncomplete")}`}
          </p>
          {lines ? (
            <p className="hint" data-figure="cash-only">
              {formatMessageCell(lang, lines.cashOnly, names)}
            </p>
          ) : null}
          {data.report.closed.length > 0 ? (
            <p className="hint">
              {m("web.circularity.closed", {
                groups: data.report.closed.map((g) => i18n.list(g.map(name))).join("; "),
              })}
            </p>
          ) : null}
          <Chart
            name={m("report.circularity.loopShare")}
            finding={
              top
                ? m("web.findings.circularity", {
                    name: top.label,
                    share: shareText(lang, top.share),
                    count: bars.length,
                  })
                : undefined
            }
            fileName={`halqa-circularity-${view.basis}`}
            label={m("web.circularity.chartLabel", {
              count: bars.length,
              basis: m(`web.basis.${view.basis}`),
            })}
            option={option}
            height={Math.max(260, bars.length * 24 + 40)}
          >
            <ReportTable
              layout={CIRCULARITY_NODES_TABLE}
              data={data.report}
              fileName={`halqa-circularity-${view.basis}`}
              note={m("web.circularity.ownBack")}
              rowData={(row) => ({ entity: row.node.id })}
            />
          </Chart>
          <CircularityTrace
            nodes={nodes}
            steps={data.report.loopSteps}
            deal={(id) => dealTitle(model, id, lang)}
            entity={view.entity}
            onPick={(entity) => setView({ entity })}
            name={name}
          />
          <NullModel
            list={data.list}
            view={view}
            setView={setView}
            name={name}
            runKey={`${view.basis}|${asOf}`}
          />
        </>
      )}
    </article>
  );
}
