/**
 * The power page and funding view compute in the browser what the API answers: the same core calls on
 * the bundled dataset. The secured GW split by kind adds up to the balance's secured GW in every year,
 * with and without a delay (a property over delays and regions); a delay never adds capacity; the
 * growth slider's override reaches the model, and faster growth never widens the gap.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { powerBalance } from "../../../src/core/power/balance.ts";
import { fundingReport, runwayMonth } from "../../../src/core/reports/funding-report.ts";
import { loadDataset } from "../../../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../../src/io/paths.ts";
import type { Dataset } from "../../../src/schema/dataset-file.ts";
import { financingTypes, fundingEntities, fundingOf } from "./funding.ts";
import { type PowerSettings, powerPage, siteRegions } from "./power.ts";

const AS_OF = "2026-06-30";
let dataset: Dataset;
const base: PowerSettings = {
  basis: "announced",
  asOf: AS_OF,
  fromYear: 2024,
  toYear: 2030,
  delayMonths: 0,
  region: null,
};

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

describe("power page", () => {
  it("is powerBalance with the page's settings", () => {
    const { result } = powerPage(dataset, { ...base, delayMonths: 12, region: "Texas" });
    const { securedByKind: _byKind, ...balance } = result;
    expect(balance).toEqual(
      powerBalance(dataset, {
        basis: "announced",
        asOf: AS_OF,
        fromYear: 2024,
        toYear: 2030,
        delay: { months: 12, region: "Texas" },
      }),
    );
  });

  it("secured GW by kind add up to the secured GW of every year, delayed or not", () => {
    const regions = siteRegions(dataset);
    expect(regions).toContain("Texas");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.constantFrom(...regions), { nil: null }),
        fc.constantFrom("announced" as const, "committed" as const),
        (delayMonths, region, basis) => {
          const { result, byKind } = powerPage(dataset, { ...base, basis, delayMonths, region });
          result.years.forEach((y, i) => {
            const sum = byKind.reduce((s, k) => s + (k.gw[i] as number), 0);
            expect(sum).toBeCloseTo(y.securedGw, 9);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a delay never adds capacity in a year, and what it removes is the delayed GW", () => {
    const plain = powerPage(dataset, base).result;
    for (const months of [6, 12, 24]) {
      const delayed = powerPage(dataset, { ...base, delayMonths: months }).result;
      delayed.years.forEach((y, i) => {
        const before = plain.years[i]?.capacityGw as number;
        expect(y.capacityGw).toBeLessThanOrEqual(before + 1e-9);
        expect(y.delayedGw).toBeCloseTo(before - y.capacityGw, 9);
      });
    }
    const two = powerPage(dataset, { ...base, delayMonths: 24 }).result;
    expect(two.years.some((y) => y.delayedGw > 0)).toBe(true);
  });
});

describe("funding view", () => {
  it("offers OpenAI and the other entities with revenue figures", () => {
    const ids = fundingEntities(dataset);
    expect(ids).toContain("openai");
    expect(ids.length).toBeGreaterThan(3);
  });

  it("is fundingReport with the view's settings; null growth keeps the cited parameter", () => {
    const settings = {
      entity: "openai",
      basis: "committed" as const,
      asOf: AS_OF,
      fromYear: 2024,
      toYear: 2030,
    };
    expect(fundingOf(dataset, { ...settings, growth: null })).toEqual(fundingReport(dataset, settings));
    expect(fundingOf(dataset, { ...settings, growth: 0.3 })).toEqual(
      fundingReport(dataset, { ...settings, growth: 0.3 }),
    );
    const cited = fundingOf(dataset, { ...settings, growth: null });
    expect(cited.growth?.id).toBe("revenue-growth-openai");
    const y2024 = cited.years.find((y) => y.year === 2024);
    expect(y2024?.revenue).toBe(3.7e9);
    expect(y2024?.operatingCashFlow).toBeCloseTo(-5e9, 0);
  });

  it("faster growth never widens the total gap (a property over growth pairs)", () => {
    const settings = {
      entity: "openai",
      basis: "committed" as const,
      asOf: AS_OF,
      fromYear: 2024,
      toYear: 2030,
    };
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (g, d) => {
          const slow = fundingOf(dataset, { ...settings, growth: g });
          const fast = fundingOf(dataset, { ...settings, growth: g + d });
          expect(fast.totals.gap).toBeLessThanOrEqual((slow.totals.gap ?? Number.NaN) + 1e-3);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("lists the financing sources that occur, and writes the runway as a month", () => {
    const report = fundingOf(dataset, {
      entity: "openai",
      basis: "committed",
      asOf: AS_OF,
      fromYear: 2024,
      toYear: 2030,
      growth: null,
    });
    expect(financingTypes(report.years).length).toBeGreaterThan(0);
    expect(runwayMonth(2027.5)).toBe("2027-07");
    expect(runwayMonth(2024)).toBe("2024-01");
    expect(runwayMonth(2024.999)).toBe("2024-12");
  });
});
