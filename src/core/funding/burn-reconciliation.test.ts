/**
 * The model's burn against a fiscal-year result: each calendar year weighted by its months in the
 * fiscal year (before December 2026 fiscal results were skipped, so Oracle's and Nvidia's reported
 * operating cash flows were never set beside the model), and unknown, not $0, when a year it covers
 * has no model figure.
 */
import { describe, expect, it } from "vitest";
import { dataset } from "../../testing/power-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { fundingReport } from "../reports/funding-report.ts";

const fin = (metric: string, period: string, value: number, periodEnd?: string) => ({
  entity: "lab",
  metric,
  period,
  unit: "USD",
  value,
  sources: ["s"],
  ...(periodEnd ? { periodEnd } : {}),
});

// Fiscal years ending 31 May, as Oracle's: FY2025 is June 2024 – May 2025 (7 months of 2024, 5 of 2025).
const financials = [
  fin("revenue", "FY2024", 120, "2024-05-31"),
  fin("revenue", "FY2025", 240, "2025-05-31"),
  fin("revenue", "FY2026", 360, "2026-05-31"),
  fin("operating-cash-flow", "FY2024", 12, "2024-05-31"),
  fin("operating-cash-flow", "FY2025", 24),
  fin("operating-cash-flow", "FY2026", 36, "2026-05-31"),
] as Dataset["financials"];
const options = {
  entity: "lab",
  basis: "committed" as const,
  asOf: "2026-12-01",
  fromYear: 2024,
  toYear: 2025,
};

describe("burn reconciliation over fiscal years", () => {
  it("weights each calendar year by its months in the fiscal year, and says which months", () => {
    const r = fundingReport(dataset({ financials }), options);
    // Calendar 2024 = 5/12·12 + 7/12·24 = 19; 2025 = 5/12·24 + 7/12·36 = 31 (calendarise.ts).
    // FY2025 from the model = 7/12·19 + 5/12·31 = 24 (the even accrual, both ways); a year ending
    // without its last day takes the others' month and day.
    const fy2025 = r.reconciliation.find((c) => c.period === "FY2025");
    expect(fy2025?.model).toBeCloseTo(24, 9);
    expect(fy2025?.difference).toBeCloseTo(0, 9);
    expect(fy2025?.years.map((y) => [y.year, y.months, y.reason])).toEqual([
      [2024, 7, "used"],
      [2025, 5, "used"],
    ]);
    // FY2024 reaches into 2023, outside the window: not reconciled.
    expect(r.reconciliation.map((c) => c.period)).not.toContain("FY2024");
  });

  it("gives no model figure when a year it covers has no financials (never that year as $0)", () => {
    // Without FY2024, January to May 2024 are not covered: calendar 2024 has no financials.
    const r = fundingReport(
      dataset({ financials: financials.filter((f) => f.period !== "FY2024") }),
      options,
    );
    const fy2025 = r.reconciliation.find((c) => c.period === "FY2025");
    expect(fy2025?.reported).toBe(24);
    expect(fy2025?.model).toBeNull();
    expect(fy2025?.difference).toBeNull();
    expect(fy2025?.years.find((y) => y.year === 2024)).toMatchObject({ model: null, reason: "missing" });
  });

  it("projects the years after the last one built from fiscal years, as for a calendar-year reporter", () => {
    // Without FY2026, the fiscal series is projected (held flat: FY2026 = FY2025 = 240) and calendarised:
    // 2025 = 5/12·240 + 7/12·240 = 240, costed at the ratio 2024's reported cash flow implies
    // ((190 − 19) ÷ 190 = 0.9), so 24. FY2025 then meets a model figure: 7/12·19 + 5/12·24 = 21.08
    // against 24 reported. Before December 2026 nothing was projected after a year built from fiscal
    // years, and the row read unknown.
    const r = fundingReport(
      dataset({ financials: financials.filter((f) => f.period !== "FY2026") }),
      options,
    );
    expect(r.years.find((y) => y.year === 2025)).toMatchObject({
      missing: false,
      revenueSource: "projected",
    });
    const fy2025 = r.reconciliation.find((c) => c.period === "FY2025");
    expect(r.years.find((y) => y.year === 2025)?.revenue).toBeCloseTo(240, 9);
    expect(fy2025?.model).toBeCloseTo((7 * 19 + 5 * 24) / 12, 9);
    expect(fy2025?.difference).toBeCloseTo((7 * 19 + 5 * 24) / 12 - 24, 9);
    expect(fy2025?.years.map((y) => [y.year, y.reason])).toEqual([
      [2024, "used"],
      [2025, "projected"],
    ]);
  });
});
