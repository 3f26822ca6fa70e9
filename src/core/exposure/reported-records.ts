/**
 * Reading a company's reported figures for exposure: its revenue for a period (the filing's figure
 * first), its fiscal-year end dates, and its customer-concentration disclosures (an unnamed "Customer A"
 * stays unnamed).
 */

import { compareText } from "../compare.ts";
import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";

type Financial = Dataset["financials"][number];

export type RevenueRecord = {
  value: number;
  /** The record's reference, e.g. `financials:nvidia/revenue/FY2025`. */
  from: string;
  sources: string[];
  confidence: string | null;
  /** True when a source of the record is the company's own filing or release. */
  primary: boolean;
};

export type Disclosure = {
  /** The named customer, or null when the filing keeps it anonymous ("Customer A"). */
  counterparty: string | null;
  label: string | null;
  period: string;
  /** Share of the company's revenue, 0..1. */
  share: number;
  from: string;
  sources: string[];
};

/** The end date of each fiscal year the company's records date (`periodEnd`), by period. */
export function fiscalEnds(records: readonly Financial[]): Map<string, string> {
  const ends = new Map<string, string>();
  for (const f of records) if (f.periodEnd && /^FY\d{4}$/.test(f.period)) ends.set(f.period, f.periodEnd);
  return ends;
}

/**
 * The reported revenue of a period: a whole-company figure (no segment label), not a forecast; when
 * several records exist, one sourced to the company's own filing first.
 */
export function reportedRevenue(
  records: readonly Financial[],
  sources: Dataset["sources"] | undefined,
  period: string,
): RevenueRecord | null {
  const kinds = new Map((sources ?? []).map((s) => [s.id, s.kind]));
  const candidates = records
    .filter((f) => f.metric === "revenue" && f.period === period && f.label === undefined)
    .map((f) => ({
      value: amountOf(f).value,
      from: `financials:${f.entity}/revenue/${f.period}`,
      sources: f.sources,
      confidence: f.confidence ?? null,
      primary: f.sources.some((s) => kinds.get(s) === "primary-filing"),
    }))
    .sort((a, b) => Number(b.primary) - Number(a.primary));
  return candidates[0] ?? null;
}

/** The company's customer-share disclosures (percent of its revenue) whose period passes `keep`. */
export function disclosures(records: readonly Financial[], keep: (period: string) => boolean): Disclosure[] {
  return records
    .filter((f) => f.metric === "customer-share" && f.unit === "percent" && keep(f.period))
    .map((f) => ({
      counterparty: f.counterparty ?? null,
      label: f.label ?? null,
      period: f.period,
      share: amountOf(f).value / 100,
      from: `financials:${f.entity}/customer-share/${f.period}${f.counterparty ? `/${f.counterparty}` : ""}`,
      sources: f.sources,
    }))
    .sort((a, b) => compareText(a.period, b.period) || b.share - a.share);
}
