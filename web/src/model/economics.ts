/**
 * The economics page's words and numbers around src/core/economics: the label of each input and output in
 * the reader's language (the command line's own messages, so both say the same thing), values in
 * their unit, and how an input is edited (dollars in billions, the rest as they are stored).
 */
import type { EconInput, EconOutput } from "@core/economics/inputs.ts";
import type { Model } from "../data/model.ts";
import { entityName } from "../data/model.ts";
import type { I18n } from "../i18n/index.ts";

/** The revenue-needed calculators first, then unit economics, as the page shows them. */
export const CALCULATORS = [
  "jpmorgan-revenue-for-return",
  "bain-revenue-needed",
  "sequoia-revenue-question",
  "morgan-stanley-waterfall",
  "depreciation-life",
] as const;
export const UNIT_ECONOMICS = ["subsidy-ratio", "startup-compute"] as const;

export const WATERFALL = {
  spend: "morgan-stanley-global-dc-spend-2025-2028",
  cash: "morgan-stanley-hyperscaler-cash-flow-coverage-2025-2028",
  sources: [
    "morgan-stanley-gap-private-credit",
    "morgan-stanley-gap-pe-sovereign",
    "morgan-stanley-gap-corporate-debt",
    "morgan-stanley-gap-abs-cmbs",
  ],
} as const;

export function formatValue(i18n: I18n, value: number | null, unit: string): string {
  if (value === null) return "—";
  switch (unit) {
    case "USD":
      return i18n.usd(value);
    case "percent":
    case "percent-change":
      return i18n.percent(value / 100);
    case "ratio":
      return i18n.m("web.units.times", { value: i18n.ratio(value) });
    case "count":
      return i18n.compact(value, 2);
    case "years":
      return `${i18n.number(value)} ${i18n.m("cli.moneyCommands.units.years")}`;
    default:
      return `${i18n.number(value, 2)} ${unit}`;
  }
}

/** Dollars are edited in billions (650 for $650B); everything else in its stored unit. */
export function editScale(unit: string): number {
  return unit === "USD" ? 1e9 : 1;
}

export function editUnit(i18n: I18n, unit: string): string {
  if (unit === "USD") return i18n.m("web.units.billionUsd");
  if (unit === "percent" || unit === "percent-change") return "%";
  if (unit === "ratio") return "×";
  return i18n.mOr(`cli.moneyCommands.units.${unit}`, unit);
}

export function inputLabel(i18n: I18n, model: Model, input: EconInput): string {
  if (input.name) return input.name[i18n.lang];
  const key = input.label?.key ?? input.key;
  const params = input.label?.params ?? {};
  return i18n.mOr(`cli.moneyCommands.inputs.${key}`, input.key, {
    ...params,
    ...(params.entity ? { entity: entityName(model, String(params.entity), i18n.lang) } : {}),
  });
}

export function outputLabel(i18n: I18n, model: Model, output: EconOutput): string {
  const params = output.params ?? {};
  const source = model.dataset.indicators.find((i) => i.id === params.source);
  return i18n.mOr(`cli.moneyCommands.outputs.${output.key}`, output.key, {
    ...params,
    ...(params.entity ? { entity: entityName(model, String(params.entity), i18n.lang) } : {}),
    ...(source ? { source: source.name[i18n.lang] } : {}),
  });
}

/** The word a result's check reads, as the report's table words it (the terminal, the workbook). */
export type OutputCheck = "reproduced" | "byConstruction" | "differs";

/**
 * How a recomputed result compares with its published figure, or null when the source published
 * none to reproduce (Burry's, shown for comparison). A result whose inputs were backed out from the
 * published figure (`calibrated`) agrees by construction, so it does not read "reproduced".
 */
export function outputCheck(output: Pick<EconOutput, "reproduced" | "calibrated">): OutputCheck | null {
  if (output.reproduced === undefined) return null;
  if (!output.reproduced) return "differs";
  return output.calibrated ? "byConstruction" : "reproduced";
}
