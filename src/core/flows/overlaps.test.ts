import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseCounted, overlapClusters } from "./overlaps.ts";

function graphOf(n: number, edges: [number, number][]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)?.add(b);
  };
  for (const [a, b] of edges) {
    if (a === b || a >= n || b >= n) continue;
    link(`d${a}`, `d${b}`);
    link(`d${b}`, `d${a}`);
  }
  return graph;
}

/** Brute force over all subsets of all overlapping deals: the best independent total. */
function bruteBest(graph: Map<string, Set<string>>, weight: (id: string) => number): number {
  const ids = [...graph.keys()];
  let best = 0;
  for (let mask = 0; mask < 1 << ids.length; mask++) {
    const chosen = ids.filter((_, i) => mask & (1 << i));
    const ok = chosen.every((a) => chosen.every((b) => !graph.get(a)?.has(b)));
    if (ok)
      best = Math.max(
        best,
        chosen.reduce((s, id) => s + weight(id), 0),
      );
  }
  return best;
}

describe("overlap choice", () => {
  it("a pair keeps the larger deal", () => {
    const graph = graphOf(2, [[0, 1]]);
    const w = (id: string) => (id === "d0" ? 300 : 100);
    expect([...chooseCounted(graph, w).excluded]).toEqual([["d1", "d0"]]);
  });

  it("an aggregate overlapping three components keeps whichever side is larger", () => {
    // d0 = 66 (aggregate); d1, d2, d3 = 38, 18, 16 (components, which do not overlap each other).
    const graph = graphOf(4, [
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    const weights: Record<string, number> = { d0: 66, d1: 38, d2: 18, d3: 16 };
    const choice = chooseCounted(graph, (id) => weights[id] ?? 0);
    expect([...choice.excluded.keys()]).toEqual(["d0"]);
    expect(choice.excluded.get("d0")).toBe("d1");
    weights.d0 = 80;
    expect([...chooseCounted(graph, (id) => weights[id] ?? 0).excluded.keys()].sort()).toEqual([
      "d1",
      "d2",
      "d3",
    ]);
  });

  it("matches brute force on random small overlap graphs, and never keeps two overlapping deals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 14 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 9, maxLength: 9 }),
        (n, edges, ws) => {
          const graph = graphOf(n, edges);
          const weight = (id: string) => ws[Number(id.slice(1))] ?? 0;
          const { excluded, approximate } = chooseCounted(graph, weight);
          expect(approximate).toBe(false);
          const kept = [...graph.keys()].filter((id) => !excluded.has(id));
          for (const a of kept) for (const b of kept) expect(graph.get(a)?.has(b) ?? false).toBe(false);
          const total = kept.reduce((s, id) => s + weight(id), 0);
          expect(total).toBe(bruteBest(graph, weight));
          for (const [id, countedIn] of excluded) {
            expect(graph.get(id)?.has(countedIn)).toBe(true);
            expect(excluded.has(countedIn)).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("clusters are the connected components", () => {
    const graph = graphOf(5, [
      [0, 1],
      [1, 2],
      [3, 4],
    ]);
    expect(overlapClusters(graph)).toEqual([
      ["d0", "d1", "d2"],
      ["d3", "d4"],
    ]);
  });
});
