import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EdgeInput, edgeListFrom } from "../graph/edge-list.ts";
import { createRng } from "../random.ts";
import type { CircularityError } from "./error.ts";
import { nullModel } from "./null-model.ts";
import { rewire } from "./rewire.ts";
import { simpleDigraph, type WeightedDigraph } from "./simple-digraph.ts";

const edge = (src: string, dst: string, amount: number): EdgeInput => ({ src, dst, amount });

const graphs = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc
    .array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 }), fc.integer({ min: 1, max: 30 })), {
      maxLength: 20,
    })
    .map((edges) =>
      edgeListFrom(
        edges.map(([s, d, a]) => edge(`n${s}`, `n${d}`, a)),
        Array.from({ length: n }, (_, i) => `n${i}`),
      ),
    ),
);

function degrees(g: WeightedDigraph): { out: number[]; in: number[] } {
  const out = new Array<number>(g.n).fill(0);
  const into = new Array<number>(g.n).fill(0);
  g.src.forEach((s, e) => {
    out[s] = (out[s] as number) + 1;
    const d = g.dst[e] as number;
    into[d] = (into[d] as number) + 1;
  });
  return { out, in: into };
}

/** Each payment as "payer:amount", sorted: rewiring may change only who receives it. */
function payments(g: WeightedDigraph): string[] {
  return Array.from(g.src, (s, e) => `${s}:${g.amount[e]}`).sort();
}

