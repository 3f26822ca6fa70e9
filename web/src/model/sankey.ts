/**
 * One year's money as payer → payee pairs for the Sankey, from the flows report (core/reports/
 * flows-report.ts: cash, overlapping reports counted once, spread over years as `halqa flows` and
 * /api/flows do) summed per pair. Payers and payees are separate columns, so the drawing never has a
 * cycle, which a Sankey cannot show.
 */
import type { Amount } from "@core/dataset/figures.ts";
import type { Basis } from "@core/flows/expand.ts";
import { flowsReport, type Payment, paymentsOf, yearsWithMoney } from "@core/reports/flows-report.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export type { Payment };

/**
 * One year's payments and total, and apart from them the term contracts with no known years that
 * start in or before it (flows/undated.ts): in no year's drawing, never in its total.
 */
export type YearFlows = {
  year: number;
  payments: Payment[];
  total: Amount;
  undated: { count: number; total: Amount };
};

/** The years with money on this basis, and what moves in each. */
export function moneyByYear(
  dataset: Dataset,
  basis: Basis,
  asOf: string,
): { year: number; amount: Amount }[] {
  return yearsWithMoney(flowsReport(dataset, { basis, asOf }));
}

/** The year to show when the URL names none: the as-of year if money moves in it, else the largest. */
export function defaultYear(years: readonly { year: number; amount: Amount }[], asOf: string): number | null {
  const current = Number(asOf.slice(0, 4));
  if (years.some((y) => y.year === current)) return current;
  const largest = [...years].sort((a, b) => b.amount.value - a.amount.value)[0];
  return largest?.year ?? null;
}

export function yearFlows(dataset: Dataset, basis: Basis, asOf: string, year: number): YearFlows {
  const report = flowsReport(dataset, { basis, asOf, year });
  return {
    year,
    payments: paymentsOf(report),
    total: report.total,
    undated: { count: report.undated.length, total: report.undatedTotal },
  };
}
