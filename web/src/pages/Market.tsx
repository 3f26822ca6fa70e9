/**
 * Market: the published concentration figures with their sources, and the index-investor calculator
 * — the share of a passive S&P 500 fund in the loop, Σ weight × exposure (src/core/market), on the
 * bundled weights snapshot (GET /api/market) or the reader's own file, with every weight and exposure
 * editable in the table (edits in the URL) and the exposure measure to pick. Recomputed in the page.
 */
import { type ConcentrationRow, concentration } from "@core/market/concentration.ts";
import { EXPOSURE_MEASURES, type ExposureMeasure } from "@core/market/loop-exposure.ts";
import {
  BUNDLED_INDEX,
  CONCENTRATION_TABLE,
  type ExposureRow,
  type MarketReport,
  marketReport,
  type WeightRow,
} from "@core/reports/market-report.ts";
import { useMemo, useState } from "react";
import { barOption } from "../charts/bar-option.ts";
import { Chart } from "../charts/Chart.tsx";
import { CsvButton } from "../components/CsvButton.tsx";
import { JsonButton } from "../components/JsonButton.tsx";
import { NumberField } from "../components/NumberField.tsx";
import { ReportTable, useRecordNames } from "../components/ReportTable.tsx";
import { SourceLinks } from "../components/SourceLinks.tsx";
import { TableHead } from "../components/TableHead.tsx";
import { entityName } from "../data/model.ts";
import { useApi } from "../data/use-api.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { failureReason } from "../model/failure.ts";
import { todayIso } from "../model/filter.ts";
import { editedExposures, editedWeights } from "../model/market.ts";
import { useView } from "../state/use-view.ts";
import { UploadCsv } from "./market/UploadCsv.tsx";

