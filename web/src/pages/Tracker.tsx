/**
 * Tracker: per operator the three signals of a move from circular to self-funding (utilisation,
 * power-contract coverage, usage-linked revenue), the latest of each or "absent" (never zero), the
 * composite stage and its thresholds, each signal over time where any value exists, and the seed
 * article's 24–36-month window. The observations come from GET /api/tracker (tracker.csv).
 * What no source reports is said once (trackerGaps, as `halqa tracker` does): the table holds only the
 * measured operators and the reported signals, and no chart panel is drawn for a signal with no value.
 */

import { type TrackerReport, trackerGaps } from "@core/reports/tracker-report.ts";
import { SIGNALS, type Signal } from "@core/tracker/stage.ts";
import { periodEnd } from "@core/tracker/tracker.ts";
import { useMemo } from "react";
import { Chart } from "../charts/Chart.tsx";
import { latestReadings, signalOption } from "../charts/signal-option.ts";
import { CsvButton } from "../components/CsvButton.tsx";
import { JsonButton } from "../components/JsonButton.tsx";
import { useRecordNames } from "../components/ReportTable.tsx";
import { SourceLinks } from "../components/SourceLinks.tsx";
import { TableHead } from "../components/TableHead.tsx";
import { entityName } from "../data/model.ts";
import { useApi } from "../data/use-api.ts";
import { useModel } from "../data/use-model.ts";
import { type I18n, useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { useView } from "../state/use-view.ts";

const pct = (i18n: I18n, value: number) => i18n.percent(value / 100);
/** Months to one decimal, as a number: the message's plural rules read it (14.5 → "14.5 months"). */
const tenths = (months: number) => Math.round(months * 10) / 10;

export default function Tracker() {
  const model = useModel();
  const i18n = useI18n();
  const { m, mOr, lang } = i18n;
  const [view, setView] = useView();
  // A derivation note in the page's language, its cited records by name (as the terminal shows it).
  const names = useRecordNames();
  const note = (text: string | undefined) => (text ? (names.text?.(text) ?? text) : "");
  const asOf = view.asOf ?? todayIso();
  const api = useApi<TrackerReport>(`/api/tracker?asOf=${asOf}`);
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);
  if (api.state !== "ready")
    return (
      <article className="page tracker">
        <h1>{m("web.tracker.heading")}</h1>
        <p className={api.state === "failed" ? "status error" : "status"} role="status">
          {api.state === "failed" ? api.reason : m("web.app.computing")}
        </p>
      </article>
    );
  const report = api.data;
  const operators = [...report.operators].sort(
    (a, b) => b.history.length - a.history.length || name(a.entity).localeCompare(name(b.entity), lang),
  );
  // An operator picked by name is shown even when no source measures it; otherwise only the measured.
  const shown = view.entity
    ? operators.filter((o) => o.entity === view.entity)
    : operators.filter((o) => o.history.length > 0);
  const signal = (s: Signal) => mOr(`cli.moneyCommands.signals.${s}`, s);
  const gaps = trackerGaps(report);
  const reported = SIGNALS.filter((s) => !gaps.unreported.includes(s));
  const w = report.window;
  const historyHeader = [
    m("report.tracker.operator"),
    m("report.sheet.company.period"),
    m("cli.moneyCommands.signal"),
    m("cli.moneyCommands.value"),
    m("cli.moneyCommands.sources"),
    m("report.reconcile.note"),
  ];

  return (
    <article className="page tracker">
      <h1>{m("web.tracker.heading")}</h1>
      <p className="intro">{m("web.tracker.intro")}</p>
      <div className="row table-tools">
        <label>
          {m("report.tracker.operator")}{" "}
          <select
            value={view.entity ?? ""}
            onChange={(e) => setView({ entity: e.target.value || null })}
            data-control="operator"
          >
            <option value="">{m("web.tracker.all")}</option>
            {operators.map((o) => (
              <option key={o.entity} value={o.entity}>
                {name(o.entity)}
              </option>
            ))}
          </select>
        </label>
        <JsonButton name={m("web.tracker.heading")} fileName={`halqa-tracker-${asOf}`} value={() => report} />
      </div>
      <div className="scroll">
        <table className="table compact" data-table="tracker">
          <caption>{m("web.app.asOf", { date: i18n.date(asOf) })}</caption>
          <TableHead
            columns={[m("report.tracker.operator"), ...reported.map(signal), m("report.tracker.stage")]}
          />
          <tbody>
            {shown.map((op) => (
              <tr key={op.entity} data-operator={op.entity}>
                <th scope="row">{name(op.entity)}</th>
                {reported.map((s) => {
                  const o = op.latest[s];
                  return (
                    <td key={s} className={o ? "num" : "absent"} data-signal={s}>
                      {o
                        ? `${pct(i18n, o.value)}${o.estimate ? " ≈" : ""} (${o.period})`
                        : m("web.tracker.absent")}
                    </td>
                  );
                })}
                <td data-stage={op.stage.stage}>
                  <span className={`stage stage-${op.stage.stage}`}>
                    {m(`cli.moneyCommands.stages.${op.stage.stage}`)}
                  </span>{" "}
                  <span className="hint">
                    {m("web.tracker.basedOn", {
                      count: i18n.number(op.stage.met.length + op.stage.unmet.length, 0),
                    })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {gaps.unreported.length > 0 ? (
        <p data-figure="unreported">
          {m("report.tracker.unreported", { signals: i18n.list(gaps.unreported.map(signal)) })}
        </p>
      ) : null}
      {gaps.silent.length > 0 && !view.entity ? (
        <p data-figure="silent">
          {m("report.tracker.silent", {
            count: gaps.silent.length,
            names: i18n.list(gaps.silent.map(name)),
          })}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="h-thresholds">
        <h2 id="h-thresholds">{m("web.tracker.thresholds")}</h2>
        <ul data-list="thresholds">
          {SIGNALS.map((s) => (
            <li key={s}>
              {m("web.tracker.threshold", { signal: signal(s), value: pct(i18n, report.thresholds[s]) })}
            </li>
          ))}
        </ul>
        <p className="hint">{m("web.tracker.rule")}</p>
      </section>
      {w ? (
        <section className="panel" aria-labelledby="h-window" data-figure="window">
          <h2 id="h-window">{m("web.tracker.window")}</h2>
          <p>
            {m("web.tracker.windowText", {
              low: i18n.number(w.months.low, 0),
              high: w.months.high,
              start: i18n.date(w.start),
              earliest: i18n.date(w.endEarliest),
              latest: i18n.date(w.endLatest),
              elapsed: tenths(Math.max(0, w.monthsElapsed)),
              left: tenths(Math.max(0, w.monthsLeft.toLatest)),
            })}
          </p>
          <div className="window-bar">
            <meter
              min={0}
              max={w.months.high}
              low={w.months.low}
              high={w.months.low}
              optimum={0}
              value={Math.min(w.months.high, Math.max(0, w.monthsElapsed))}
              aria-label={m("web.tracker.windowLabel", {
                elapsed: i18n.number(Math.max(0, w.monthsElapsed), 1),
                high: w.months.high,
              })}
            />
          </div>
        </section>
      ) : null}
      {reported.map((s) => (
        <SignalChart key={s} report={report} signal={s} entity={view.entity} name={name} />
      ))}
      <section className="panel" aria-labelledby="h-history">
        <h2 id="h-history">{m("web.tracker.history")}</h2>
        <div className="scroll">
          <table className="table compact" data-table="history">
            <caption>
              {m("web.tracker.onlyObserved")}{" "}
              <CsvButton
                name={m("web.tracker.history")}
                fileName={`halqa-tracker-${asOf}`}
                sourceIds={() => shown.flatMap((op) => op.history.flatMap((o) => o.sources))}
                header={historyHeader}
                rows={() =>
                  shown.flatMap((op) =>
                    op.history.map((o) => [
                      name(o.entity),
                      o.period,
                      signal(o.signal),
                      o.value,
                      // Outlets and dates, as the sources sheet lists them (ids would match nothing there).
                      names.source?.(o.sources.join(" ")) ?? o.sources.join(" "),
                      note(o.note),
                    ]),
                  )
                }
              />
            </caption>
            <TableHead columns={historyHeader} />
            <tbody>
              {shown.flatMap((op) =>
                op.history.map((o) => (
                  <tr key={`${o.entity}-${o.period}-${o.signal}`}>
                    <th scope="row">{name(o.entity)}</th>
                    <td>{o.period}</td>
                    <td>{signal(o.signal)}</td>
                    <td className="num">
                      {pct(i18n, o.value)}
                      {o.estimate ? " ≈" : ""}
                    </td>
                    <td>
                      <SourceLinks ids={o.sources} inline />
                    </td>
                    <td className="note">{note(o.note)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}

type ChartProps = {
  report: TrackerReport;
  signal: Signal;
  entity: string | null;
  name: (id: string) => string;
};

function SignalChart({ report, signal, entity, name }: ChartProps) {
  const i18n = useI18n();
  const { m, mOr } = i18n;
  const label = mOr(`cli.moneyCommands.signals.${signal}`, signal);
  const data = useMemo(() => {
    const observed = report.operators
      .filter((op) => !entity || op.entity === entity)
      .map((op) => ({ op, points: op.history.filter((o) => o.signal === signal) }))
      .filter((x) => x.points.length > 0);
    const periods = [...new Set(observed.flatMap((x) => x.points.map((p) => p.period)))].sort(
      (a, b) => periodEnd(a) - periodEnd(b),
    );
    const series = observed.map(({ op, points }) => ({
      name: name(op.entity),
      values: periods.map((period) => points.find((p) => p.period === period)?.value ?? null),
    }));
    return { periods, series, count: observed.reduce((n, x) => n + x.points.length, 0) };
  }, [report, signal, entity, name]);
  const option = useMemo(
    () =>
      signalOption(
        data.periods,
        data.series,
        { label: m("web.tracker.thresholdLine"), value: report.thresholds[signal] },
        i18n,
        m("web.axes.percent"),
      ),
    [data, report, signal, i18n, m],
  );
  const title = m("web.tracker.chart", { signal: label });
  // The finding: the highest latest reading, and how many operators' latest readings meet the threshold.
  const finding = useMemo(() => {
    const latest = latestReadings(data.periods, data.series);
    const top = [...latest].sort((a, b) => b.value - a.value)[0];
    if (!top) return undefined;
    const threshold = report.thresholds[signal];
    // The period's digits in the page's digits: the title travels into the exported picture as is.
    return m("web.findings.tracker", {
      signal: label,
      name: top.name,
      value: pct(i18n, top.value),
      period: top.period.replace(/\d+/g, (d) =>
        d.length === 4 ? i18n.year(Number(d)) : i18n.number(Number(d), 0),
      ),
      threshold: pct(i18n, threshold),
      met: latest.filter((r) => r.value >= threshold).length,
    });
  }, [data, report, signal, label, i18n, m]);
  if (data.series.length === 0)
    return (
      <section className="panel" data-chart={signal}>
        <h2>{title}</h2>
        <p className="status">{m("web.tracker.noValues", { signal: label })}</p>
      </section>
    );
  return (
    <section className="panel" data-chart={signal}>
      <Chart
        name={title}
        finding={finding}
        fileName={`halqa-tracker-${signal}`}
        label={m("web.tracker.chartLabel", {
          signal: label,
          count: data.count,
          operators: data.series.length,
        })}
        option={option}
        height={300}
      >
        <ul>
          {data.series.map((s) =>
            s.values.map((v, k) =>
              v === null ? null : (
                <li key={`${s.name}-${data.periods[k]}`}>
                  {s.name}, {data.periods[k]}: {pct(i18n, v)}
                </li>
              ),
            ),
          )}
        </ul>
      </Chart>
    </section>
  );
}
