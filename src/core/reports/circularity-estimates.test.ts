/**
 * The circularity headline says how much of the payments it sums rests on estimates (an analyst's
 * value, no amount stated by the parties): on the bundled data the ~$500B analysts' value of OpenAI's
 * 10 GW of Nvidia systems sat in "$3.2T of payments" without a word.
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { circularityEstimateLine } from "./circularity-layout.ts";
import { circularityReport } from "./circularity-report.ts";

function pay(id: string, from: string, to: string, value: number, estimate = false): Deal {
  return {
    id,
    title: { en: id, ar: id },
    type: "compute-commitment",
    announced: "2025-06",
    status: [{ status: "signed", date: "2025-06" }],
    parties: [
      { entity: from, role: "buyer" },
      { entity: to, role: "supplier" },
    ],
    flows: [
      {
        kind: "cash",
        from,
        to,
        unit: "USD",
        announced: { value, sources: ["press"], ...(estimate ? { estimate: true } : {}) },
      },
    ],
    sources: ["press"],
  } as Deal;
}

const entities = ["lab", "chips", "cloud"].map((id) => ({ id, names: { en: id, ar: id }, kind: "other" }));
const dataset = {
  entities,
  deals: [
    pay("lab-cloud", "lab", "cloud", 100),
    pay("cloud-chips", "cloud", "chips", 40),
    pay("lab-chips-estimate", "lab", "chips", 300, true),
    pay("chips-lab-estimate", "chips", "lab", 20, true),
  ],
} as unknown as Dataset;

describe("circularity: the part resting on estimates", () => {
  it("sums the estimated payments, largest deal first, and phrases them under the multiplier", () => {
    const report = circularityReport(dataset, { basis: "announced", asOf: "2026-12-07" });
    expect(report.totalFlow).toBe(460);
    // Two deals of two parties each: four parties, "the parties" in the plural in Arabic.
    expect(report.estimated).toEqual({
      amount: 320,
      deals: ["lab-chips-estimate", "chips-lab-estimate"],
      parties: 4,
    });
    expect(circularityEstimateLine(report)).toMatchObject({
      key: "report.circularity.estimateLine",
      values: {
        estimated: { value: 320 },
        flow: { value: 460 },
        count: { value: 2 },
        parties: { value: 4 },
        largest: { value: "lab-chips-estimate" },
      },
    });
  });

  it("has no line when every amount was stated", () => {
    const stated = { ...dataset, deals: dataset.deals.filter((d) => !d.id.endsWith("estimate")) };
    const report = circularityReport(stated, { basis: "announced", asOf: "2026-12-07" });
    expect(report.estimated).toEqual({ amount: 0, deals: [], parties: 0 });
    expect(circularityEstimateLine(report)).toBeNull();
  });

  it("counts the parties of one estimated deal: two read as the dual in Arabic, three as the plural", () => {
    const one = { ...dataset, deals: dataset.deals.filter((d) => d.id !== "chips-lab-estimate") };
    const two = circularityReport(one, { basis: "announced", asOf: "2026-12-07" });
    expect(two.estimated.parties).toBe(2);
    const [first, ...rest] = one.deals.filter((d) => d.id === "lab-chips-estimate");
    expect(rest).toEqual([]);
    const three = {
      ...one,
      deals: [
        ...one.deals.filter((d) => d.id !== "lab-chips-estimate"),
        { ...first, parties: [...(first as Deal).parties, { entity: "cloud", role: "partner" }] } as Deal,
      ],
    };
    expect(circularityReport(three, { basis: "announced", asOf: "2026-12-07" }).estimated.parties).toBe(3);
  });
});
