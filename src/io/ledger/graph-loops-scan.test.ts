/**
 * `loops --graph` on threads gives what the one-thread search gives: the same counts, and with a cap
 * the same loops (the first `cap` in the one-thread order), for simple and time-respecting loops.
 */
import { describe, expect, it } from "vitest";
import type { EdgeList } from "../../core/graph/edge-list.ts";
import { countGraphLoops, findGraphLoops, type GraphLoopSearch } from "../../core/loops/graph-loops.ts";
import { createRng } from "../../core/random.ts";
import { countGraphLoopsScan, findGraphLoopsScan } from "./graph-loops-scan.ts";

/** A random multigraph: repeated pairs, self-loops, times as whole days (ties). */
function randomGraph(n: number, m: number, seed: number): EdgeList {
  const rng = createRng(seed);
  const pick = () => Math.floor(rng.next() * n);
  return {
    nodeIds: Array.from({ length: n }, (_, i) => `n${i}`),
    src: Int32Array.from({ length: m }, pick),
    dst: Int32Array.from({ length: m }, pick),
    amount: Float64Array.from({ length: m }, () => Math.round(rng.next() * 1000) / 10),
    ts: Float64Array.from({ length: m }, () => Math.floor(rng.next() * 60)),
    edgeIds: null,
  };
}

const searches: [string, GraphLoopSearch][] = [
  ["simple, capped", { maxLength: 5, cap: 300 }],
  ["simple, all", { maxLength: 4 }],
  ["time-respecting, capped", { maxLength: 6, temporal: { window: 20 }, cap: 40 }],
  ["time-respecting, all", { maxLength: 8, temporal: { window: 10 } }],
];

describe("loops --graph on worker threads", () => {
  const list = randomGraph(50, 500, 11);
  it.each(searches)(
    "%s: the same counts and loops as on one thread",
    async (_, search) => {
      const expected = findGraphLoops(list, search);
      expect(expected.loops.length).toBeGreaterThan(0);
      expect(await findGraphLoopsScan(list, search, { workers: 2 })).toEqual(expected);
      expect(await countGraphLoopsScan(list, search, { workers: 2 })).toEqual(countGraphLoops(list, search));
    },
    60_000,
  );

  it("says truncated exactly when there are more loops than the cap", async () => {
    const search: GraphLoopSearch = { maxLength: 4 };
    const { total } = countGraphLoops(list, search);
    const at = await findGraphLoopsScan(list, { ...search, cap: total }, { workers: 2 });
    const below = await findGraphLoopsScan(list, { ...search, cap: total - 1 }, { workers: 2 });
    expect([at.truncated, at.loops.length]).toEqual([false, total]);
    expect([below.truncated, below.loops.length]).toEqual([true, total - 1]);
  }, 60_000);
});
