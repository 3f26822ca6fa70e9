/** Exposure against reported revenue on a hand-built fixture: every figure checkable by hand. */
import { describe, expect, it } from "vitest";
import type { FlowRow } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { revenueExposure } from "./revenue-exposure.ts";

type Deals = Dataset["deals"];
type Financials = Dataset["financials"];

const deal = (id: string, type: string, parties: [string, string][], estimate = false) =>
  ({
    id,
    type,
    parties: parties.map(([entity, role]) => ({ entity, role })),
    flows: [{ id: "f", announced: { value: 1, sources: ["s"], ...(estimate ? { estimate: true } : {}) } }],
  }) as unknown as Deals[number];

const row = (
  dealId: string,
  from: string,
  to: string,
  year: number,
  value: number,
  tier: FlowRow["tier"] = "binding",
): FlowRow =>
  ({
    deal: dealId,
    flow: "f",
    kind: "cash",
    from,
    to,
    unit: "USD",
    year,
    amount: { value, low: value, high: value },
    conditional: false,
    status: tier === "binding" ? "signed" : "loi",
    tier,
    timing: "spread",
    sources: [`${dealId}-source`],
  }) as FlowRow;

const revenue = (entity: string, period: string, value: number, extra: object = {}) =>
  ({
    entity,
    metric: "revenue",
    period,
    unit: "USD",
    value,
    sources: ["filing"],
    ...extra,
  }) as Financials[number];

const SOURCES = [
  { id: "filing", kind: "primary-filing" },
  { id: "press", kind: "press" },
] as unknown as Dataset["sources"];

const DEALS: Deals = [
  deal(
    "lab-buys",
    "compute-commitment",
    [
      ["lab", "buyer"],
      ["cloud", "seller"],
    ],
    true,
  ),
  deal("shop-leases", "lease", [
    ["shop", "lessee"],
    ["cloud", "lessor"],
  ]),
  deal("fund-invests", "equity-investment", [
    ["fund", "investor"],
    ["cloud", "investee"],
  ]),
];

describe("a calendar-year company (cloud)", () => {
  const rows = [
    row("lab-buys", "lab", "cloud", 2025, 20),
    row("shop-leases", "shop", "cloud", 2025, 10),
    row("fund-invests", "fund", "cloud", 2025, 50),
    row("lab-buys", "lab", "cloud", 2026, 40),
    row("lab-buys", "lab", "cloud", 2024, 25),
  ];
  const data = {
    sources: SOURCES,
    deals: DEALS,
    financials: [
      revenue("cloud", "2025", 100),
      revenue("cloud", "2024", 10),
      {
        entity: "cloud",
        metric: "customer-share",
        period: "2025",
        unit: "percent",
        value: 12,
        label: "Customer A",
        sources: ["filing"],
      } as Financials[number],
    ],
  };
  const result = revenueExposure(data, "cloud", rows, new Set(["lab"]), { basis: "announced" });
  const year = (p: string) => result.years.find((y) => y.period === p);

  it("2025: revenue 100, receipts 30 of which the investee's 20 → 20% from investees, 70% outside", () => {
    const y = year("2025");
    expect(y?.status).toBe("reported");
    expect(y?.split?.fromInvestees.share).toBeCloseTo(0.2, 12);
    expect(y?.split?.inDataset.amount).toBeCloseTo(30, 12);
    expect(y?.split?.outside).toEqual({ amount: 70, share: 0.7 });
    expect(y?.receipts.map((r) => [r.counterparty, r.amount, r.investee, r.estimate])).toEqual([
      ["lab", 20, true, true],
      ["shop", 10, false, false],
    ]);
    expect(y?.revenue?.sources).toEqual(["filing"]);
  });

  it("the equity investment is money in but not revenue: kept apart", () => {
    expect(year("2025")?.financingReceived).toEqual({ amount: 50, from: ["fund"] });
  });

  it("2026 has receipts but no reported revenue: no share, never the flows as denominator", () => {
    const y = year("2026");
    expect(y?.status).toBe("revenue-unknown");
    expect(y?.split).toBeNull();
    expect(y?.receipts[0]?.amount).toBe(40);
  });

  it("2024: receipts 25 above revenue 10 → outside 0, excess 15 flagged", () => {
    const y = year("2024");
    expect(y?.split?.outside.amount).toBe(0);
    expect(y?.split?.excess).toEqual({ amount: 15, share: 1.5 });
  });

  it("an anonymous disclosed customer is kept anonymous, as a share of revenue", () => {
    expect(year("2025")?.disclosures).toEqual([
      expect.objectContaining({ counterparty: null, label: "Customer A", share: 0.12 }),
    ]);
  });

  // Nvidia's FY2027 "receipts" of ~$503B were mostly the 10 GW letter of intent with OpenAI, shown as
  // if sold. The part on deals that bind nobody is counted apart, with its deals.
  it("receipts on a letter of intent are counted apart as not binding, with the deal", () => {
    const withLoi = [...rows, row("shop-leases", "shop", "cloud", 2026, 60, "announced")];
    const r = revenueExposure(data, "cloud", withLoi, new Set(["lab"]), { basis: "announced" });
    const y2026 = r.years.find((y) => y.period === "2026");
    expect(y2026?.notBinding).toEqual({ amount: 60, deals: ["shop-leases"] });
    expect(y2026?.receipts.map((x) => [x.counterparty, x.amount, x.notBinding])).toEqual([
      ["shop", 60, 60],
      ["lab", 40, 0],
    ]);
    expect(r.years.find((y) => y.period === "2025")?.notBinding).toEqual({ amount: 0, deals: [] });
  });

  it("--year keeps one year", () => {
    const one = revenueExposure(data, "cloud", rows, new Set(["lab"]), { basis: "announced", year: 2026 });
    expect(one.years.map((y) => y.period)).toEqual(["2026"]);
  });
});

