import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataset, deal } from "../../testing/power-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { fundingReport } from "../reports/funding-report.ts";
import { entityYears } from "./entity-financials.ts";
import type { FundingInputs } from "./funding-gap.ts";
import { runFunding } from "./funding-gap.ts";
import { growthToClose } from "./growth-to-close.ts";

const fin = (metric: string, period: string, value: number, extra: object = {}) => ({
  entity: "lab",
  metric,
  period,
  unit: "USD",
  value,
  sources: ["s"],
  ...extra,
});
const param = (id: string, unit: string, value: number) => ({
  id,
  name: { en: id, ar: id },
  unit,
  figure: { value, sources: ["s"] },
});

/** The worked example of docs/methods/funding.md. */
const EXAMPLE = dataset({
  financials: [
    fin("revenue", "2024", 10),
    fin("net-income", "2024", -4),
    fin("revenue", "2025", 20, { forecast: true }),
    fin("net-income", "2025-2026", -10, { forecast: true }),
    fin("cash", "2023", 6),
  ] as Dataset["financials"],
  parameters: [
    param("funding-other-cost-ratio", "ratio", 0.5),
    param("revenue-growth-lab", "percent-change", 10),
    param("stress-horizon-years", "years", 4),
  ] as Dataset["parameters"],
  deals: [
    deal("cloud", [{ kind: "cash", from: "lab", to: "cloud", unit: "USD", value: 12 }], {
      period: { start: "2025", end: "2026" },
    }),
    deal("round", [{ kind: "cash", from: "investor", to: "lab", unit: "USD", value: 8 }], {
      type: "equity-investment",
      announced: "2025-03",
      status: [{ status: "closed", date: "2025-03" }],
    }),
  ],
});

const OPTIONS = {
  entity: "lab",
  basis: "committed" as const,
  asOf: "2026-01-01",
  fromYear: 2024,
  toYear: 2027,
};

