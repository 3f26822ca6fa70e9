/** The published analyses reproduced from their published inputs, and the formulas' own properties. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fundingWaterfall,
  impliedUsers,
  monthlyPerUser,
  requiredRevenueForReturn,
  revenueNeededFromCapex,
  revenueQuestion,
} from "./revenue-needed.ts";

const within = (value: number, published: number, tolerance = 0.01) =>
  expect(Math.abs(value - published) / published).toBeLessThanOrEqual(tolerance);

describe("revenue needed: the published figures from the published inputs", () => {
  it("JPMorgan: 10% on $5T with 76.9% of revenue left for investors → ~$650B a year", () => {
    within(requiredRevenueForReturn({ capex: 5e12, targetReturn: 0.1, returnShareOfRevenue: 0.769 }), 650e9);
  });

  it("JPMorgan's restatements: $650B is $34.72 a month from ~1.56B users and $180 from ~301M", () => {
    within(impliedUsers(650e9, 34.72), 1.56e9);
    within(impliedUsers(650e9, 180), 300.9e6);
    within(monthlyPerUser(650e9, impliedUsers(650e9, 34.72)), 34.72, 1e-12);
  });

  it("Bain: $500B of capex at a 25% ratio → $2T, minus $1.2T fundable → $800B short", () => {
    const r = revenueNeededFromCapex({ capexPerYear: 500e9, capexToRevenue: 0.25, fundable: 1.2e12 });
    within(r.revenueNeeded, 2e12);
    within(r.shortfall, 800e9);
  });

  it("Sequoia: $50B → $200B (2023) and $150B → $600B (2024), i.e. run-rate × 2 × 2", () => {
    within(revenueQuestion({ runRate: 50e9, gpuShareOfCost: 0.5, endUserMargin: 0.5 }).revenueNeeded, 200e9);
    const r = revenueQuestion({ runRate: 150e9, gpuShareOfCost: 0.5, endUserMargin: 0.5 });
    within(r.dataCentreCost, 300e9);
    within(r.revenueNeeded, 600e9);
  });

  it("Morgan Stanley: $2.9T − $1.4T = $1.5T, filled exactly by $800B + $350B + $200B + $150B", () => {
    const r = fundingWaterfall({
      spend: 2.9e12,
      internalCash: 1.4e12,
      sources: [
        { key: "private-credit", amount: 800e9 },
        { key: "pe-sovereign", amount: 350e9 },
        { key: "corporate-debt", amount: 200e9 },
        { key: "abs-cmbs", amount: 150e9 },
      ],
    });
    within(r.gap, 1.5e12);
    expect(Math.abs(r.unexplained)).toBeLessThan(1);
    within(r.shares[0]?.share ?? 0, 8 / 15, 1e-9);
  });
});

describe("properties", () => {
  const positive = fc.double({ min: 1e-3, max: 1e13, noNaN: true });
  const share = fc.double({ min: 0.01, max: 0.99, noNaN: true });

  it("required revenue × share left = return × capex (the identity the formula solves)", () => {
    fc.assert(
      fc.property(positive, share, share, (capex, r, m) => {
        const revenue = requiredRevenueForReturn({ capex, targetReturn: r, returnShareOfRevenue: m });
        expect(Math.abs(revenue * m - r * capex)).toBeLessThanOrEqual(1e-9 * Math.max(1, r * capex));
      }),
      { numRuns: 200 },
    );
  });

  it("the revenue question rises with the run-rate and the margin, and falls with the GPU share", () => {
    fc.assert(
      fc.property(positive, share, share, share, (g, s, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const a = revenueQuestion({ runRate: g, gpuShareOfCost: s, endUserMargin: lo }).revenueNeeded;
        const b = revenueQuestion({ runRate: g, gpuShareOfCost: s, endUserMargin: hi }).revenueNeeded;
        expect(b).toBeGreaterThanOrEqual(a);
        expect(a).toBeGreaterThanOrEqual(g);
      }),
      { numRuns: 200 },
    );
  });

  it("the waterfall's gap = filled + unexplained", () => {
    fc.assert(
      fc.property(positive, positive, fc.array(positive, { maxLength: 6 }), (spend, cash, amounts) => {
        const r = fundingWaterfall({
          spend,
          internalCash: cash,
          sources: amounts.map((amount, i) => ({ key: String(i), amount })),
        });
        // Rounding scales with the largest term, not with the gap (which may be tiny).
        const scale = Math.max(1, spend, cash, r.filled);
        expect(Math.abs(r.filled + r.unexplained - r.gap)).toBeLessThanOrEqual(1e-12 * scale);
      }),
      { numRuns: 200 },
    );
  });
});
