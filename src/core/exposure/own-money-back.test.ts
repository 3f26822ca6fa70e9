import { describe, expect, it } from "vitest";
import type { FlowRow } from "../flows/expand.ts";
import { ownMoneyBackByYear } from "./own-money-back.ts";

const row = (from: string, to: string, year: number, value: number) =>
  ({
    deal: `${from}-${to}`,
    flow: "1",
    from,
    to,
    year,
    amount: { value, low: value, high: value },
  }) as FlowRow;

describe("own money coming back, per calendar year", () => {
  it("a two-party round trip with no other money: all of it is its own", () => {
    // chips invests 10 in lab, lab buys 10 of chips: a closed circulation.
    const back = ownMoneyBackByYear([row("chips", "lab", 2025, 10), row("lab", "chips", 2025, 10)], "chips");
    expect(back.get(2025)).toBeCloseTo(1, 12);
  });

  it("lab mixes chips's 10 with 10 from outside investors and pays chips 20: half of it is chips's own", () => {
    // chips: inflow 20, outflow 10, throughput 20. A dollar at chips returns with probability 1/2 (it
    // goes to lab, then back), so N = 2, self = (1 − 1/2) × 20 = 10 of an inflow of 20.
    const rows = [row("chips", "lab", 2025, 10), row("fund", "lab", 2025, 10), row("lab", "chips", 2025, 20)];
    expect(ownMoneyBackByYear(rows, "chips").get(2025)).toBeCloseTo(0.5, 12);
  });

  it("years apart: money sent in 2024 does not come back in a 2025 receipt", () => {
    const rows = [row("chips", "lab", 2024, 10), row("lab", "chips", 2025, 10)];
    const back = ownMoneyBackByYear(rows, "chips");
    expect(back.get(2025)).toBe(0);
    expect(back.has(2024)).toBe(false);
  });

  it("a buyer with no link back pays none of chips's money", () => {
    expect(ownMoneyBackByYear([row("shop", "chips", 2025, 7)], "chips").get(2025)).toBe(0);
  });
});