describe("funding gap: the worked example", () => {
  const r = fundingReport(EXAMPLE, OPTIONS);
  const round = (x: number) => Math.round(x * 1e9) / 1e9;

  it("reads revenue, results and a cumulative result split over its years", () => {
    expect(r.years.map((y) => [y.year, round(y.revenue), y.revenueSource])).toEqual([
      [2024, 10, "reported"],
      [2025, 20, "forecast"],
      [2026, 22, "projected"],
      [2027, 24.2, "projected"],
    ]);
    expect(r.years.map((y) => y.reportedResult)).toEqual([-4, -5, -5, null]);
    // The cumulative loss, split −5 and −5, is the figure the model used in 2025 (2026 is projected).
    expect(
      r.reconciliation.map((c) => [c.metric, c.period, c.reported, round(c.model ?? Number.NaN)]),
    ).toEqual([
      ["net-income", "2024", -4, -4],
      ["net-income", "2025-2026", -10, 0],
    ]);
    expect(r.reconciliation[1]?.years).toEqual([
      { year: 2025, model: -5, reason: "used" },
      { year: 2026, model: 5, reason: "projected" },
    ]);
  });

  it("keeps a reported result unless the contracts exceed it; models projected years", () => {
    expect(r.years.map((y) => y.costRule)).toEqual(["reported", "reported", "modelled", "modelled"]);
    // 2024 and 2027: the deals record nothing due, which is not $0 owed (capex and other contracts are
    // outside the data): null, and said so.
    expect(r.years.map((y) => y.commitmentsDue)).toEqual([null, 6, 6, null]);
    expect(r.years.map((y) => y.dueUnknown)).toEqual(["none-recorded", null, null, "none-recorded"]);
    expect(r.years.map((y) => round(y.operatingCashFlow))).toEqual([-4, -5, 5, 12.1]);
    expect(r.years.map((y) => y.financing)).toEqual([0, 8, 0, 0]);
    expect(r.years.map((y) => round(y.gap))).toEqual([4, 0, 0, 0]);
    expect(r.years.map((y) => round(y.cash))).toEqual([2, 5, 10, 22.1]);
    expect(r.years.map((y) => round(y.cumulativeBurn))).toEqual([4, 9, 9, 9]);
    expect(r).toMatchObject({
      startingCash: 6,
      startingCashKnown: true,
      startingCashSource: { period: "2023", sources: ["s"] },
      shortfall: 0,
      shortfallParts: null,
      runsOut: null,
      runway: "lasts",
    });
    // Net burn: 4 + 5 − 5 − 12.1; gross burn counts the loss years only.
    expect(round(r.totals.netBurn ?? Number.NaN)).toBe(-8.1);
  });

  it("reads a lease with no price as unknown commitments due, never $0 (Oracle's campus leases)", () => {
    // The lab leases a campus from 2026 (no rent given) and owes nothing priced then: 2026 and 2027
    // are unknown; 2025 keeps its priced 6; the total keeps the priced part and names the lease.
    const lease = deal("campus", [{ kind: "cash", from: "bank", to: "campus-spv", unit: "USD", value: 50 }], {
      type: "loan",
      announced: "2026-01",
      status: [{ status: "closed", date: "2026-01" }],
      parties: [{ entity: "lab", role: "lessee" }],
    });
    const cloud = deal("cloud", [{ kind: "cash", from: "lab", to: "cloud", unit: "USD", value: 12 }], {
      period: { start: "2025", end: "2025" },
    });
    const base = { ...EXAMPLE, deals: [cloud, EXAMPLE.deals[1] as Dataset["deals"][number], lease] };
    const r = fundingReport(base, OPTIONS);
    expect(r.years.map((y) => y.commitmentsDue)).toEqual([null, 12, null, null]);
    expect(r.years.map((y) => y.dueUnknown)).toEqual(["none-recorded", null, "unpriced", "unpriced"]);
    expect(r.years.map((y) => y.unpricedCommitments)).toEqual([[], [], ["campus"], ["campus"]]);
    expect(r.totals).toMatchObject({ commitmentsDue: 12, unpricedCommitments: ["campus"] });
    // Only unpriced commitments in the window: the total is unknown too.
    const onlyLease = fundingReport({ ...base, deals: [lease] }, OPTIONS);
    expect(onlyLease.totals.commitmentsDue).toBeNull();
    // A lease the lab pays a price for is priced; the paid basis owes nothing ahead.
    const rent = deal("rent", [{ kind: "cash", from: "lab", to: "campus-spv", unit: "USD", value: 3 }]);
    const priced = { ...lease, flows: [...lease.flows, ...rent.flows] };
    expect(fundingReport({ ...base, deals: [priced] }, OPTIONS).totals.unpricedCommitments).toEqual([]);
    expect(fundingReport(base, { ...OPTIONS, basis: "paid" }).totals.unpricedCommitments).toEqual([]);
  });

  it("names the years with no financials and goes on", () => {
    const early = fundingReport(EXAMPLE, { ...OPTIONS, fromYear: 2022 });
    expect(early.missingYears).toEqual([2022, 2023]);
    expect(early.years[2]?.revenue).toBe(10);
  });

  it("spreads an open-ended commitment over the horizon and runs out of cash when it bites", () => {
    const open = deal("gpus", [{ kind: "cash", from: "lab", to: "vendor", unit: "USD", value: 80 }], {
      period: { start: "2026" },
    });
    const r2 = fundingReport({ ...EXAMPLE, deals: [...EXAMPLE.deals, open] }, OPTIONS);
    expect(r2.years.map((y) => y.commitmentsDue && round(y.commitmentsDue))).toEqual([null, 6, 26, 20]);
    // 2026: cash 5 + (22 − 26 − 11) = −10, so it runs out 5/15 of the way through 2026;
    // 2027: −10 + (24.2 − 20 − 12.1) = −17.9, the deepest point.
    expect(r2.runsOut).toBeCloseTo(2026 + 5 / 15, 9);
    expect(r2.runway).toBe("runs-out");
    expect(r2.shortfall).toBeCloseTo(17.9, 9);
    // Funding still needed = net burn to date − financing to date − cash at the start, at its deepest:
    // 2027: (4 + 5 + 15 + 7.9) − 8 − 6 = 17.9.
    const p = r2.shortfallParts;
    expect(p?.year).toBe(2027);
    expect(p?.netBurn).toBeCloseTo(31.9, 9);
    expect(p?.financing).toBe(8);
    expect((p?.netBurn ?? 0) - (p?.financing ?? 0) - (p?.startingCash ?? 0)).toBeCloseTo(
      r2.shortfall ?? Number.NaN,
      9,
    );
  });

  it("holds revenue flat when no growth is cited, and takes an override", () => {
    const flat = fundingReport({ ...EXAMPLE, parameters: EXAMPLE.parameters.slice(0, 1) }, OPTIONS);
    expect(flat.growth).toBeNull();
    expect(flat.years[2]?.revenue).toBe(20);
    const fast = fundingReport(EXAMPLE, { ...OPTIONS, growth: 1 });
    expect(fast.growth).toMatchObject({ overridden: true, value: 1 });
    expect(fast.years[3]?.revenue).toBe(80);
  });
});

describe("cash at the start: sourced or unknown", () => {
  const noCash = { ...EXAMPLE, financials: EXAMPLE.financials.filter((f) => f.metric !== "cash") };
  const open = deal("gpus", [{ kind: "cash", from: "lab", to: "vendor", unit: "USD", value: 80 }], {
    period: { start: "2026" },
  });

  it("gives no run-out date when no reported cash precedes the window", () => {
    const r = fundingReport({ ...noCash, deals: [...noCash.deals, open] }, OPTIONS);
    expect(r).toMatchObject({
      startingCashKnown: false,
      startingCashSource: null,
      runsOut: null,
      runway: "unknown",
    });
    // Counted from zero, the shortfall is the net burn less the financing: 2024's 4 at first …
    expect(r.years[0]?.cash).toBe(-4);
    // … and the deepest, 2027: 31.9 − 8 − 0.
    expect(r.shortfall).toBeCloseTo(23.9, 9);
    expect(r.shortfallParts).toMatchObject({ year: 2027, startingCash: 0 });
  });

  it("says the cash lasts only when it is known to", () => {
    expect(fundingReport(noCash, OPTIONS).runway).toBe("unknown");
    expect(fundingReport(EXAMPLE, OPTIONS).runway).toBe("lasts");
  });

  it("reads the latest cash figure before the first year, with its period and source", () => {
    const two = dataset({
      ...EXAMPLE,
      financials: [
        ...EXAMPLE.financials,
        fin("cash", "2022", 99, { sources: ["old"] }),
        fin("cash", "2024", 1),
      ],
    } as Partial<Dataset>);
    expect(fundingReport(two, OPTIONS)).toMatchObject({
      startingCash: 6,
      startingCashSource: { period: "2023", sources: ["s"] },
    });
  });
});

