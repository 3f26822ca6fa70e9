/**
 * The summary report: what is in the dataset (`halqa summary`, `halqa data stats`, `/api/stats`, the
 * Overview page). The numbers are core/stats/summary.ts's; this module names the report, fixes its
 * options in one place and describes its tables for the faces.
 */

import type { Amount } from "../dataset/figures.ts";
import type { Basis } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { type DatasetStats, type DealSize, datasetStats } from "../stats/summary.ts";
import { type ReportLayout, table } from "./layout.ts";

export type SummaryReport = DatasetStats;

export type SummaryReportOptions = {
  asOf: string;
  /** How many of the largest deals to list (the CLI's and the API's default: 10). */
  top?: number;
};

export const SUMMARY_TOP = 10;
/** Outlets listed in the sources table; the report keeps them all. */
export const SUMMARY_OUTLETS = 12;
/** Headline totals lead with binding money: committed first, announced beside it, then paid. */
export const SUMMARY_BASES: readonly Basis[] = ["committed", "announced", "paid"];

export function summaryReport(dataset: Dataset, options: SummaryReportOptions): SummaryReport {
  return datasetStats(dataset, { asOf: options.asOf, top: options.top ?? SUMMARY_TOP });
}

type TotalsRow = { label: string; amounts: Record<Basis, Amount> };

const basisColumn = (basis: Basis) => ({
  id: basis,
  label: `report.summary.basis.${basis}`,
  unit: "usd" as const,
  value: (row: TotalsRow) => row.amounts[basis].value,
  range: (row: TotalsRow) => [row.amounts[basis].low, row.amounts[basis].high] as const,
});

/** The GW row reads in GW, the others in dollars: one column per basis, unit per row. */
const totalsTable = table<SummaryReport, TotalsRow>({
  id: "totals",
  title: "report.summary.totalsByBasis",
  rows: (r) => [
    { label: "report.summary.money", amounts: r.money },
    { label: "report.summary.contingent", amounts: r.contingent },
  ],
  columns: [
    { id: "measure", label: "report.summary.measure", unit: "message", value: (row) => row.label },
    ...SUMMARY_BASES.map(basisColumn),
  ],
});

const gigawattsTable = table<SummaryReport, TotalsRow>({
  id: "gigawatts",
  title: "report.summary.gigawatts",
  rows: (r) => [{ label: "report.summary.gigawatts", amounts: r.gigawatts }],
  columns: [
    { id: "measure", label: "report.summary.measure", unit: "message", value: (row) => row.label },
    ...SUMMARY_BASES.map((basis) => ({ ...basisColumn(basis), unit: "gw" as const })),
  ],
});

const largestDealsTable = table<SummaryReport, DealSize>({
  id: "largestDeals",
  title: "report.summary.largestDeals",
  rows: (r) => r.largestDeals,
  columns: [
    { id: "deal", label: "report.summary.deal", unit: "deal", value: (d) => d.id },
    {
      id: "countedIn",
      label: "report.summary.countedIn",
      unit: "deal",
      value: (d) => d.countedIn,
      optional: true,
    },
    {
      id: "status",
      label: "report.summary.status",
      unit: "enum",
      enumGroup: "status",
      value: (d) => (d.standing === "replaced" ? "replaced" : d.status),
    },
    ...SUMMARY_BASES.map((basis) => ({
      id: basis,
      label: `report.summary.basis.${basis}`,
      unit: "usd" as const,
      value: (d: DealSize) => d.amounts[basis].value,
      range: (d: DealSize) => [d.amounts[basis].low, d.amounts[basis].high] as const,
    })),
  ],
});

export const SUMMARY_OUTLETS_TABLE = table<SummaryReport, SummaryReport["sourcesByPublisher"][number]>({
  id: "sourcesByPublisher",
  title: "report.summary.sourcesByPublisher",
  rows: (r) => r.sourcesByPublisher.slice(0, SUMMARY_OUTLETS),
  columns: [
    { id: "publisher", label: "report.summary.outlet", unit: "text", value: (s) => s.publisher },
    { id: "count", label: "report.summary.count", unit: "count", value: (s) => s.count },
  ],
});

export const SUMMARY_LAYOUT: ReportLayout<SummaryReport> = {
  id: "summary",
  title: "report.summary.title",
  headlines: (r) => [
    {
      key: "report.summary.totalsNotes",
      values: {
        committed: { value: r.money.committed.value, unit: "usd" },
        announced: { value: r.money.announced.value, unit: "usd" },
        reported: { value: r.moneyReportedOnly.value, unit: "usd" },
        replaced: { value: r.moneyReplaced.value, unit: "usd" },
        estimated: { value: r.moneyEstimated.announced.value, unit: "usd" },
      },
    },
  ],
  tables: [totalsTable, gigawattsTable, largestDealsTable, SUMMARY_OUTLETS_TABLE],
};
