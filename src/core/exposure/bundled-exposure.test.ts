/**
 * Exposure of NVIDIA on the bundled data, against its reported revenue. Exact shares move as deals are
 * added or the current view changes, so this asserts what must stay true; the figures measured on
 * 2026-12-06 (announced basis) are in the comments.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../model/dataset.ts";
import { entityExposure } from "./entity-exposure.ts";

let dataset: Dataset;
beforeAll(async () => {
  const r = await loadDataset(BUNDLED_DATA_DIR);
  if (!r.ok) throw new Error("bundled dataset invalid");
  dataset = r.dataset;
});

const AS_OF = "2026-12-06";

describe("NVIDIA's exposure against its reported revenue (bundled data)", () => {
  it("has reported revenue for FY2024 and FY2025, each from NVIDIA's own filings", () => {
    const e = entityExposure(dataset, "nvidia", { basis: "announced", asOf: AS_OF });
    const kinds = new Map(dataset.sources.map((s) => [s.id, s.kind]));
    const reported = e.revenue.years.filter((y) => y.status === "reported");
    expect(reported.map((y) => y.period)).toEqual(expect.arrayContaining(["FY2024", "FY2025"]));
    for (const y of reported) {
      expect(y.revenue?.sources.length).toBeGreaterThan(0);
      expect(y.revenue?.sources.every((s) => kinds.get(s) === "primary-filing")).toBe(true);
    }
  });

  it("OpenAI pays less than half of NVIDIA's revenue in every year with reported revenue; the rest is outside", () => {
    for (const basis of ["announced", "committed", "paid"] as const) {
      const e = entityExposure(dataset, "nvidia", { basis, asOf: AS_OF });
      for (const y of e.revenue.years) {
        if (y.split === null) {
          // No reported revenue: no share at all (FY2026 and FY2027 today, where the $500B LOI sits).
          expect(y.ownMoneyBack.share).toBeNull();
          expect(y.status).not.toBe("reported");
          continue;
        }
        const openai = y.split.lines.find((l) => l.counterparty === "openai");
        expect(openai?.share ?? 0).toBeLessThan(0.5);
        // Measured: FY2025 (announced) 3.9% from investees (CoreWeave), 6.1% in the dataset, 93.9% outside.
        if (y.split.excess === null) {
          const sum = y.split.lines.reduce((s, l) => s + l.share, 0) + y.split.outside.share;
          expect(sum).toBeCloseTo(1, 9);
        }
      }
    }
  });

  it("the anonymous 10-K customers are shown as such, as shares of revenue", () => {
    const e = entityExposure(dataset, "nvidia", { basis: "announced", asOf: AS_OF, year: 2025 });
    const fy2025 = e.revenue.years.find((y) => y.period === "FY2025");
    expect(fy2025?.disclosures.length).toBeGreaterThanOrEqual(3);
    expect(fy2025?.disclosures.every((d) => d.counterparty === null && d.share > 0 && d.share < 1)).toBe(
      true,
    );
  });

  it("the JSON is the exposure, not the options or the dataset", () => {
    const e = entityExposure(dataset, "nvidia", { basis: "announced", asOf: AS_OF });
    expect(Object.keys(e).sort()).toEqual(
      [
        "asOf",
        "basis",
        "customers",
        "entities",
        "entity",
        "investees",
        "offBalanceSheet",
        "rank",
        "revenue",
        "revenueFromInvestees",
        "suppliers",
        "vendorFinancing",
        "year",
      ].sort(),
    );
    expect(JSON.stringify(e).length).toBeLessThan(100_000);
  });

  it("says how much of who pays it rests on deals that bind nobody, and the HHI without them", () => {
    const announced = entityExposure(dataset, "nvidia", { basis: "announced", asOf: AS_OF }).customers;
    // 2026-12-06: $540B of $581.3B (OpenAI's 10 GW LOI $500B, Oracle $40B); HHI 0.746, binding alone 0.368.
    const openai = announced.counterparties.find((c) => c.id === "openai");
    expect(openai?.notBinding).toBeGreaterThanOrEqual(500e9);
    const sum = announced.counterparties.reduce((t, c) => t + c.notBinding, 0);
    expect(announced.notBinding.amount).toBeCloseTo(sum, 0);
    // The binding HHI, by hand from the counterparties' binding parts.
    const binding = announced.counterparties.map((c) => c.amount - c.notBinding).filter((a) => a > 0);
    const total = binding.reduce((t, a) => t + a, 0);
    const byHand = binding.reduce((t, a) => t + (a / total) ** 2, 0);
    expect(announced.notBinding.bindingHhi).toBeCloseTo(byHand, 12);
    expect(announced.notBinding.bindingHhi).toBeLessThan(announced.hhi ?? 0);

    const committed = entityExposure(dataset, "nvidia", { basis: "committed", asOf: AS_OF }).customers;
    expect(committed.notBinding.amount).toBe(0);
    expect(committed.notBinding.bindingHhi).toBeCloseTo(committed.hhi ?? Number.NaN, 12);
  });

  it("says how much of the money from its investees rests on deals that bind nobody", () => {
    // Measured 2026-12-06: $529.9B from CoreWeave, OpenAI and Valor, $500B of it OpenAI's 10 GW LOI.
    const announced = entityExposure(dataset, "nvidia", {
      basis: "announced",
      asOf: AS_OF,
    }).revenueFromInvestees;
    expect(announced.notBinding).toBeGreaterThanOrEqual(500e9);
    expect(announced.notBinding).toBeLessThanOrEqual(announced.amount);
    const committed = entityExposure(dataset, "nvidia", {
      basis: "committed",
      asOf: AS_OF,
    }).revenueFromInvestees;
    expect(committed.notBinding).toBe(0);
  });
});
