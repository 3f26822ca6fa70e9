/**
 * A Monte Carlo run's result: what was run, the histogram of the system loss with VaR and expected
 * shortfall marked, their table, the default probability per company with its Wilson interval, and
 * the sensitivity ranking (Spearman's ρ). Each chart has its table as a text alternative; the report
 * downloads as JSON and the tables as CSV.
 */

import { ENTITIES_TABLE } from "@core/reports/monte-carlo-report.ts";
import {
  inputCell,
  RISK_TABLE,
  SENSITIVITY_TABLE,
  UNFUNDED_TABLE,
} from "@core/reports/monte-carlo-tables.ts";
import type { EntityRisk } from "@core/stress/monte-carlo/index.ts";
import { formatCell } from "@i18n/format-cell.ts";
import { useMemo, useState } from "react";
import { Chart } from "../../charts/Chart.tsx";
import { defaultsOption, histogramOption, sensitivityOption } from "../../charts/monte-carlo-options.ts";
import { signedNumber } from "../../charts/signed-number.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { ReportTable, useRecordNames } from "../../components/ReportTable.tsx";
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
  const { m, mOr, usd, number, date, percent } = i18n;
  const s = report.summary;
  // The drawings' widths (0 until measured): a phone's keeps fewer words (charts/monte-carlo-options.ts).
  const [histogramWidth, setHistogramWidth] = useState(0);
  const [sensitivityWidth, setSensitivityWidth] = useState(0);
  const histogram = useMemo(
    () => histogramOption(s, i18n, histogramWidth || undefined),
    [s, i18n, histogramWidth],
  );
  // The chart draws the companies that defaulted at least once; the table lists every one that lost.
  const shown = useMemo(() => s.entities.filter((e) => e.defaults > 0).slice(0, SHOWN_BARS), [s]);
  const defaults = useMemo(() => defaultsOption(shown, name, i18n), [shown, name, i18n]);
  const names = useRecordNames();
  const bars = useMemo(
    () =>
      s.sensitivity.map((x) => ({
        label: formatCell(i18n.lang, "message", inputCell(x.input), names),
        rho: x.rho,
      })),
    [s, names, i18n.lang],
  );
  const sensitivity = useMemo(
    () => sensitivityOption(bars, i18n, sensitivityWidth || undefined),
    [bars, i18n, sensitivityWidth],
  );
  // The findings the titles state: the company that defaults most often, the input that moves the loss most.
  const mostDefaults = shown.reduce<EntityRisk | null>(
    (best, e) => (best === null || e.defaultProbability > best.defaultProbability ? e : best),
    null,
  );
  const strongest = bars.reduce<(typeof bars)[number] | null>(
    (best, b) => (b.rho !== null && (best === null || Math.abs(b.rho) > Math.abs(best.rho ?? 0)) ? b : best),
    null,
  );
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
            finding={m("web.monteCarlo.histogramFinding", {
              every: number(20, 0),
              var: usd(s.systemLoss.var95),
              level: number(95, 0),
            })}
            fileName={`${stem}-histogram`}
            label={m("web.monteCarlo.histogramLabel", {
              samples: s.samples,
              bins: s.histogram.counts.length,
            })}
            option={histogram}
            onWidth={setHistogramWidth}
            height={320}
          >
            <table className="table compact">
              <caption>
                {m("web.monteCarlo.histogram")}{" "}
                <CsvButton
                  name={m("web.monteCarlo.histogramName")}
                  fileName={`${stem}-histogram`}
                  origin="network"
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

          <ReportTable layout={RISK_TABLE} data={report} fileName={`${stem}-risk`} />
          <ReportTable layout={UNFUNDED_TABLE} data={report} fileName={`${stem}-unfunded`} />

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
                  finding={
                    mostDefaults
                      ? m("web.findings.mcDefaults", {
                          name: name(mostDefaults.entity),
                          share: percent(mostDefaults.defaultProbability),
                        })
                      : undefined
                  }
                  fileName={`${stem}-defaults`}
                  label={m("web.monteCarlo.defaultsLabel", { count: shown.length })}
                  option={defaults}
                  height={Math.max(140, shown.length * 30 + 40)}
                />
              )}
              <ReportTable
                layout={ENTITIES_TABLE}
                data={report}
                fileName={`${stem}-entities`}
                rowData={(e: EntityRisk) => ({ entity: e.entity })}
              />
            </>
          )}

          <h3>{m("web.monteCarlo.sensitivity")}</h3>
          <Chart
            name={m("web.monteCarlo.sensitivity")}
            finding={
              strongest && strongest.rho !== null
                ? m("web.findings.mcSensitivity", {
                    input: strongest.label,
                    rho: signedNumber(i18n, strongest.rho, 2),
                  })
                : undefined
            }
            fileName={`${stem}-sensitivity`}
            label={m("web.monteCarlo.sensitivityLabel", { count: bars.length })}
            option={sensitivity}
            onWidth={setSensitivityWidth}
            height={Math.max(140, bars.length * 34 + 40)}
          >
            <ReportTable layout={SENSITIVITY_TABLE} data={report} fileName={`${stem}-sensitivity`} />
          </Chart>
        </>
      ) : null}
      <p className="hint">{m("web.monteCarlo.method")}</p>
    </div>
  );
}