describe("rewire (Maslov–Sneppen double-edge swaps)", () => {
  it("two separate payments a→b, c→d can become a→d, c→b, each keeping payer and amount", () => {
    const g = simpleDigraph(edgeListFrom([edge("a", "b", 5), edge("c", "d", 7)]));
    const { graph, accepted } = rewire(g, 10, createRng(1));
    expect(accepted).toBeGreaterThan(0);
    const pairs = Array.from(graph.src, (s, e) => [s, graph.dst[e], graph.amount[e]]);
    // Every accepted swap toggles between the two wirings.
    const swapped = [
      [0, 3, 5],
      [2, 1, 7],
    ];
    const original = [
      [0, 1, 5],
      [2, 3, 7],
    ];
    expect(pairs).toEqual(accepted % 2 === 1 ? swapped : original);
  });

  it("a directed triangle cannot be rewired (every swap makes a self-loop or a parallel edge)", () => {
    const g = simpleDigraph(edgeListFrom([edge("a", "b", 1), edge("b", "c", 1), edge("c", "a", 1)]));
    expect(rewire(g, 100, createRng(3)).accepted).toBe(0);
  });

  it("keeps every node's in- and out-degree, each payment's payer and amount, and simplicity", () => {
    fc.assert(
      fc.property(graphs, fc.integer(), fc.integer({ min: 0, max: 200 }), (list, seed, attempts) => {
        const g = simpleDigraph(list);
        const { graph } = rewire(g, attempts, createRng(seed));
        expect(degrees(graph)).toEqual(degrees(g));
        expect(payments(graph)).toEqual(payments(g));
        const pairs = Array.from(graph.src, (s, e) => s * graph.n + (graph.dst[e] as number));
        expect(new Set(pairs).size).toBe(pairs.length);
        expect(Array.from(graph.src).every((s, e) => s !== graph.dst[e])).toBe(true);
        expect(degrees(g)).toEqual(degrees(simpleDigraph(list)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("nullModel", () => {
  const ring = edgeListFrom([edge("A", "B", 110), edge("B", "C", 110), edge("C", "A", 100)]);

  it("a graph that cannot be rewired is its own null: nothing is surprising (p = 1)", () => {
    const result = nullModel(ring, { samples: 9, seed: 1 });
    expect(result.acceptance).toBe(0);
    for (const node of result.nodes) {
      expect(node.nullMean).toBeCloseTo(node.observed, 12);
      expect(node.nullSd).toBeCloseTo(0, 12);
      expect(node.pValue).toBe(1);
      expect(node.loops.observed).toBeCloseTo(10 / 11, 12);
      expect(node.loops.nullMean).toBeCloseTo(10 / 11, 12);
      expect(node.loops.pValue).toBe(1);
    }
    expect(result.multiplier).toEqual({ observed: 32, nullMean: 32, nullSd: 0, pValue: 1 });
  });

  it("a ring hidden among chains is more circular than its rewirings", () => {
    // Ring A→B→C→A carrying 100 with 10 entering at A; eight one-hop payments beside it give the
    // swaps room to break the ring.
    const others = Array.from({ length: 8 }, (_, i) => edge(`p${i}`, `q${i}`, 100));
    const list = edgeListFrom([edge("A", "B", 110), edge("B", "C", 110), edge("C", "A", 100), ...others]);
    const result = nullModel(list, { samples: 99, seed: 7 });
    const a = result.nodes.find((node) => node.id === "A");
    expect(a?.observed).toBeCloseTo(10 / 11, 12);
    expect(a?.nullMean).toBeLessThan(a?.observed as number);
    expect(a?.pValue).toBeLessThan(0.2);
    // One ring, so the loop share is the mixing self-share; rewired, the loop share is never larger.
    expect(a?.loops.observed).toBeCloseTo(10 / 11, 12);
    expect(a?.loops.nullMean).toBeLessThanOrEqual((a?.nullMean as number) + 1e-12);
    expect(a?.loops.pValue).toBeLessThan(0.2);
    expect(result.loopSearchComplete).toBe(true);
    expect(result.multiplier.observed).toBeCloseTo(1120 / 810, 12);
  });

  it("is deterministic for a seed", () => {
    const list = edgeListFrom(
      Array.from({ length: 12 }, (_, i) => edge(`n${i % 5}`, `n${(i * 3 + 1) % 7}`, i + 1)),
    );
    const a = nullModel(list, { samples: 20, seed: 123 });
    const b = nullModel(list, { samples: 20, seed: 123 });
    expect(a).toEqual(b);
  });

  it("p-values lie in (0, 1], null means of shares in [0, 1], progress counts every sample", () => {
    fc.assert(
      fc.property(graphs, fc.integer(), (list, seed) => {
        const done: number[] = [];
        const result = nullModel(list, {
          samples: 5,
          seed,
          swapsPerEdge: 3,
          onProgress: (k) => done.push(k),
        });
        expect(done).toEqual([1, 2, 3, 4, 5]);
        for (const node of result.nodes) {
          expect(node.pValue).toBeGreaterThan(0);
          expect(node.pValue).toBeLessThanOrEqual(1);
          expect(node.nullMean).toBeGreaterThanOrEqual(0);
          expect(node.nullMean).toBeLessThanOrEqual(1 + 1e-12);
          expect(node.loops.pValue).toBeGreaterThan(0);
          expect(node.loops.pValue).toBeLessThanOrEqual(1);
          expect(node.loops.observed).toBeLessThanOrEqual(node.observed + 1e-9);
          expect(node.loops.nullMean).toBeLessThanOrEqual(node.nullMean + 1e-9);
        }
        const p = result.multiplier.pValue;
        if (p !== null) expect(p > 0 && p <= 1).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("no flow: the multiplier has no null distribution", () => {
    const result = nullModel(edgeListFrom([edge("A", "A", 5)]), { samples: 3, seed: 0 });
    expect(result.multiplier).toEqual({ observed: null, nullMean: null, nullSd: null, pValue: null });
    // (Since the loop share was added, each node also carries `loops`, the same four numbers for it.)
    const none = { observed: 0, nullMean: 0, nullSd: 0, pValue: 1 };
    expect(result.nodes).toEqual([{ id: "A", ...none, loops: none }]);
  });

  it("bad options are errors carrying the option", () => {
    const problem = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as CircularityError).problem;
      }
    };
    expect(problem(() => nullModel(ring, { samples: 0, seed: 1 }))).toEqual({
      code: "invalid-option",
      option: "samples",
      value: 0,
    });
    expect(problem(() => nullModel(ring, { samples: 1, seed: 0.5 }))).toMatchObject({ option: "seed" });
    expect(problem(() => nullModel(ring, { samples: 1, seed: 1, swapsPerEdge: -1 }))).toMatchObject({
      option: "swapsPerEdge",
    });
  });
});
