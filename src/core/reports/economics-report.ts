/**
 * The economics report in one pure call — what `halqa economics --json`, GET /api/economics and the
 * Money page show: every analysis on the dataset with the reader's overrides, the overrides themselves,
 * and those no analysis read (so a face can say so). Methods in docs/methods/economics.md.
 */

import { depreciationAnalysis } from "../economics/depreciation-analysis.ts";
import { type EconAnalysis, type EconInput, type EconOutput, InputReader } from "../economics/inputs.ts";
import {
  bainAnalysis,
  jpmorganAnalysis,
  morganStanleyAnalysis,
  sequoiaAnalysis,
} from "../economics/published-analyses.ts";
import { startupAnalysis, subsidyAnalysis } from "../economics/unit-analysis.ts";
import type { Dataset } from "../model/dataset.ts";
import { type Cell, type CellValue, type MessageCell, type ReportLayout, table } from "./layout.ts";

export type EconomicsReport = {
  /** The inputs the reader changed (--set, or the query of GET /api/economics), by key. */
  overrides: Record<string, number>;
  analyses: EconAnalysis[];
  /** Keys given with --set that no analysis reads. */
  unusedOverrides: string[];
  /** Every key an analysis reads (what --set accepts). */
  keys: string[];
};

/** Inputs that are a length of time something lasts: a life of 0 or less has no meaning (and divides by 0). */
export const POSITIVE_INPUTS: readonly string[] = [
  "burry-compute-product-cycle-years",
  "server-useful-life-google",
];

/**
 * Inputs that may fall below zero: a growth rate (costs can shrink) and a margin (a business can lose
 * money). Every other input is an amount, a share, a return, a price or a count: below zero it yields
 * numbers with no meaning (a negative return made "revenue needed" −$325B and users negative).
 */
const SIGNED_INPUT = /growth|margin/;

export type OverrideProblem = {
  key: string;
  value: number;
  code: "not-positive" | "not-finite" | "negative-amount";
};

/**
 * Overrides no analysis can use: a number that is not finite (1e400 reads as Infinity), an amount
 * below zero, a useful life that is not positive. The faces word them.
 */
export function overrideProblems(overrides: Readonly<Record<string, number>>): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    if (!Number.isFinite(value)) problems.push({ key, value, code: "not-finite" });
    else if (POSITIVE_INPUTS.includes(key) && !(value > 0))
      problems.push({ key, value, code: "not-positive" });
    else if (value < 0 && !SIGNED_INPUT.test(key)) problems.push({ key, value, code: "negative-amount" });
  }
  return problems;
}

export function economicsReport(
  dataset: Pick<Dataset, "parameters" | "indicators" | "financials">,
  overrides: Readonly<Record<string, number>> = {},
): EconomicsReport {
  const read = new InputReader(dataset, new Map(Object.entries(overrides)));
  const analyses = [
    subsidyAnalysis(read, dataset),
    startupAnalysis(read),
    jpmorganAnalysis(read),
    bainAnalysis(read),
    sequoiaAnalysis(read, dataset),
    morganStanleyAnalysis(read),
    depreciationAnalysis(read),
  ];
  const keys = [...read.used].sort();
  return {
    overrides: { ...overrides },
    analyses,
    unusedOverrides: Object.keys(overrides).filter((k) => !read.used.has(k)),
    keys,
  };
}

/** Where the money commands' row labels live in the catalogue (`cli.moneyCommands.outputs|inputs.*`). */
const LABELS = "cli.moneyCommands";

/**
 * The label values of an output or a derived input, each with the unit a face formats it in: entities
 * by name, indicators by their name, numbers (years, lives) left for the message's own rules.
 */
function labelValues(params: Readonly<Record<string, string | number>> = {}): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === "entity") values[name] = { value, unit: "entity" };
    else if (name === "source") values[name] = { value: `indicators:${value}`, unit: "record" };
    else values[name] = { value, unit: typeof value === "number" ? "count" : "text" };
  }
  return values;
}

function outputLabel(o: EconOutput): MessageCell {
  return { key: `${LABELS}.outputs.${o.key}`, values: labelValues(o.params) };
}

/** A record's input by its name; a derived input by its message; otherwise its key. */
function inputLabel(i: EconInput): Cell {
  if (i.name) return i.from;
  if (i.label) return { key: `${LABELS}.inputs.${i.label.key}`, values: labelValues(i.label.params) };
  return { key: `${LABELS}.inputs.${i.key}`, values: {} };
}

/** The value an input was used at; when the reader changed it, what the data says beside it. */
function inputValue(i: EconInput): Cell {
  if (i.dataValue === undefined) return i.value;
  return {
    key: "report.economics.edited",
    values: {
      value: { value: i.value, unit: "figure", figureUnit: i.unit },
      data: { value: i.dataValue, unit: "figure", figureUnit: i.unit },
    },
  };
}

/**
 * One analysis laid out: its results (each beside the published figure it recomputes) and its inputs
 * (each with the `--set` key that changes it). The faces print it once per analysis, under the analysis's
 * name, formula and notes (`cli.moneyCommands.analyses|formulas|notes.<id>`).
 */
export const ECONOMICS_LAYOUT: ReportLayout<EconAnalysis> = {
  id: "economics",
  title: "report.economics.title",
  tables: [
    table({
      id: "results",
      title: "report.economics.resultsTitle",
      rows: (a: EconAnalysis) => a.outputs,
      columns: [
        {
          id: "result",
          label: "report.economics.result",
          unit: "message",
          value: (o: EconOutput) => outputLabel(o),
        },
        {
          id: "value",
          label: "report.economics.value",
          unit: "figure",
          figureUnit: (o) => o.unit,
          value: (o) => o.value,
        },
        {
          id: "published",
          label: "report.economics.published",
          unit: "message",
          value: (o) =>
            o.published
              ? {
                  key: "report.economics.publishedCited",
                  values: {
                    value: { value: o.published.value, unit: "figure", figureUnit: o.unit },
                    sources: { value: o.published.sources.join(" "), unit: "source" },
                  },
                }
              : null,
        },
        {
          id: "check",
          label: "report.economics.check",
          unit: "message",
          value: (o) =>
            o.reproduced === undefined
              ? null
              : `report.economics.${o.reproduced ? (o.calibrated ? "byConstruction" : "reproduced") : "differs"}`,
        },
      ],
    }),
    table({
      id: "inputs",
      title: "report.economics.inputsTitle",
      rows: (a: EconAnalysis) => a.inputs,
      columns: [
        {
          id: "input",
          label: "report.economics.input",
          unit: "message",
          unitOf: (i: EconInput) => (i.name ? "record" : "message"),
          value: (i) => inputLabel(i),
        },
        {
          id: "value",
          label: "report.economics.value",
          unit: "figure",
          unitOf: (i) => (i.dataValue === undefined ? "figure" : "message"),
          figureUnit: (i) => i.unit,
          value: (i) => inputValue(i),
          mark: (i) => (i.estimate ? "≈" : undefined),
        },
        // The option a reader types to change the input, whole: "--set openai-revenue-2024".
        { id: "key", label: "report.economics.key", unit: "typed", value: (i) => `--set ${i.key}` },
        {
          id: "sources",
          label: "report.economics.sources",
          unit: "source",
          value: (i) => i.sources.join(" "),
          optional: true,
        },
      ],
    }),
  ],
};
