/**
 * The ratios report: the ratios of the circular-economy debate recomputed from the data, with their
 * inputs, sources and the figure as published (`halqa ratios`, `/api/ratios`). The numbers are
 * core/ratios's; the table gives each ratio its value in the unit it is stated in.
 */
import type { Dataset } from "../model/dataset.ts";
import { publishedRatios, type Ratio } from "../ratios/published-ratios.ts";
import { type ReportLayout, table } from "./layout.ts";

export type RatiosReport = { asOf: string; ratios: Ratio[] };

export function ratiosReport(dataset: Dataset, options: { asOf: string }): RatiosReport {
  return { asOf: options.asOf, ratios: publishedRatios(dataset, options.asOf) };
}

/**
 * A ratio's value in the layout's units: percentages become shares, an HHI (0–1 in core) reads in
 * points of the 0–10,000 scale analysts and competition authorities quote; $/GW and multiples stay.
 */
function valueAs(r: Ratio, unit: Ratio["unit"]): number | null {
  if (r.unit !== unit || r.value === null) return null;
  if (unit === "percent") return r.value / 100;
  return unit === "HHI" ? r.value * 10_000 : r.value;
}

const ratiosTable = table<RatiosReport, Ratio>({
  id: "ratios",
  title: "report.ratios.values",
  rows: (r) => r.ratios,
  columns: [
    {
      id: "ratio",
      label: "report.ratios.ratio",
      unit: "message",
      value: (r) => `report.ratios.names.${r.id}`,
    },
    { id: "multiple", label: "report.ratios.multiple", unit: "ratio", value: (r) => valueAs(r, "ratio") },
    { id: "share", label: "report.ratios.share", unit: "share", value: (r) => valueAs(r, "percent") },
    { id: "perGw", label: "report.ratios.perGw", unit: "usd", value: (r) => valueAs(r, "USD-per-GW") },
    { id: "hhi", label: "report.ratios.hhi", unit: "number", value: (r) => valueAs(r, "HHI") },
    {
      id: "inputs",
      label: "report.ratios.inputs",
      unit: "count",
      value: (r) => r.inputs.length,
      optional: true,
    },
    {
      id: "missing",
      label: "report.ratios.missing",
      unit: "count",
      value: (r) => r.missing.length,
      optional: true,
    },
  ],
});

export const RATIOS_LAYOUT: ReportLayout<RatiosReport> = {
  id: "ratios",
  title: "report.ratios.title",
  tables: [ratiosTable],
};
