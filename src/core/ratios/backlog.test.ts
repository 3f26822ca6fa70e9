/** A seller's backlog: committed money not yet paid, by reported payments, else the contract's term; never guessed. */
import { describe, expect, it } from "vitest";
import { dataset, deal } from "../../testing/power-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { contractedBacklog, shareAfter } from "./backlog.ts";
import { concentrationRatio } from "./concentration-ratio.ts";

const cash = (from: string, value: number) => ({
  kind: "cash" as const,
  from,
  to: "cloud",
  unit: "USD" as const,
  value,
});

/**
 * Four customers of "cloud", as of 2026-12-31:
 * - paid: 100 committed, 60 reported paid → 40 left;
 * - termed: 100 over 2025–2028 (4 years, no payment reported) → 2 years left, 50;
 * - untimed: 100, no term, no payment → counted whole, 100, flagged;
 * - history: 80 paid in 2024 and no contract beyond it → nothing left.
 */
const DATA = dataset({
  deals: [
    withPaid(
      deal("paid", [cash("lab-a", 100)], { period: { start: "2025-01", end: "2027-12" } }),
      60,
      "2026-06",
    ),
    deal("termed", [cash("lab-b", 100)], { period: { start: "2025-01-01", end: "2028-12-31" } }),
    deal("untimed", [cash("lab-c", 100)]),
    paidOnly(deal("history", [cash("lab-d", 80)], { period: { start: "2024-01-01", end: "2024-12-31" } })),
  ],
}) as unknown as Dataset;

function withPaid<T extends { flows: object[] }>(d: T, value: number, asOf: string): T {
  return { ...d, flows: d.flows.map((f) => ({ ...f, paid: { value, asOf, sources: ["s"] } })) };
}
function paidOnly<T extends { flows: object[] }>(d: T): T {
  return {
    ...d,
    flows: d.flows.map((f) => {
      const { committed, ...rest } = f as { committed: object };
      return { ...rest, paid: { ...committed, asOf: "2024-12-31" } };
    }),
  };
}

describe("contracted backlog", () => {
  const byDeal = (asOf: string) => new Map(contractedBacklog(DATA, asOf, "cloud").map((c) => [c.deal, c]));

  it("subtracts reported payments, the term already run, and nothing it cannot know", () => {
    const b = byDeal("2026-12-31");
    expect(b.get("paid")).toMatchObject({ contracted: 100, paid: 60, remaining: 40, basis: "paid" });
    expect(b.get("termed")?.basis).toBe("term");
    expect(b.get("termed")?.remaining).toBeCloseTo(50, 0);
    expect(b.get("untimed")).toMatchObject({ remaining: 100, basis: "untimed" });
    expect(b.get("history")).toMatchObject({ paid: 80, remaining: 0, basis: "paid-only" });
  });

  it("ignores a payment reported after the as-of date", () => {
    const b = byDeal("2026-01-31");
    expect(b.get("paid")?.basis).toBe("term");
    expect(b.get("paid")?.paid).toBe(0);
  });

  it("shares the customers by what is left, never by what was already paid", () => {
    const ratio = concentrationRatio(DATA as never, "2026-12-31", "cloud");
    const amounts = Object.fromEntries(
      ratio.inputs
        .filter((i) => i.label.key === "report.ratios.input.backlogShare")
        .map((i) => [i.label.values.customer, i.value]),
    );
    expect(amounts["lab-a"]).toBe(40);
    expect(amounts["lab-c"]).toBe(100);
    expect(amounts["lab-d"]).toBeUndefined();
    const total = 40 + (amounts["lab-b"] ?? 0) + 100;
    expect(ratio.value).toBeCloseTo(
      (40 / total) ** 2 + ((amounts["lab-b"] ?? 0) / total) ** 2 + (100 / total) ** 2,
      6,
    );
    const untimed = ratio.inputs.find((i) => i.label.key === "report.ratios.input.backlogUntimed");
    expect(untimed).toMatchObject({ value: 100, from: "deals:untimed" });
  });
});

describe("the share of a contract still ahead on a date", () => {
  it("reads a period by days, a term in years, a schedule by its weights", () => {
    expect(shareAfter({ period: { start: "2030" } }, {}, "2026-06-30")).toBe(1);
    expect(shareAfter({ period: { start: "2025-01-01", end: "2026-12-31" } }, {}, "2025-12-31")).toBeCloseTo(
      0.5,
      2,
    );
    expect(shareAfter({ period: { start: "2020-01", years: 2 } }, {}, "2026-06-30")).toBe(0);
    const schedule = [
      { year: 2025, share: 1 },
      { year: 2026, share: 1 },
      { year: 2027, share: 2 },
    ];
    expect(shareAfter({}, { schedule }, "2026-12-31")).toBeCloseTo(0.5, 6);
  });

  it("says it does not know when nothing dates the contract", () => {
    expect(shareAfter({}, {}, "2026-06-30")).toBeUndefined();
    expect(shareAfter({ period: { start: "2025-01" } }, {}, "2026-06-30")).toBeUndefined();
  });
});
