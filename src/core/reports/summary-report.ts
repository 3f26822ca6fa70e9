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

type TotalsRow = { basis: Basis; money: Amount; contingent: Amount | null; gigawatts: Amount | null };

const amountColumn = (id: "money" | "contingent" | "gigawatts", unit: "usd" | "gw") => ({
  id,
  label: `report.summary.${id}Column`,
  unit,
  value: (row: TotalsRow) => row[id]?.value ?? null,
  range: (row: TotalsRow) => {
    const amount = row[id];
    return amount ? ([amount.low, amount.high] as const) : undefined;
  },
  // No source reports a figure on this basis (guarantees called, capacity delivered): unknown, not zero.
  missing: "report.summary.paidUnknown",
});

/** One row per value basis: money, contingent money and compute capacity (how each is counted: `totalsHow`). */
const totalsTable = table<SummaryReport, TotalsRow>({
  id: "totals",
  title: "report.summary.totalsByBasis",
  rows: (r) =>
    SUMMARY_BASES.map((basis) => ({
      basis,
      money: r.money[basis],
      contingent: r.contingent[basis],
      gigawatts: r.gigawatts[basis],
    })),
  columns: [
    {
      id: "basis",
      label: "report.summary.basisColumn",
      unit: "message",
      value: (row) => `report.summary.basis.${row.basis}`,
    },
    amountColumn("money", "usd"),
    amountColumn("contingent", "usd"),
    amountColumn("gigawatts", "gw"),
  ],
});

/**
 * The largest deals by their own size. A deal whose money counts in another deal's figures says so in
 * its cell, so the narrow terminal never drops that caveat.
 */
export const SUMMARY_LARGEST_DEALS_TABLE = table<SummaryReport, DealSize>({
  id: "largestDeals",
  title: "report.summary.largestDeals",
  rows: (r) => r.largestDeals,
  columns: [
    {
      id: "deal",
      label: "report.summary.deal",
      unit: "deal",
      unitOf: (d) => (d.countedIn ? "message" : "deal"),
      value: (d) =>
        d.countedIn
          ? {
              key: "report.summary.dealCountedIn",
              values: {
                deal: { value: d.id, unit: "deal" },
                countedIn: { value: d.countedIn, unit: "deal" },
              },
            }
          : d.id,
    },
    {
      id: "parties",
      label: "report.summary.parties",
      unit: "entities",
      value: (d) => d.parties.join(" "),
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
      value: (d: DealSize) => d.amounts[basis]?.value ?? null,
      range: (d: DealSize) => {
        const amount = d.amounts[basis];
        return amount ? ([amount.low, amount.high] as const) : undefined;
      },
      // No source reports a payment: unknown, never $0.
      missing: "report.summary.paidUnknown",
      // Some of the deal's announced money is an analyst's estimate, not a stated figure.
      mark: (d: DealSize) =>
        basis === "announced" && d.estimate && d.amounts.announced.value > 0 ? "≈" : undefined,
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

/** The totals by basis, then the sentence that reads them (SUMMARY_LAYOUT's headline). */
export const SUMMARY_TOTALS_TABLE = totalsTable;

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
  tables: [totalsTable, SUMMARY_LARGEST_DEALS_TABLE, SUMMARY_OUTLETS_TABLE],
};
