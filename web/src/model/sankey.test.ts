import { BASES, expandFlows } from "@core/flows/expand.ts";
import { flowsReport } from "@core/reports/flows-report.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { defaultYear, moneyByYear, yearFlows } from "./sankey.ts";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

describe("yearFlows", () => {
  it("worked example: 2026 on the announced basis", () => {
    const flows = yearFlows(tiny, "announced", "2026-01-01", 2026);
    // Chips' 100 to Lab is spread over its period, 2025–2026: 50 a year, conditional tranche included.
    // The press report (75, counted instead of the overlapping 60) and the 40 of chips are term
    // contracts with no period: in no year, shown apart as undated from 2025 on.
    expect(flows.payments).toEqual([
      { from: "chips", to: "lab", amount: 50, deals: ["chips-invests-in-lab"] },
    ]);
    expect(flows.total.value).toBe(50);
    expect(flows.undated).toEqual({ count: 2, total: expect.objectContaining({ value: 115 }) });
  });

  it("sums to the year's total of expandFlows less its undated rows, one payment per payer and payee, never a self-payment", () => {
    const input = fc.record({
      basis: fc.constantFrom(...BASES),
      asOf: fc.constantFrom("2025-06-30", "2026-01-01", "2026-07-01", "2027-12-31"),
      year: fc.integer({ min: 2024, max: 2029 }),
    });
    fc.assert(
      fc.property(input, ({ basis, asOf, year }) => {
        const flows = yearFlows(tiny, basis, asOf, year);
        const all = expandFlows(tiny, { basis, asOf, fromYear: year, toYear: year }).total.value;
        const undated = flowsReport(tiny, { basis, asOf })
          .undated.filter((u) => u.notBefore === year)
          .reduce((s, u) => s + u.amount.value, 0);
        expect(flows.payments.reduce((s, p) => s + p.amount, 0)).toBeCloseTo(all - undated, 9);
        expect(flows.total.value).toBeCloseTo(all - undated, 9);
        const pairs = flows.payments.map((p) => `${p.from}>${p.to}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        expect(flows.payments.every((p) => p.from !== p.to && p.amount > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("shows the as-of year when money moves in it, else the largest year", () => {
    const years = moneyByYear(tiny, "announced", "2026-01-01");
    expect(years.map((y) => [y.year, y.amount.value])).toEqual([
      [2025, 50],
      [2026, 50],
    ]);
    expect(defaultYear(years, "2026-01-01")).toBe(2026);
    // Equal years: the first, 2025.
    expect(defaultYear(years, "2030-01-01")).toBe(2025);
    expect(defaultYear([], "2026-01-01")).toBeNull();
  });
});
