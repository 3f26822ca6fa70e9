/**
 * Nvidia's financing ÷ revenue keeps the contingent apart: a guarantee is paid only if it is called,
 * so it is never added to the money Nvidia puts in (before December 2026 the one ratio summed both:
 * 1.24× on the bundled data, of which the $105B Ohio guarantee and the $6.3B CoreWeave backstop were 0.85×).
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { nvidiaContingentToRevenue, nvidiaDealFinancingToRevenue } from "./nvidia-financing.ts";

const AS_OF = "2026-12-07";

function deal(id: string, type: Deal["type"], kind: "cash" | "guarantee", value: number): Deal {
  return {
    id,
    title: { en: id, ar: id },
    type,
    announced: "2025-06",
    status: [{ status: "signed", date: "2025-06" }],
    parties: [
      { entity: "nvidia", role: kind === "cash" ? "investor" : "guarantor" },
      { entity: "lab", role: kind === "cash" ? "investee" : "beneficiary" },
    ],
    flows: [
      {
        kind,
        from: "nvidia",
        to: "lab",
        unit: "USD",
        announced: { value, sources: ["press"] },
        committed: { value, sources: ["press"] },
      },
    ],
    sources: ["press"],
  } as Deal;
}

const dataset = {
  deals: [
    deal("equity", "equity-investment", "cash", 10),
    deal("loan", "vendor-financing", "cash", 5),
    deal("guarantee", "guarantee", "guarantee", 90),
  ],
  financials: [
    { entity: "nvidia", metric: "revenue", period: "FY2025", unit: "USD", value: 100, sources: ["filing"] },
  ],
  indicators: [],
  sources: [],
} as unknown as Dataset;

describe("Nvidia's financing of others ÷ revenue", () => {
  it("leads with the direct money (cash put in): 15 ÷ 100, the guarantee named under it, not added", () => {
    const r = nvidiaDealFinancingToRevenue(dataset, AS_OF);
    expect(r.value).toBeCloseTo(0.15);
    expect(r.inputs[0]).toMatchObject({ value: 15, from: "deals:equity,loan" });
    expect(r.notes).toEqual([{ key: "report.ratios.note.contingentApart", values: { usd: 90, count: 1 } }]);
  });

  it("reads the guarantees and backstops as a ratio of their own: 90 ÷ 100", () => {
    const r = nvidiaContingentToRevenue(dataset, AS_OF);
    expect(r.value).toBeCloseTo(0.9);
    expect(r.inputs[0]).toMatchObject({ value: 90, from: "deals:guarantee" });
    expect(r.notes?.[0]?.values).toEqual({ usd: 15, count: 2 });
  });

  it("beside the published figure, reads the same deals on its date: only the deals announced by then", () => {
    const later = {
      ...deal("later", "equity-investment", "cash", 20),
      announced: "2026-03",
      status: [{ status: "signed", date: "2026-03" }],
    } as Deal;
    const tunguz = {
      id: "tunguz-nvidia-investment-commitments-to-revenue",
      unit: "percent",
      figure: { value: 85, asOf: "2025-10-03", sources: ["blog"] },
    };
    const withPublished = {
      ...dataset,
      deals: [...dataset.deals, later],
      indicators: [tunguz],
    } as unknown as Dataset;
    const r = nvidiaDealFinancingToRevenue(withPublished, AS_OF);
    expect(r.value).toBeCloseTo(0.35);
    expect(r.published).toHaveLength(1);
    expect(r.notes?.[1]).toEqual({
      key: "report.ratios.note.financingOnPublishedDate",
      values: { date: "2025-10-03", usd: 15, count: 2, ratio: 0.15 },
    });
    // Read on or before the published date there is nothing to add.
    expect(nvidiaDealFinancingToRevenue(withPublished, "2025-10-03").notes).toHaveLength(1);
    // Without the published figure, no such line.
    expect(nvidiaDealFinancingToRevenue(dataset, AS_OF).notes).toHaveLength(1);
  });

  it("has no value without Nvidia's revenue, and says which input is missing", () => {
    const r = nvidiaContingentToRevenue({ ...dataset, financials: [] }, AS_OF);
    expect(r.value).toBeNull();
    expect(r.missing[0]?.key).toBe("report.ratios.missingInput.nvidiaRevenue");
  });
});