export default function Market() {
  const model = useModel();
  const i18n = useI18n();
  const { m, lang } = i18n;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const snapshot = useApi<MarketReport>(`/api/market?asOf=${asOf}`);
  const figures = useMemo(() => ({ concentration: concentration(model.dataset) }), [model]);
  const [userWeights, setUserWeights] = useState<{ rows: WeightRow[]; file: string } | null>(null);
  const [userExposures, setUserExposures] = useState<{ rows: ExposureRow[]; file: string } | null>(null);
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);

  const base = userWeights?.rows ?? (snapshot.state === "ready" ? snapshot.data.weights : null);
  const result = useMemo(() => {
    if (!base) return null;
    const exposures = editedExposures(userExposures?.rows, view.exposures);
    try {
      return {
        ok: true as const,
        report: marketReport(model.dataset, {
          asOf,
          measure: view.measure,
          weights: editedWeights(
            base,
            view.weights,
            userWeights ? (base[0]?.index ?? BUNDLED_INDEX) : BUNDLED_INDEX,
          ),
          userWeights: userWeights !== null,
          ...(exposures ? { exposures } : {}),
        }),
      };
    } catch (error) {
      // The weights the reader typed may add up past 100%: say so instead of computing nonsense.
      return { ok: false as const, reason: failureReason(error, lang) };
    }
  }, [base, model, asOf, view.measure, view.weights, view.exposures, userWeights, userExposures, lang]);

  const fundHeader = [
    m("report.market.company"),
    m("web.market.weight"),
    m("web.market.exposure"),
    m("web.market.contribution"),
  ];
  const edited = Object.keys(view.weights).length + Object.keys(view.exposures).length > 0;

  return (
    <article className="page market">
      <h1>{m("web.market.heading")}</h1>
      <p className="intro">{m("web.market.intro")}</p>
      <section className="panel" aria-labelledby="h-concentration">
        <h2 id="h-concentration">{m("web.market.concentration")}</h2>
        <ReportTable
          layout={CONCENTRATION_TABLE}
          data={figures}
          fileName="halqa-market-concentration"
          rowData={(r: ConcentrationRow) => ({ "figure-id": r.id })}
        />
      </section>
      <section className="panel" aria-labelledby="h-fund">
        <h2 id="h-fund">{m("web.market.fund")}</h2>
        <div className="row table-tools">
          <label>
            {m("web.market.measure")}{" "}
            <select
              value={view.measure}
              data-control="measure"
              onChange={(e) => setView({ measure: e.target.value as ExposureMeasure })}
            >
              {EXPOSURE_MEASURES.map((measure) => (
                <option key={measure} value={measure}>
                  {m(`web.market.measures.${measure}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!edited} onClick={() => setView({ weights: {}, exposures: {} })}>
            {m("web.market.reset")}
          </button>
          {result?.ok ? (
            <JsonButton
              name={m("web.market.fund")}
              fileName={`halqa-market-${asOf}`}
              value={() => result.report}
            />
          ) : null}
        </div>
        {snapshot.state === "failed" && !userWeights ? (
          <p className="status error" role="alert">
            {m("web.market.snapshotFailed", { reason: snapshot.reason })}
          </p>
        ) : !result ? (
          <p className="status" role="status">
            {m("web.app.computing")}
          </p>
        ) : !result.ok ? (
          <p className="status error" role="alert" data-figure="fund-error">
            {result.reason}
          </p>
        ) : (
          <FundView
            report={result.report}
            measure={view.measure}
            name={name}
            header={fundHeader}
            weightEdits={view.weights}
            exposureEdits={view.exposures}
            fromFile={new Set(userExposures?.rows.map((e) => e.entity) ?? [])}
            onWeight={(entity, v) => setView({ weights: { ...view.weights, [entity]: v } }, "replace")}
            onExposure={(entity, v) => setView({ exposures: { ...view.exposures, [entity]: v } }, "replace")}
            asOf={
              i18n.list(
                [
                  // In the page's calendar and digits, as every other date on it ("2025-01-03" read as code).
                  ...new Set(result.report.weights.map((w) => w.asOf).filter((d): d is string => Boolean(d))),
                ].map((d) => i18n.date(d)),
              ) || "—"
            }
          />
        )}
      </section>
      <UploadCsv
        weightsFile={userWeights?.file ?? null}
        exposureFile={userExposures?.file ?? null}
        onWeights={(rows, file) => setUserWeights(rows && file ? { rows, file } : null)}
        onExposures={(rows, file) => setUserExposures(rows && file ? { rows, file } : null)}
      />
    </article>
  );
}

type FundProps = {
  report: MarketReport;
  measure: ExposureMeasure;
  name: (id: string) => string;
  header: string[];
  weightEdits: Record<string, number>;
  exposureEdits: Record<string, number>;
  fromFile: ReadonlySet<string>;
  onWeight: (entity: string, value: number) => void;
  onExposure: (entity: string, value: number) => void;
  asOf: string;
};

function FundView(props: FundProps) {
  const { report, measure, name, header, weightEdits, exposureEdits, fromFile, onWeight, onExposure, asOf } =
    props;
  const i18n = useI18n();
  const { m, percent } = i18n;
  const fund = report.fund;
  const sources = new Map(report.weights.map((w) => [w.entity, w.sources]));
  const names = useRecordNames();
  const bars = useMemo(
    () =>
      fund.rows
        .filter((r) => r.contribution > 0)
        .map((r) => ({ id: r.entity, label: name(r.entity), share: r.contribution })),
    [fund, name],
  );
  // Two digits, as the table's contribution column: the same share must read the same in both
  // (the bar said 4.2 % beside the table's 4.15 %).
  // The drawing's width (0 until measured): a phone's axis keeps fewer ticks (charts/bar-option.ts).
  const [width, setWidth] = useState(0);
  const option = useMemo(
    () => barOption(bars, m("web.market.contribution"), i18n, 2, width || undefined),
    [bars, m, i18n, width],
  );
  const top = bars.reduce<(typeof bars)[number] | null>(
    (b, x) => (b === null || x.share > b.share ? x : b),
    null,
  );
  return (
    <>
      <p className="lead" data-figure="fund-share">
        {m("web.market.share", { share: percent(fund.share) })}
      </p>
      <p className="hint">
        {m("web.market.covered", { covered: percent(fund.covered), asOf })}{" "}
        {m(`web.market.measureNotes.${measure}`)}
      </p>
      <table className="table compact" data-table="fund">
        <caption>
          {m("web.market.fund")}{" "}
          <CsvButton
            name={m("web.market.fund")}
            fileName="halqa-market-fund"
            sourceIds={() => fund.rows.flatMap((r) => sources.get(r.entity) ?? [])}
            header={[...header, m("report.sheet.company.refs")]}
            rows={() =>
              fund.rows.map((r) => [
                name(r.entity),
                r.weight * 100,
                r.exposure === null ? "" : r.exposure * 100,
                r.contribution,
                // Outlets and dates, as the sources sheet lists them (ids would match nothing there).
                names.source?.((sources.get(r.entity) ?? []).join(" ")) ?? "",
              ])
            }
          />
        </caption>
        <TableHead columns={[...header, m("report.sheet.company.refs")]} />
        <tbody>
          {fund.rows.map((r) => (
            <tr key={r.entity} data-holding={r.entity}>
              <th scope="row">{name(r.entity)}</th>
              <td className="edit">
                <NumberField
                  value={r.weight * 100}
                  min={0}
                  max={100}
                  label={m("web.market.weightLabel", { name: name(r.entity) })}
                  dataKey={`weight:${r.entity}`}
                  onChange={(v) => onWeight(r.entity, v)}
                />
                {weightEdits[r.entity] !== undefined ? (
                  <span className="tag"> {m("cli.moneyCommands.edited")}</span>
                ) : null}
              </td>
              <td className="edit">
                <NumberField
                  value={r.exposure === null ? null : r.exposure * 100}
                  placeholder={m("web.market.absent")}
                  min={0}
                  max={100}
                  label={m("web.market.exposureLabel", { name: name(r.entity) })}
                  dataKey={`exposure:${r.entity}`}
                  onChange={(v) => onExposure(r.entity, v)}
                />
                {exposureEdits[r.entity] !== undefined ? (
                  <span className="tag"> {m("cli.moneyCommands.edited")}</span>
                ) : fromFile.has(r.entity) ? (
                  <span className="tag"> {m("web.market.fromFile")}</span>
                ) : null}
              </td>
              <td className="num" data-contribution={r.entity}>
                {percent(r.contribution, 2)}
              </td>
              <td>
                <SourceLinks ids={sources.get(r.entity) ?? []} inline />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {bars.length > 0 ? (
        <Chart
          name={m("web.market.chart")}
          finding={
            top
              ? m("web.findings.market", {
                  share: percent(fund.share),
                  name: top.label,
                  top: percent(top.share, 2),
                })
              : undefined
          }
          fileName="halqa-market-fund"
          label={m("web.market.chartLabel", { share: percent(fund.share) })}
          option={option}
          onWidth={setWidth}
          height={Math.max(200, bars.length * 28 + 40)}
        >
          <ul>
            {bars.map((b) => (
              <li key={b.id}>
                {b.label}: {percent(b.share, 2)}
              </li>
            ))}
          </ul>
        </Chart>
      ) : null}
    </>
  );
}
