/**
 * A company that reports its operating cash flow is projected at its own cost ratio, not at the cited
 * one (derived from an AI lab's accounts: OpenAI's H1 2025), and with nothing due its reported result
 * stands. Before December 2026 Amazon's 2024 cash flow of $116B became $337B a year when projected,
 * and Meta's reported $91.3B was replaced by a modelled $87.2B.
 */
import { describe, expect, it } from "vitest";
import { dataset } from "../../testing/power-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { fundingReport } from "../reports/funding-report.ts";

const fin = (metric: string, period: string, value: number) => ({
  entity: "cloud",
  metric,
  period,
  unit: "USD",
  value,
  sources: ["filing"],
});
const ratio = (id: string, value: number) => ({
  id,
  name: { en: id, ar: id },
  unit: "ratio",
  figure: { value, sources: ["lab-accounts"] },
});
const options = {
  entity: "cloud",
  basis: "committed" as const,
  asOf: "2026-12-07",
  fromYear: 2024,
  toYear: 2026,
};

function report(financials: object[], parameters: object[] = [ratio("funding-other-cost-ratio", 0.5)]) {
  return fundingReport(
    dataset({
      financials: financials as Dataset["financials"],
      parameters: parameters as Dataset["parameters"],
    }),
    options,
  );
}

describe("funding: a company's own cost ratio", () => {
  it("keeps a reported cash flow when nothing is due, and projects at the ratio it implies", () => {
    // Revenue 100, cash flow 60: other costs 40, ratio 0.4 (the cited 0.5 would give 50).
    const r = report([fin("revenue", "2024", 100), fin("operating-cash-flow", "2024", 60)]);
    expect(r.years.map((y) => [y.year, y.costRule, y.operatingCashFlow])).toEqual([
      [2024, "reported", 60],
      [2025, "modelled", 60],
      [2026, "modelled", 60],
    ]);
    expect(r.ownCostRatio).toEqual({ year: 2024, value: 0.4, sources: ["filing"] });
  });

  it("keeps the cited ratio for a net income (not a cash measure) and for a ratio of the company's own", () => {
    const income = report([fin("revenue", "2024", 100), fin("net-income", "2024", 60)]);
    expect(income.ownCostRatio).toBeNull();
    expect(income.years[1]?.operatingCashFlow).toBe(50);
    const own = report(
      [fin("revenue", "2024", 100), fin("operating-cash-flow", "2024", 60)],
      [ratio("funding-other-cost-ratio", 0.5), ratio("funding-other-cost-ratio-cloud", 0.3)],
    );
    expect(own.ownCostRatio).toBeNull();
    expect(own.years[1]?.operatingCashFlow).toBe(70);
  });
});
