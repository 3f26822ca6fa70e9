/**
 * The funding view's numbers: `fundingReport` of src/core/funding (what `halqa funding ID` and
 * GET /api/funding/{id} return) run in the browser, so the growth slider recomputes at once; the
 * entities the picker offers; and the financing sources that occur, for the table's columns.
 * Complexity: that of fundingReport (the model times the bisection's iterations).
 */
import type { Basis } from "@core/flows/expand.ts";
import { type FundingReport, fundingReport } from "@core/reports/funding-report.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export const DEFAULT_FUNDING_ENTITY = "openai";

export type FundingSettings = {
  entity: string;
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  /** A fraction (0.5 = 50 % a year); null keeps the cited parameter (or flat when none). */
  growth: number | null;
};

export function fundingOf(dataset: Dataset, s: FundingSettings): FundingReport {
  return fundingReport(dataset, {
    entity: s.entity,
    basis: s.basis,
    asOf: s.asOf,
    fromYear: s.fromYear,
    toYear: s.toYear,
    ...(s.growth !== null ? { growth: s.growth } : {}),
  });
}

/** Entities with a revenue figure in USD: those the funding model can say something about. */
export function fundingEntities(dataset: Dataset): string[] {
  const ids = new Set(
    dataset.financials.filter((f) => f.metric === "revenue" && f.unit === "USD").map((f) => f.entity),
  );
  return dataset.entities.filter((e) => ids.has(e.id)).map((e) => e.id);
}

/** The financing deal types that bring money in some year, one column each of the financing table. */
export { financingTypes } from "@core/reports/funding-rows.ts";
