/**
 * A company's financial records for its sheet: every record of the entity, read generically by metric
 * and period (calendar or fiscal years, halves, quarters, months, year ranges), so records added
 * later (reported fiscal-year results) appear without code changes. Sorted by metric — results
 * first, then balance-sheet and backlog items, then the rest — then by period.
 */

import { compareText } from "../compare.ts";
import type { Amount } from "../dataset/figures.ts";
import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";
import type { FinancialMetric } from "../model/records.ts";

export type FinancialLine = {
  metric: FinancialMetric;
  label: string | null;
  period: string;
  /** The calendar or fiscal years the period falls in (first, last). */
  years: [number, number];
  fiscal: boolean;
  unit: string;
  amount: Amount;
  forecast: boolean;
  estimate: boolean;
  counterparty: string | null;
  asOf: string | null;
  quote: string | null;
  note: string | null;
  sources: string[];
  /** Other sources' figures for the same record. */
  alternatives: { amount: Amount; sources: string[] }[];
};

/** The order metrics are listed in; metrics not named here follow, alphabetically. */
const METRIC_ORDER: readonly string[] = [
  "revenue",
  "revenue-run-rate",
  "segment-revenue",
  "net-income",
  "operating-income",
  "operating-cash-flow",
  "free-cash-flow",
  "cash-burn",
  "capex",
  "cash",
  "debt",
  "rpo",
  "backlog",
  "shareholders-equity",
  "market-cap",
  "valuation",
];

/** The years a period covers: 2025 → [2025, 2025]; FY2026-Q3 → [2026, 2026]; 2025-2028 → [2025, 2028]. */
export function periodYears(period: string): [number, number] {
  const m = /^(?:FY)?(\d{4})(?:-(\d{4}))?/.exec(period);
  const first = Number(m?.[1] ?? Number.NaN);
  return [first, m?.[2] !== undefined ? Number(m[2]) : first];
}

export function periodCovers(period: string, year: number): boolean {
  const [first, last] = periodYears(period);
  return first <= year && year <= last;
}

const rank = (metric: string) => {
  const i = METRIC_ORDER.indexOf(metric);
  return i === -1 ? METRIC_ORDER.length : i;
};

export function companyFinancials(
  financials: Dataset["financials"],
  id: string,
  year: number | undefined,
  cite: (ids: readonly string[]) => string[],
): FinancialLine[] {
  const lines = financials
    .filter((f) => f.entity === id && (year === undefined || periodCovers(f.period, year)))
    .map((f) => ({
      metric: f.metric,
      label: f.label ?? null,
      period: f.period,
      years: periodYears(f.period),
      fiscal: f.period.startsWith("FY"),
      unit: f.unit,
      amount: amountOf(f),
      forecast: f.forecast === true,
      estimate: f.estimate === true,
      counterparty: f.counterparty ?? null,
      asOf: f.asOf ?? null,
      quote: f.quote ?? null,
      note: f.note ?? null,
      sources: f.sources,
      alternatives: (f.alternatives ?? []).map((a) => ({ amount: amountOf(a), sources: a.sources })),
    }))
    .sort(
      (a, b) =>
        rank(a.metric) - rank(b.metric) ||
        compareText(a.metric, b.metric) ||
        compareText(a.label ?? "", b.label ?? "") ||
        a.years[0] - b.years[0] ||
        compareText(a.period, b.period),
    );
  for (const line of lines) {
    cite(line.sources);
    for (const alt of line.alternatives) cite(alt.sources);
  }
  return lines;
}