describe("burn reconciliation", () => {
  it("shows each reported result beside the model, with the reason per year", () => {
    const data = dataset({
      ...EXAMPLE,
      financials: [
        ...EXAMPLE.financials,
        // A cash burn beside the 2024 loss: the model reads cash first, so the loss is the other figure.
        fin("cash-burn", "2024", 3),
        fin("revenue", "2026", 10, { forecast: true }),
        fin("net-income", "2026", -1, { forecast: true }),
      ] as Dataset["financials"],
    });
    const r = fundingReport(data, OPTIONS);
    const row = (metric: string, period: string) =>
      r.reconciliation.find((c) => c.metric === metric && c.period === period);
    expect(row("cash-burn", "2024")).toMatchObject({ reported: -3, model: -3, difference: 0 });
    expect(row("cash-burn", "2024")?.years).toEqual([{ year: 2024, model: -3, reason: "used" }]);
    expect(row("net-income", "2024")).toMatchObject({ reported: -4, model: -3, difference: 1 });
    expect(row("net-income", "2024")?.years[0]?.reason).toBe("other-figure");
    // 2026: revenue 10 against 6 due + 0.5 × 10: the contracts exceed the costs a −1 result implies (11).
    expect(row("net-income", "2026")).toMatchObject({ reported: -1, model: -1 });
    expect(row("net-income", "2026")?.years[0]?.reason).toBe("used");
    const tight = fundingReport(
      {
        ...data,
        deals: data.deals.map((d) =>
          d.id === "cloud" ? { ...d, period: { start: "2026", end: "2026" } } : d,
        ),
      },
      OPTIONS,
    );
    // 12 due in 2026: costs 12 + 5 = 17 > 11, so the model burns 7 where −1 was forecast.
    expect(tight.reconciliation.find((c) => c.period === "2026")).toMatchObject({
      model: -7,
      difference: -6,
    });
    expect(tight.reconciliation.find((c) => c.period === "2026")?.years[0]?.reason).toBe("contracts");
  });
});

describe("entity financials", () => {
  it("sums two halves into a year and prefers a reported figure to a forecast", () => {
    const y = entityYears(
      [
        fin("revenue", "2025-H1", 4),
        fin("revenue", "2025-H2", 6),
        fin("revenue", "2026", 30, { forecast: true }),
        fin("revenue", "2026", 25),
        fin("revenue", "2027-H1", 9),
      ] as Dataset["financials"],
      "lab",
    );
    expect(y.revenue.get(2025)).toMatchObject({ value: 10, source: "reported" });
    expect(y.revenue.get(2026)).toMatchObject({ value: 25, source: "reported" });
    expect(y.revenue.has(2027)).toBe(false);
  });
});

function inputs(r0: number, k: number, due: number, cash0: number): FundingInputs {
  return {
    entity: "lab",
    fromYear: 2025,
    toYear: 2026,
    years: {
      revenue: new Map([[2025, { value: r0, source: "reported", sources: [] }]]),
      result: new Map(),
      cumulative: [],
      cash: [],
    },
    due: new Map([[2026, due]]),
    unpriced: new Map(),
    financing: new Map(),
    costRatio: k,
    startingCash: cash0,
    startingCashKnown: true,
    startingCashSource: { period: "2024", sources: ["s"] },
  };
}

describe("growth to close the gap", () => {
  it("closes exactly at the growth the gap was built from (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (r0, k, g, cash0) => {
          // Cash after 2025 plus 2026's cash flow at growth g is exactly zero.
          const afterFirst = cash0 + r0 * (1 - k);
          const due = afterFirst + r0 * (1 + g) * (1 - k);
          const built = inputs(r0, k, due, cash0);
          const solved = growthToClose(built, { tolerance: 1e-10 });
          expect(solved.status).toBe("solved");
          if (solved.status === "solved") expect(solved.growth).toBeCloseTo(g, 6);
          expect(runFunding(built, g + 1e-6).projectedShortfall).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("says when no growth can close it, when it is closed already, and when nothing is projected", () => {
    expect(growthToClose(inputs(10, 1, 100, 0)).status).toBe("unreachable");
    expect(growthToClose(inputs(10, 0.5, 0, 0)).status).toBe("closed");
    expect(growthToClose({ ...inputs(10, 0.5, 100, 0), toYear: 2025 }).status).toBe("no-projection");
  });
});
