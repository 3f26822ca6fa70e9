/**
 * `halqa market` as one pure call, shared by the command line, the API (GET and POST /api/market)
 * and the dashboard: the published concentration figures (concentration.ts), each holding's exposure
 * to the loop by the chosen measure (loop-exposure.ts) with the user's own exposures in its place
 * where given, and the share of a passive index fund in the loop, Σ weight × exposure
 * (fund-exposure.ts). Weights and exposures arrive in percent, as the CSV files hold them.
 * Method: docs/methods/market.md. O(entities + flows + holdings).
 */

import { type ConcentrationRow, concentration } from "../market/concentration.ts";
import { type FundExposure, type FundRow, fundLoopShare } from "../market/fund-exposure.ts";
import { type ExposureMeasure, type LoopExposure, loopExposure } from "../market/loop-exposure.ts";
import type { Dataset } from "../model/dataset.ts";
import { type Cell, type CellValue, type Headline, type ReportLayout, table } from "./layout.ts";

/** A row of index-weights.csv (or a user's weights file): weight in percent of the index. */
export type WeightRow = {
  index: string;
  entity: string;
  weight: number;
  asOf?: string;
  sources: string[];
  estimate: boolean;
  note?: string;
  line?: number;
};

/** A row of a user's exposure file: exposure in percent of the company. */
export type ExposureRow = { entity: string; exposure: number; note?: string; line?: number };

/** The index the bundled snapshot describes; a user's own weights file is taken whole. */
export const BUNDLED_INDEX = "sp-500";

export type MarketReport<W extends WeightRow = WeightRow> = {
  asOf: string;
  concentration: { rows: ConcentrationRow[]; missing: string[] };
  fund: FundExposure & { measure: ExposureMeasure | "file"; exposureFromFile: string[] };
  weights: W[];
  exposures: LoopExposure[];
};

export type MarketOptions<W extends WeightRow> = {
  asOf: string;
  measure: ExposureMeasure;
  weights: readonly W[];
  /** True when the weights are the user's: every row counts, whatever its index. */
  userWeights?: boolean;
  /** The user's exposures (percent); they replace the derived ones for the companies they name. */
  exposures?: readonly ExposureRow[];
};

export function marketReport<W extends WeightRow>(
  dataset: Pick<Dataset, "deals" | "entities" | "financials" | "indicators">,
  options: MarketOptions<W>,
): MarketReport<W> {
  const holdings = options.weights.filter((w) => options.userWeights || w.index === BUNDLED_INDEX);
  const derived = loopExposure(
    dataset,
    holdings.map((h) => h.entity),
    { asOf: options.asOf, measure: options.measure },
  );
  const exposure = new Map<string, number>();
  for (const d of derived) if (d.exposure !== null) exposure.set(d.entity, d.exposure);
  for (const e of options.exposures ?? []) exposure.set(e.entity, e.exposure / 100);
  const fund = fundLoopShare(
    holdings.map((h) => ({ entity: h.entity, weight: h.weight / 100 })),
    exposure,
  );
  return {
    asOf: options.asOf,
    concentration: concentration(dataset),
    fund: {
      ...fund,
      measure: options.exposures ? "file" : options.measure,
      exposureFromFile: (options.exposures ?? []).map((e) => e.entity),
    },
    weights: holdings,
    exposures: derived,
  };
}

/** A row of the fund table: the holding's share in the loop, with its weights-file row beside it. */
export type FundTableRow = FundRow & { holding: WeightRow | undefined; fromFile: boolean };

export function fundTableRows(r: MarketReport): FundTableRow[] {
  const byEntity = new Map(r.weights.map((h) => [h.entity, h]));
  const fromFile = new Set(r.fund.exposureFromFile);
  return r.fund.rows.map((row) => ({
    ...row,
    holding: byEntity.get(row.entity),
    fromFile: fromFile.has(row.entity),
  }));
}

/**
 * A published figure as its source gives it, in its own unit: a value, a range, or an open-ended
 * bound ("> 50%").
 */
