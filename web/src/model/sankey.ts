/**
 * One year's money as payer → payee pairs for the Sankey: expandFlows (cash, overlapping reports
 * counted once, spread over years as `halqa flows` does) summed per pair. Payers and payees are
 * separate columns, so the drawing never has a cycle, which a Sankey cannot show.
 */
import type { Amount } from "@core/dataset/figures.ts";
import { type Basis, expandFlows } from "@core/flows/expand.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export type Payment = { from: string; to: string; amount: number; deals: string[] };

export type YearFlows = { year: number; payments: Payment[]; total: Amount };

/** The years with money on this basis, and what moves in each. */
export function moneyByYear(
  dataset: Dataset,
  basis: Basis,
  asOf: string,
): { year: number; amount: Amount }[] {
  return expandFlows(dataset, { basis, asOf }).byYear.filter((y) => y.amount.value > 0);
}

/** The year to show when the URL names none: the as-of year if money moves in it, else the largest. */
export function defaultYear(years: readonly { year: number; amount: Amount }[], asOf: string): number | null {
  const current = Number(asOf.slice(0, 4));
  if (years.some((y) => y.year === current)) return current;
  const largest = [...years].sort((a, b) => b.amount.value - a.amount.value)[0];
  return largest?.year ?? null;
}

export function yearFlows(dataset: Dataset, basis: Basis, asOf: string, year: number): YearFlows {
  const result = expandFlows(dataset, { basis, asOf, fromYear: year, toYear: year });
  const byPair = new Map<string, Payment>();
  for (const row of result.rows) {
    const key = `${row.from}>${row.to}`;
    const known = byPair.get(key);
    if (known) {
      known.amount += row.amount.value;
      if (!known.deals.includes(row.deal)) known.deals.push(row.deal);
    } else byPair.set(key, { from: row.from, to: row.to, amount: row.amount.value, deals: [row.deal] });
  }
  const payments = [...byPair.values()]
    .filter((p) => p.amount > 0)
    .sort((a, b) => b.amount - a.amount || (a.from + a.to < b.from + b.to ? -1 : 1));
  return { year, payments, total: result.total };
}
