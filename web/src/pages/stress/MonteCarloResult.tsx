/**
 * A Monte Carlo run's result: what was run, the histogram of the system loss with VaR and expected
 * shortfall marked, their table, the default probability per company with its Wilson interval, and
 * the sensitivity ranking (Spearman's ρ). Each chart has its table as a text alternative; the report
 * downloads as JSON and the tables as CSV.
 */

import { listSeparator } from "@i18n/format.ts";
import { useMemo } from "react";
import { Chart } from "../../charts/Chart.tsx";
import { defaultsOption, histogramOption, sensitivityOption } from "../../charts/monte-carlo-options.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { useI18n } from "../../i18n/index.ts";
import { histogramRows, type MonteCarloReport } from "../../model/monte-carlo.ts";
import { downloadBlob } from "../../util/download.ts";

/** The companies drawn in the chart (all of them are in its table). */
const SHOWN_BARS = 15;

type Props = {
  report: MonteCarloReport;
  seconds: number;
  reason?: "request" | "time-limit";
  name: (id: string) => string;
};

export function MonteCarloResult({ report, seconds, reason, name }: Props) {
  const i18n = useI18n();
  const { m, mOr, usd, percent, number, date } = i18n;
  const s = report.summary;
  const level = (n: number) => number(n, 0);
  const riskRows: [string, number][] = [
    [m("web.monteCarlo.mean"), s.systemLoss.mean],
    ...s.systemLoss.quantiles.map((q): [string, number] => [
      m("web.monteCarlo.quantile", { p: number(q.p * 100, 0) }),
      q.value,
    ]),
    [m("web.monteCarlo.var", { level: level(95) }), s.systemLoss.var95],
    [m("web.monteCarlo.es", { level: level(95) }), s.systemLoss.es95],
    [m("web.monteCarlo.var", { level: level(99) }), s.systemLoss.var99],
    [m("web.monteCarlo.es", { level: level(99) }), s.systemLoss.es99],
    [m("web.monteCarlo.unfundedMean"), s.unfunded.mean],
    [m("web.monteCarlo.unfundedP95"), s.unfunded.p95],
  ];
  const histogram = useMemo(() => histogramOption(s, i18n), [s, i18n]);
  // The chart draws the companies that defaulted at least once; the table lists every one that lost.
  const shown = useMemo(() => s.entities.filter((e) => e.defaults > 0).slice(0, SHOWN_BARS), [s]);
  const defaults = useMemo(() => defaultsOption(shown, name, i18n), [shown, name, i18n]);
  const bars = useMemo(() => {
    const joiner = listSeparator(i18n.lang);
    /** "revenue-shortfall openai" → "Revenue falls short · OpenAI"; a parameter id stays as it is. */
    const inputName = (label: string) => {
      const [kind, who] = label.split(" ");
      if (who === undefined) return label;
      const whom = who === "all" ? m("web.stress.allLenders") : who.split("+").map(name).join(joiner);
      return `${mOr(`web.stress.types.${kind ?? ""}`, kind ?? "")} · ${whom}`;
    };
    return s.sensitivity.map((x) => ({ label: inputName(x.input), rho: x.rho }));
  }, [s, name, m, mOr, i18n.lang]);
  const sensitivity = useMemo(() => sensitivityOption(bars, i18n), [bars, i18n]);
  const entityHeader = [
    m("report.market.company"),
    m("cli.monteCarlo.probability"),
    m("web.monteCarlo.interval"),
    m("web.monteCarlo.meanLoss"),
    m("web.monteCarlo.loss95"),
  ];
  const histogramHeader = [
    m("web.monteCarlo.lossRange"),
    m("web.monteCarlo.lossTo"),
    m("web.monteCarlo.count"),
  ];
  const stem = `halqa-monte-carlo-${report.scenario}-${report.seed}`;
  const done = m("web.monteCarlo.done", {
    samples: s.samples,
    seconds: m("web.monteCarlo.seconds", { value: number(seconds, 1) }),
    model: mOr(`web.models.${report.model}`, report.model),
    date: date(report.asOf),
    seed: String(report.seed),
  });

  return (
    <div
      className="mc-result"
      data-figure="mc-result"
      data-samples={s.samples}
      data-partial={String(report.partial)}
    >
      <p className="status" data-figure="mc-done">
        {done}{" "}
        <button
          type="button"
          data-action="mc-download-json"
          aria-label={m("web.exports.jsonLabel", { name: m("web.monteCarlo.reportName") })}
          onClick={() =>
            downloadBlob(
              new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }),
              `${stem}.json`,
            )
          }
        >
          {m("web.exports.json")}
        </button>
      </p>
      {report.partial ? (
        <p className="status warning" role="status" data-figure="mc-partial">
          {m(reason === "time-limit" ? "web.monteCarlo.timeLimit" : "web.monteCarlo.cancelled", {
            samples: s.samples,
            runs: report.runs,
          })}
        </p>
      ) : null}

      {s.samples > 0 ? (
        <>
          <Chart
            name={m("web.monteCarlo.histogram")}
            fileName={`${stem}-histogram`}
            label={m("web.monteCarlo.histogramLabel", {
              samples: s.samples,
              bins: s.histogram.counts.length,
            })}
            option={histogram}
            height={320}
          >
            <table className="table compact">
              <caption>
                {m("web.monteCarlo.histogram")}{" "}
                <CsvButton
                  name={m("web.monteCarlo.histogramName")}
                  fileName={`${stem}-histogram`}
                  header={histogramHeader}
                  rows={() => histogramRows(s)}
                />
              </caption>
              <TableHead columns={histogramHeader} />
              <tbody>
                {histogramRows(s).map(([from, to, count]) => (
                  <tr key={from}>
                    <td className="num">{usd(from)}</td>
                    <td className="num">{usd(to)}</td>
                    <td className="num">{number(count, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Chart>

          <table className="table compact" data-table="mc-risk">
            <caption>
              {m("web.monteCarlo.riskTable")}{" "}
              <CsvButton
                name={m("web.monteCarlo.riskTable")}
                fileName={`${stem}-risk`}
                header={[m("web.monteCarlo.statistic"), m("web.monteCarlo.value")]}
                rows={() => riskRows}
              />
            </caption>
            <TableHead columns={[m("web.monteCarlo.statistic"), m("web.monteCarlo.value")]} />
            <tbody>
              {riskRows.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="num">{usd(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{m("web.monteCarlo.defaults")}</h3>
          {s.entities.length === 0 ? (
            <p>{m("web.monteCarlo.noDefaults")}</p>
          ) : (
            <>
              {shown.length === 0 ? (
                <p>{m("web.monteCarlo.noDefaults")}</p>
              ) : (
                <Chart
                  name={m("web.monteCarlo.defaults")}
                  fileName={`${stem}-defaults`}
                  label={m("web.monteCarlo.defaultsLabel", { count: shown.length })}
                  option={defaults}
                  height={Math.max(140, shown.length * 30 + 40)}
                />
              )}
              <table className="table compact" data-table="mc-entities">
                <caption>
                  {m("web.monteCarlo.defaults")}{" "}
                  <CsvButton
                    name={m("web.monteCarlo.entitiesName")}
                    fileName={`${stem}-entities`}
                    header={entityHeader}
                    rows={() =>
                      s.entities.map((e) => [
                        name(e.entity),
                        e.defaultProbability,
                        e.wilson95[0],
                        e.wilson95[1],
                        e.meanLoss,
                        e.loss95,
                      ])
                    }
                  />
                </caption>
                <TableHead columns={entityHeader} />
                <tbody>
                  {s.entities.map((e) => (
                    <tr key={e.entity} data-entity={e.entity}>
                      <th scope="row">{name(e.entity)}</th>
                      <td className="num">{percent(e.defaultProbability)}</td>
                      <td className="num">
                        {percent(e.wilson95[0])} – {percent(e.wilson95[1])}
                      </td>
                      <td className="num">{usd(e.meanLoss)}</td>
                      <td className="num">{usd(e.loss95)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}

          <h3>{m("web.monteCarlo.sensitivity")}</h3>
          <Chart
            name={m("web.monteCarlo.sensitivity")}
            fileName={`${stem}-sensitivity`}
            label={m("web.monteCarlo.sensitivityLabel", { count: bars.length })}
            option={sensitivity}
            height={Math.max(140, bars.length * 34 + 40)}
          >
            <table className="table compact" data-table="mc-sensitivity">
              <TableHead columns={[m("web.monteCarlo.input"), m("web.monteCarlo.rho")]} />
              <tbody>
                {bars.map((b) => (
                  <tr key={b.label}>
                    <th scope="row">{b.label}</th>
                    <td className="num">
                      {b.rho === null ? m("cli.monteCarlo.constant") : number(b.rho, 3)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Chart>
        </>
      ) : null}
      <p className="hint">{m("web.monteCarlo.method")}</p>
    </div>
  );
}
