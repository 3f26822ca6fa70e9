/**
 * The published concentration figures of the AI trade, read from the indicators with their sources:
 * the seven companies' share of S&P 500 gains since late 2022, their capex growth against the rest of
 * the market, JPMorgan's AI share of returns and of capex growth, Citi's AI capex in US GDP growth and
 * the Bank of England's top-five share of the index. Nothing is recomputed: these are the sources'
 * numbers, shown together. O(indicators).
 */

import type { Names } from "../economics/inputs.ts";
import type { Dataset } from "../model/dataset.ts";

export const CONCENTRATION_INDICATORS = [
  "magnificent-seven-share-of-sp500-gains",
  "jpmorgan-ai-stocks-share-of-sp500-returns",
  "magnificent-seven-capex-growth-2024",
  "sp500-rest-capex-growth-2024",
  "jpmorgan-ai-share-of-capex-growth",
  "citi-ai-capex-share-of-us-gdp-growth",
  "boe-top5-share-of-sp500",
] as const;

export type ConcentrationRow = {
  id: string;
  name: Names;
  by: string;
  unit: string;
  period?: string;
  value?: number;
  low?: number;
  high?: number;
  sources: string[];
  note?: string;
};

export function concentration(dataset: Pick<Dataset, "indicators">): {
  rows: ConcentrationRow[];
  missing: string[];
} {
  const rows: ConcentrationRow[] = [];
  const missing: string[] = [];
  for (const id of CONCENTRATION_INDICATORS) {
    const i = dataset.indicators.find((x) => x.id === id);
    if (!i) {
      missing.push(id);
      continue;
    }
    const { value, low, high, sources } = i.figure;
    rows.push({
      id,
      name: i.name,
      by: i.by,
      unit: i.unit,
      ...(i.period !== undefined ? { period: i.period } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
      sources,
      ...(i.note ? { note: i.note } : {}),
    });
  }
  return { rows, missing };
}
