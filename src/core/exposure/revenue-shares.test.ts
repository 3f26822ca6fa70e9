import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { type Receipt, splitRevenue } from "./revenue-shares.ts";

const receipt = (counterparty: string, amount: number, investee = false): Receipt => ({
  counterparty,
  amount,
  investee,
  deals: [`${counterparty}-deal`],
  sources: ["s"],
  estimate: false,
  notBinding: 0,
});

describe("shares of reported revenue", () => {
  it("worked example: revenue 100, dataset receipts 30 of which investees 20 → 20% from investees, 70% outside", () => {
    const s = splitRevenue(100, [receipt("lab", 20, true), receipt("shop", 10)]);
    expect(s.lines.map((l) => [l.counterparty, l.share])).toEqual([
      ["lab", 0.2],
      ["shop", 0.1],
    ]);
    expect(s.inDataset).toEqual({ amount: 30, share: 0.3 });
    expect(s.fromInvestees).toEqual({ amount: 20, share: 0.2 });
    expect(s.outside).toEqual({ amount: 70, share: 0.7 });
    expect(s.excess).toBeNull();
    expect(s.hhiFloor).toBeCloseTo(0.2 ** 2 + 0.1 ** 2, 12);
  });

  it("receipts above revenue: no negative remainder, the excess shown beside it", () => {
    const s = splitRevenue(10, [receipt("lab", 25, true)]);
    expect(s.outside).toEqual({ amount: 0, share: 0 });
    expect(s.excess).toEqual({ amount: 15, share: 1.5 });
    expect(s.lines[0]?.share).toBe(2.5);
  });

  it("receipts above revenue: the HHI floor stays an index of shares, never above 1", () => {
    const s = splitRevenue(10, [receipt("lab", 8), receipt("shop", 4)]);
    expect(s.hhiFloor).toBeCloseTo((8 / 12) ** 2 + (4 / 12) ** 2, 12);
    expect(splitRevenue(10, [receipt("lab", 25)]).hhiFloor).toBe(1);
  });

  it("no receipts: everything is outside the dataset", () => {
    const s = splitRevenue(50, []);
    expect(s.outside).toEqual({ amount: 50, share: 1 });
    expect(s.lines).toEqual([]);
    expect(s.hhiFloor).toBe(0);
  });

  it("refuses a revenue that is not positive (unknown revenue is the caller's null, never a zero)", () => {
    expect(() => splitRevenue(0, [receipt("lab", 1)])).toThrow(ModelInputError);
    expect(() => splitRevenue(Number.NaN, [])).toThrow(ModelInputError);
  });

  const receiptsArb = fc.array(
    fc.record({
      counterparty: fc.constantFrom("a", "b", "c", "d", "e"),
      amount: fc.double({ min: 0, max: 1e3, noNaN: true }),
      investee: fc.boolean(),
    }),
    { maxLength: 12 },
  );
  // Counterparties are unique in real use (one line each): keep the first of each.
  const unique = (rs: { counterparty: string; amount: number; investee: boolean }[]) =>
    [...new Map(rs.map((r) => [r.counterparty, r])).values()].map((r) =>
      receipt(r.counterparty, r.amount, r.investee),
    );

  it("property: when receipts ≤ revenue, the shares and the outside remainder sum to 1", () => {
    fc.assert(
      fc.property(receiptsArb, fc.double({ min: 0, max: 1e4, noNaN: true }), (rs, headroom) => {
        const list = unique(rs);
        const total = list.reduce((s, r) => s + r.amount, 0);
        const revenue = total + headroom + 1e-6;
        const s = splitRevenue(revenue, list);
        const sum = s.lines.reduce((t, l) => t + l.share, 0) + s.outside.share;
        expect(sum).toBeCloseTo(1, 9);
        expect(s.excess).toBeNull();
      }),
    );
  });

  it("property: against a brute-force sum — investees' part, excess and remainder", () => {
    fc.assert(
      fc.property(receiptsArb, fc.double({ min: 1e-3, max: 2e3, noNaN: true }), (rs, revenue) => {
        const list = unique(rs);
        const s = splitRevenue(revenue, list);
        let investees = 0;
        let all = 0;
        for (const r of list) {
          if (r.amount <= 0) continue;
          all += r.amount;
          if (r.investee) investees += r.amount;
        }
        expect(s.fromInvestees.amount).toBeCloseTo(investees, 6);
        expect(s.inDataset.amount).toBeCloseTo(all, 6);
        expect(s.outside.amount).toBeCloseTo(Math.max(0, revenue - all), 6);
        expect(s.excess?.amount ?? 0).toBeCloseTo(Math.max(0, all - revenue), 6);
        expect(s.outside.amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
