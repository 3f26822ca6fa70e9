/**
 * Check evaluation on a hand-checkable fixture: buyer a pays seller b 100 (signed 2025, delivered in
 * 2025) and 50 (signed 2026); lender c lends b 30. Published: 150 for a's contracts with b, b's 2025
 * revenue 200 and a's 50% share of it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { reconcileReport } from "../reports/reconcile-report.ts";
import { type Check, evaluateCheck, publishedFigure, statusOf } from "./check.ts";
import { customerShareOfRevenue, PURCHASE_TYPES, selectedFlows } from "./derive.ts";
import { parseRef } from "./refs.ts";

function deal(id: string, type: Deal["type"], from: string, to: string, value: number, year: number): Deal {
  return {
    id,
    title: { en: id, ar: id },
    type,
    announced: `${year}-03-01`,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    status: [{ status: "signed", date: `${year}-03-01` }],
    parties: [{ entity: from, role: "buyer" }],
    flows: [
      { kind: "cash", from, to, unit: "USD", conditional: false, announced: { value, sources: ["s"] } },
    ],
    sources: ["s"],
  };
}

const dataset = {
  sources: [],
  entities: [],
  sites: [],
  parameters: [],
  deals: [
    deal("d1", "compute-commitment", "a", "b", 100, 2025),
    deal("d2", "compute-commitment", "a", "b", 50, 2026),
    deal("d3", "loan", "c", "b", 30, 2025),
  ],
  financials: [
    { entity: "b", metric: "revenue", period: "2025", unit: "USD", value: 200, sources: ["s"] },
    {
      entity: "b",
      metric: "customer-share",
      counterparty: "a",
      period: "2025",
      unit: "percent",
      value: 50,
      sources: ["s"],
    },
    { entity: "b", metric: "rpo", period: "2025", unit: "USD", value: 1, sources: ["s"] },
    { entity: "b", metric: "rpo", period: "2025", unit: "USD", value: 2, sources: ["s"] },
  ],
  indicators: [
    {
      id: "pub-a-b",
      name: { en: "a's contracts with b", ar: "عقود a مع b" },
      by: "x",
      kind: "observation",
      unit: "USD",
      topic: "compute",
      figure: { value: 150, sources: ["p"], quote: "«150»" },
    },
  ],
} as unknown as Dataset;

const AS_OF = "2026-12-31";
const aToB = (ds: Dataset, asOf: string) =>
  selectedFlows(ds, asOf, { basis: "announced", from: "a", to: "b", types: PURCHASE_TYPES });
const base: Check = {
  id: "a-b",
  published: { collection: "indicators", id: "pub-a-b" },
  derive: aToB,
  at: AS_OF,
  tolerance: 0.1,
};

describe("evaluateCheck", () => {
  it("agrees when the derived figure equals the published one, and lists what it summed", () => {
    const r = evaluateCheck(base, dataset, AS_OF);
    expect(r.status).toBe("agrees");
    expect(r.ratio).toBe(1);
    expect(r.derived.inputs.map((i) => [i.ref, i.value])).toEqual([
      ["deals:d1", 100],
      ["deals:d2", 50],
    ]);
    expect(r.published).toMatchObject({
      ref: "indicators:pub-a-b",
      value: 150,
      sources: ["p"],
      quote: "«150»",
    });
  });

  it("reads the deals as of the check's date: 100 of 150 is 0.667, a difference of 33%", () => {
    const dated = { ...base, at: "2025-12-31" };
    const r = evaluateCheck(dated, dataset, AS_OF);
    expect(r.derivedAsOf).toBe("2025-12-31");
    expect(r.derived.value).toBe(100);
    expect(r.ratio).toBeCloseTo(2 / 3, 12);
    expect(r.status).toBe("unexplained");
    expect(evaluateCheck({ ...dated, reason: "why" }, dataset, AS_OF)).toMatchObject({
      status: "differs",
      reason: "why",
    });
    expect(evaluateCheck({ ...dated, tolerance: 0.34 }, dataset, AS_OF).status).toBe("agrees");
    expect(evaluateCheck({ ...dated, tolerance: 0.33 }, dataset, AS_OF).status).toBe("unexplained");
    // Before the figure was published there is nothing to compare: pending, not a failure.
    const early = evaluateCheck(dated, dataset, "2025-06-30");
    expect(early).toMatchObject({ derivedAsOf: "2025-06-30", status: "pending", ratio: null });
    expect(reconcileReport(dataset, { asOf: "2025-06-30", checks: [dated] }).ok).toBe(true);
  });

  it("is missing when the published record is absent, ambiguous, or in another unit", () => {
    const absent = { ...base, published: { collection: "indicators" as const, id: "nope" } };
    expect(evaluateCheck(absent, dataset, AS_OF)).toMatchObject({ status: "missing", ratio: null });
    const twoRpo = { collection: "financials" as const, entity: "b", metric: "rpo" as const, period: "2025" };
    expect(publishedFigure(dataset, twoRpo)).toBeNull();
    const otherUnit = {
      ...base,
      published: {
        collection: "financials" as const,
        entity: "b",
        metric: "customer-share" as const,
        period: "2025",
      },
    };
    expect(evaluateCheck(otherUnit, dataset, AS_OF).status).toBe("missing");
  });

  it("derives a customer's share of the seller's reported revenue, loans left out", () => {
    const share = customerShareOfRevenue(dataset, AS_OF, {
      seller: "b",
      year: 2025,
      top: 1,
      basis: "announced",
    });
    expect(share.value).toBe(50);
    expect(share.inputs.map((i) => i.ref)).toEqual(["deals:d1", "financials:b/revenue/2025"]);
    const check: Check = {
      id: "share",
      published: {
        collection: "financials",
        entity: "b",
        metric: "customer-share",
        period: "2025",
        counterparty: "a",
      },
      derive: (ds, asOf) =>
        customerShareOfRevenue(ds, asOf, { seller: "b", year: 2025, customer: "a", basis: "announced" }),
      at: AS_OF,
      tolerance: 0,
    };
    expect(evaluateCheck(check, dataset, AS_OF).status).toBe("agrees");
  });
});

describe("statusOf", () => {
  it("agrees exactly within the tolerance; outside it, differs only with a reason", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.constant("why"), { nil: undefined }),
        (ratio, tolerance, reason) => {
          // Away from the boundary, where floating-point rounding decides either way.
          fc.pre(Math.abs(Math.abs(ratio - 1) - tolerance) > 1e-9);
          const status = statusOf(ratio, tolerance, reason);
          const within = ratio >= 1 - tolerance && ratio <= 1 + tolerance;
          expect(status).toBe(within ? "agrees" : reason ? "differs" : "unexplained");
        },
      ),
    );
    expect(statusOf(null, 0.5, "why")).toBe("missing");
  });
});

describe("reconcileReport", () => {
  it("counts the statuses and fails on an unexplained difference", () => {
    const dated = { ...base, id: "dated", at: "2025-12-31" };
    const ok = reconcileReport(dataset, { asOf: AS_OF, checks: [base, { ...dated, reason: "why" }] });
    expect(ok.counts).toEqual({ agrees: 1, differs: 1, unexplained: 0, missing: 0, pending: 0 });
    expect(ok.ok).toBe(true);
    const bad = reconcileReport(dataset, { asOf: AS_OF, checks: [base, dated] });
    expect(bad.counts.unexplained).toBe(1);
    expect(bad.ok).toBe(false);
  });
});

describe("parseRef", () => {
  it("names deals (flows folded into their deal), sites, financials and indicators", () => {
    expect(parseRef("deals:x/f,y,x/g")).toEqual({ kind: "deals", ids: ["x", "y"] });
    expect(parseRef("sites:s")).toEqual({ kind: "sites", ids: ["s"] });
    expect(parseRef("financials:nvidia/revenue/FY2026-Q3 (label)")).toEqual({
      kind: "financial",
      entity: "nvidia",
      metric: "revenue",
      period: "FY2026-Q3",
    });
    expect(parseRef("indicators:i")).toEqual({ kind: "indicator", id: "i" });
    expect(parseRef("deals (committed basis)")).toEqual({ kind: "other", text: "deals (committed basis)" });
  });
});