export function publishedValue(r: ConcentrationRow): Cell {
  if (r.value !== undefined) return r.value;
  const figure = (value: number | undefined): CellValue => ({ value, unit: "figure", figureUnit: r.unit });
  if (r.high === undefined) return { key: "report.market.above", values: { low: figure(r.low) } };
  return { key: "report.market.between", values: { low: figure(r.low), high: figure(r.high) } };
}

/** The published concentration figures as they stand: nothing recomputed, each with who published it. */
export const CONCENTRATION_TABLE = table<Pick<MarketReport, "concentration">, ConcentrationRow>({
  id: "concentration",
  title: "report.market.concentration",
  rows: (r) => r.concentration.rows,
  columns: [
    { id: "figure", label: "report.market.figure", unit: "record", value: (r) => `indicators:${r.id}` },
    {
      id: "value",
      label: "report.market.value",
      unit: "figure",
      figureUnit: (r) => r.unit,
      value: publishedValue,
    },
    { id: "period", label: "report.market.period", unit: "period", value: (r) => r.period ?? null },
    { id: "by", label: "report.market.by", unit: "text", value: (r) => r.by, optional: true },
    {
      id: "sources",
      label: "report.market.sources",
      unit: "source",
      value: (r) => r.sources.join(" "),
      optional: true,
    },
  ],
});

/** The published concentration figures, and the fund table. */
export const MARKET_LAYOUT: ReportLayout<MarketReport> = {
  id: "market",
  title: "report.market.title",
  tables: [
    CONCENTRATION_TABLE,
    table({
      id: "fund",
      title: "report.market.fundTitle",
      rows: fundTableRows,
      columns: [
        {
          id: "company",
          label: "report.market.company",
          unit: "entity",
          value: (r: FundTableRow) => r.entity,
        },
        {
          id: "weight",
          label: "report.market.weight",
          unit: "share",
          value: (r) => r.weight,
          mark: (r) => (r.holding?.estimate ? "≈" : undefined),
        },
        {
          id: "exposure",
          label: "report.market.exposure",
          unit: "share",
          value: (r) => r.exposure,
          missing: "report.market.absent",
          mark: (r) => (r.fromFile ? "*" : undefined),
        },
        {
          id: "contribution",
          label: "report.market.contribution",
          unit: "share",
          value: (r) => r.contribution,
        },
        {
          id: "sources",
          label: "report.market.sources",
          unit: "source",
          value: (r) => r.holding?.sources.join(" ") ?? null,
          optional: true,
        },
      ],
    }),
  ],
};

/**
 * The lines under the fund table: the share of the fund in the loop by the measure used, how much of
 * the index the snapshot covers and as of when, what the measure means, and what "*" marks.
 * `measure` is the measure asked for (its note holds even when a file replaced some exposures).
 */
export function marketNotes(r: MarketReport, measure: ExposureMeasure): Headline[] {
  const asOf = [...new Set(r.weights.map((h) => h.asOf).filter((d): d is string => Boolean(d)))];
  const lines: Headline[] = [
    {
      key: "report.market.fundLine",
      values: {
        share: { value: r.fund.share, unit: "share" },
        covered: { value: r.fund.covered, unit: "share" },
        // One snapshot date reads as a date in each language; several stay as the data spells them.
        asOf:
          asOf.length === 1
            ? { value: asOf[0] ?? null, unit: "date" }
            : { value: asOf.length > 0 ? asOf.join(", ") : null, unit: "text" },
        measure: { value: `report.market.measures.${r.fund.measure}`, unit: "message" },
      },
    },
    { key: `report.market.measureNotes.${measure}`, values: {} },
    // Loops are found on the committed basis (core/market/loop-exposure.ts); say so, since
    // `halqa circularity` reads the announced basis and puts more companies on loops.
    { key: "report.market.loopBasis", values: { asOf: { value: r.asOf, unit: "date" } } },
  ];
  if (r.fund.exposureFromFile.length > 0) lines.push({ key: "report.market.fromFileNote", values: {} });
  return lines;
}
