import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset.ts";
import { latestAnnualRevenue } from "./inputs.ts";

type F = Dataset["financials"][number];
const rec = (period: string, value: number, extra: Partial<F> = {}) =>
  ({ entity: "co", metric: "revenue", period, unit: "USD", value, sources: ["press"], ...extra }) as F;
const sources = [
  { id: "press", kind: "press" },
  { id: "filing", kind: "primary-filing" },
] as unknown as Dataset["sources"];

describe("latest annual revenue", () => {
  it("uses the reported annual record before an annualised quarter", () => {
    const r = latestAnnualRevenue({ financials: [rec("FY2026-Q3", 57), rec("FY2025", 130.5)] }, "co");
    expect(r).toMatchObject({ value: 130.5, from: "financials:co/revenue/FY2025" });
    expect(r?.estimate).toBeUndefined();
  });

  it("annualises the latest quarter only when no annual record exists, and says so", () => {
    expect(latestAnnualRevenue({ financials: [rec("FY2026-Q3", 57)] }, "co")).toMatchObject({
      value: 228,
      estimate: true,
    });
  });

  it("prefers, within the same year, the whole-company figure from the company's filing", () => {
    const financials = [
      rec("2024", 2, { label: "segment" }),
      rec("2024", 1.9),
      rec("2024", 1.915, { sources: ["filing"] }),
      rec("2023", 9, { sources: ["filing"] }),
    ];
    expect(latestAnnualRevenue({ financials, sources }, "co")?.value).toBe(1.915);
    expect(latestAnnualRevenue({ financials }, "co")?.value).toBe(1.9);
  });

  it("ignores forecasts", () => {
    expect(latestAnnualRevenue({ financials: [rec("2026", 5, { forecast: true })] }, "co")).toBeUndefined();
  });
});
