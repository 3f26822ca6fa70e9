import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../testing/tiny.ts";
import type { Dataset } from "../model/dataset.ts";
import { moneyGraph } from "../network/money-graph.ts";
import { findMoneyLoops } from "./money-loops.ts";

let data: Dataset;
beforeAll(async () => {
  data = await loadTiny();
});

describe("money loops on the tiny dataset", () => {
  it("finds the ring chips → lab → cloud → chips on the announced basis, read from its largest step", () => {
    const { loops, truncated } = findMoneyLoops(moneyGraph(data, { basis: "announced", asOf: "2026-01-01" }));
    expect(truncated).toBe(false);
    expect(loops).toHaveLength(1);
    const [loop] = loops;
    expect(loop?.entities).toEqual(["chips", "lab", "cloud"]);
    // chips → lab 100 (50 + 50 conditional), lab → cloud 75 (the press report, counted instead of the
    // overlapping 60 contract), cloud → chips 40 (an LOI).
    expect(loop?.steps.map((s) => s.amount)).toEqual([100, 75, 40]);
    expect(loop?.bottleneck).toBe(40);
    expect(loop?.total).toBe(215);
    expect(loop?.nonBinding).toBe(true);
    expect(loop?.conditional).toBe(false);
    // …but the chips → lab step includes the conditional milestone tranche.
    expect(loop?.includesConditional).toBe(true);
    expect(loop?.includesNonBinding).toBe(true);
    expect(loop?.span).toEqual({ from: "2025-01-10", to: "2025-05-01", days: 111 });
    expect(loop?.steps[0]?.deals.map((d) => d.flow)).toEqual(["upfront", "milestone"]);
  });

  it("finds no loop on the committed basis, where the chip LOI binds nobody", () => {
    expect(findMoneyLoops(moneyGraph(data, { basis: "committed", asOf: "2026-01-01" })).loops).toEqual([]);
  });

  it("drops edges under --min-amount and keeps loops through an entity", () => {
    const graph = (minAmount: number) =>
      moneyGraph(data, { basis: "announced", asOf: "2026-01-01", minAmount });
    expect(findMoneyLoops(graph(41)).loops).toEqual([]);
    expect(findMoneyLoops(graph(0), { entity: "cloud" }).loops).toHaveLength(1);
  });

  it("time-respecting: the ring closes only if every deal follows the previous within the window", () => {
    const graph = moneyGraph(data, { basis: "announced", asOf: "2026-01-01" });
    const day = 86_400;
    // chips→lab on 2025-01-10, lab→cloud (report) on 2025-04-01, cloud→chips on 2025-05-01: 111 days.
    const within = findMoneyLoops(graph, { temporal: { window: 111 * day } });
    expect(within.loops.map((l) => l.entities)).toEqual([
      ["chips", "lab", "cloud"],
      ["chips", "lab", "cloud"],
    ]);
    expect(findMoneyLoops(graph, { temporal: { window: 110 * day } }).loops).toEqual([]);
  });

  it("stops at the cap and says so", () => {
    const result = findMoneyLoops(moneyGraph(data, { basis: "announced", asOf: "2026-01-01" }), { cap: 0 });
    expect(result.truncated).toBe(true);
  });
});