describe("a fiscal-year company (chips, years to June 30)", () => {
  // FY2025 = 2024-07-01 to 2025-06-30: 184 of 2024's 366 days and 181 of 2025's 365.
  const rows = [row("lab-buys", "lab", "chips", 2024, 366), row("lab-buys", "lab", "chips", 2025, 365)];
  const deals = [deal("lab-buys", "chip-supply", [["lab", "buyer"]])];
  const financials = [
    revenue("chips", "FY2025", 1000, { periodEnd: "2025-06-30" }),
    revenue("chips", "FY2024", 800, { periodEnd: "2024-06-30" }),
    revenue("chips", "FY2025", 999, { sources: ["press"] }),
  ];
  const result = revenueExposure({ sources: SOURCES, deals, financials }, "chips", rows, new Set(), {
    basis: "announced",
  });
  const year = (p: string) => result.years.find((y) => y.period === p);

  it("lays calendar-year flows over the fiscal year by days: 184 + 181 = 365 of 1000", () => {
    const y = year("FY2025");
    expect(y?.window).toMatchObject({ start: "2024-07-01", end: "2025-06-30" });
    expect(y?.receipts[0]?.amount).toBeCloseTo(365, 9);
    expect(y?.split?.inDataset.share).toBeCloseTo(0.365, 12);
    expect(y?.split?.fromInvestees.amount).toBe(0);
  });

  it("prefers the revenue record sourced to the company's filing", () => {
    expect(year("FY2025")?.revenue).toMatchObject({ value: 1000, primary: true });
  });

  it("FY2024 gets the first half of 2024 (182 of 366 days); FY2026 is projected with unknown revenue", () => {
    expect(year("FY2024")?.receipts[0]?.amount).toBeCloseTo(182, 9);
    const next = year("FY2026");
    expect(next).toMatchObject({ projected: true, status: "revenue-unknown", split: null });
    expect(next?.window).toMatchObject({ start: "2025-07-01", end: "2026-06-30" });
    expect(next?.receipts[0]?.amount).toBeCloseTo(184, 9);
    expect(result.fiscalYearEnd).toBe("2025-06-30");
  });
});

describe("own money coming back, as a share of reported revenue", () => {
  it("chips invests 10 in lab, outside investors 10, lab buys 20 of chips; revenue 100 → 20% from investees, 10% its own money", () => {
    const deals = [
      deal("chips-invests", "equity-investment", [
        ["chips", "investor"],
        ["lab", "investee"],
      ]),
      deal("fund-invests", "equity-investment", [
        ["fund", "investor"],
        ["lab", "investee"],
      ]),
      deal("lab-buys-chips", "chip-supply", [["lab", "buyer"]]),
    ];
    const rows = [
      row("chips-invests", "chips", "lab", 2025, 10),
      row("fund-invests", "fund", "lab", 2025, 10),
      row("lab-buys-chips", "lab", "chips", 2025, 20),
    ];
    const financials = [revenue("chips", "2025", 100)];
    const result = revenueExposure({ sources: SOURCES, deals, financials }, "chips", rows, new Set(["lab"]), {
      basis: "announced",
    });
    const y = result.years[0];
    expect(y?.split?.fromInvestees.share).toBeCloseTo(0.2, 12);
    expect(y?.ownMoneyBack.amount).toBeCloseTo(10, 9);
    expect(y?.ownMoneyBack.share).toBeCloseTo(0.1, 12);
  });
});
