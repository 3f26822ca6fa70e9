import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { type EdgeInput, edgeListFrom } from "../graph/edge-list.ts";
import { ConvergenceError, InvalidAmountError, pageRank } from "./pagerank.ts";

const edge = (src: string, dst: string, amount = 1): EdgeInput => ({ src, dst, amount });
const scoresOf = (edges: EdgeInput[], nodes: string[] = [], options = {}) => [
  ...pageRank(edgeListFrom(edges, nodes), options).scores,
];

function expectClose(actual: number[], expected: number[], digits = 9) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a).toBeCloseTo(expected[i] as number, digits);
  });
}

/**
 * PageRank by solving (I − d·Mᵀ) x = (1 − d)/n · 1 directly, where M is the row-stochastic transition
 * matrix and a dangling node's row is uniform 1/n.
 */
function solvePageRank(n: number, edges: EdgeInput[], d: number, weighted: boolean): number[] {
  const w = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const e of edges) {
    const [u, v] = [Number(e.src), Number(e.dst)];
    const row = w[u] as number[];
    row[v] = weighted ? (row[v] as number) + e.amount : 1;
  }
  const a = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (j === n ? (1 - d) / n : i === j ? 1 : 0)),
  );
  for (let u = 0; u < n; u++) {
    const row = w[u] as number[];
    const total = row.reduce((s, x) => s + x, 0);
    for (let v = 0; v < n; v++) {
      const m = total > 0 ? (row[v] as number) / total : 1 / n;
      (a[v] as number[])[u] = ((a[v] as number[])[u] as number) - d * m;
    }
  }
  return gaussianElimination(a);
}

/** Solves the augmented system [A | b] by elimination with partial pivoting. */
function gaussianElimination(a: number[][]): number[] {
  const n = a.length;
  const at = (i: number, j: number) => (a[i] as number[])[j] as number;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(at(r, col)) > Math.abs(at(pivot, col))) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = at(r, col) / at(col, col);
      for (let j = col; j <= n; j++) (a[r] as number[])[j] = at(r, j) - f * at(col, j);
    }
  }
  return Array.from({ length: n }, (_, i) => at(i, n) / at(i, i));
}

describe("pageRank: worked examples", () => {
  it("two nodes a → b: b is dangling and keeps 37/57", () => {
    // x_a = 0.15/2 + 0.85·x_b/2 and x_a + x_b = 1 give x_a = 0.5 / 1.425 = 20/57.
    expectClose(scoresOf([edge("a", "b")]), [20 / 57, 37 / 57]);
  });

  it("a chain a → b → c", () => {
    // x_a = 0.05 + 0.85·x_c/3, x_b = x_a + 0.85·x_a, x_c = x_a + 0.85·x_b; Σ = 1.
    const xa = 1 / (1 + 1.85 + (1 + 0.85 * 1.85));
    expectClose(scoresOf([edge("a", "b"), edge("b", "c")]), [xa, 1.85 * xa, (1 + 0.85 * 1.85) * xa]);
  });

  it("a ring is uniform", () => {
    expectClose(
      scoresOf([edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("d", "a")]),
      [0.25, 0.25, 0.25, 0.25],
    );
  });

  it("a star of four leaves paying a hub: the hub holds 11/21", () => {
    // x_l = 0.03 + 0.17·x_h, x_h = 1 − 4·x_l ⇒ x_h = 0.88 / 1.68.
    const scores = scoresOf(["l1", "l2", "l3", "l4"].map((l) => edge(l, "hub")));
    expectClose(scores, [5 / 42, 11 / 21, 5 / 42, 5 / 42, 5 / 42]);
  });

  it("keeps self-loops: paying oneself holds the walker", () => {
    // b is dangling: x_b = 0.075 + 0.425·x_b = 3/23, and a keeps the rest.
    expectClose(scoresOf([edge("a", "a")], ["a", "b"]), [20 / 23, 3 / 23]);
  });

  it("docs/methods/centrality.md: a pays b 3 and c 1, both pay a back", () => {
    const edges = [edge("a", "b", 3), edge("a", "c", 1), edge("b", "a"), edge("c", "a")];
    expectClose(scoresOf(edges), [18 / 37, 13.325 / 37, 5.675 / 37]);
    expectClose(scoresOf(edges, [], { weighted: false }), [18 / 37, 19 / 74, 19 / 74]);
  });

  it("an empty graph has no scores; a single node has all of it", () => {
    expect(scoresOf([])).toEqual([]);
    expectClose(scoresOf([], ["only"]), [1]);
  });

  it("damping 0 is uniform after one step", () => {
    const result = pageRank(edgeListFrom([edge("a", "b"), edge("a", "c")]), { damping: 0 });
    expectClose([...result.scores], [1 / 3, 1 / 3, 1 / 3]);
    expect(result).toMatchObject({ iterations: 1, converged: true });
  });
});

describe("pageRank: weights", () => {
  const split = [edge("a", "b", 3), edge("a", "c", 1), edge("b", "a", 1), edge("c", "a", 1)];

  it("follows money in proportion to the amount", () => {
    const [, b, c] = scoresOf(split);
    expect(b as number).toBeGreaterThan(c as number);
    expectClose(scoresOf(split), solvePageRank(3, renumber(split), 0.85, true));
  });

  it("sums parallel edges when weighted", () => {
    const parallel = [edge("a", "b", 1), edge("a", "b", 2), ...split.slice(1)];
    expectClose(scoresOf(parallel), scoresOf(split), 12);
  });

  it("collapses parallel edges and ignores amounts when unweighted", () => {
    const parallel = [edge("a", "b", 7), edge("a", "b", 2), ...split.slice(1)];
    const unweighted = scoresOf(parallel, [], { weighted: false });
    expect(unweighted[1]).toBeCloseTo(unweighted[2] as number, 12);
    expectClose(unweighted, scoresOf(split, [], { weighted: false }), 12);
  });

  it("treats a node whose out-edges carry 0 as dangling", () => {
    expectClose(scoresOf([edge("a", "b"), edge("b", "a", 0)]), scoresOf([edge("a", "b")]), 12);
  });

  it("rejects a negative or non-finite amount when weighted, with the edge", () => {
    const list = edgeListFrom([edge("a", "b"), edge("b", "a", -2)]);
    expect(() => pageRank(list)).toThrow(InvalidAmountError);
    expect(() => pageRank(list)).toThrow(expect.objectContaining({ edge: 1, amount: -2 }));
    expect(() => pageRank(edgeListFrom([edge("a", "b", Number.NaN)]))).toThrow(InvalidAmountError);
    expect(pageRank(list, { weighted: false }).converged).toBe(true);
  });
});

describe("pageRank: errors", () => {
  it("throws a ConvergenceError carrying the iterations and the residual", () => {
    const list = edgeListFrom(["b", "c", "d"].map((l) => edge("a", l)));
    let error: unknown;
    try {
      pageRank(list, { maxIterations: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConvergenceError);
    expect(error).toMatchObject({ iterations: 2, converged: false });
    expect((error as ConvergenceError).residual).toBeGreaterThan(1e-10);
  });

  it("rejects options out of range", () => {
    const list = edgeListFrom([edge("a", "b")]);
    expect(() => pageRank(list, { damping: 1.5 })).toThrow(ModelInputError);
    expect(() => pageRank(list, { damping: Number.NaN })).toThrow(ModelInputError);
    expect(() => pageRank(list, { maxIterations: 0 })).toThrow(ModelInputError);
    expect(() => pageRank(list, { tolerance: -1 })).toThrow(ModelInputError);
  });
});

/** Edges with node names "0" … "n-1" so that dense index = name. */
function renumber(edges: EdgeInput[]): EdgeInput[] {
  const ids = new Map<string, string>();
  const id = (s: string) => {
    if (!ids.has(s)) ids.set(s, String(ids.size));
    return ids.get(s) as string;
  };
  return edges.map((e) => ({ ...e, src: id(e.src), dst: id(e.dst) }));
}

const graphs = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.record({
        src: fc.nat(n - 1).map(String),
        dst: fc.nat(n - 1).map(String),
        amount: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 1, max: 9 }),
          fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        ),
      }),
      { maxLength: 16 },
    ),
    damping: fc.constantFrom(0.5, 0.85, 0.95),
    weighted: fc.boolean(),
  }),
);

describe("pageRank: properties", () => {
  const nodes = (n: number) => Array.from({ length: n }, (_, i) => String(i));

  it("matches the solution of the linear system (I − d·Mᵀ) x = (1 − d)/n · 1", () => {
    fc.assert(
      fc.property(graphs, ({ n, edges, damping, weighted }) => {
        const { scores } = pageRank(edgeListFrom(edges, nodes(n)), { damping, weighted });
        const exact = solvePageRank(n, edges, damping, weighted);
        scores.forEach((x, i) => {
          expect(Math.abs(x - (exact[i] as number))).toBeLessThan(1e-8);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("is a distribution, independent of the order of the edges", () => {
    fc.assert(
      fc.property(graphs, fc.infiniteStream(fc.nat()), ({ n, edges, damping, weighted }, keys) => {
        const { scores } = pageRank(edgeListFrom(edges, nodes(n)), { damping, weighted });
        expect(scores.every((x) => x > 0)).toBe(true);
        expect(scores.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        const order = edges.map((e) => ({ e, k: keys.next().value as number }));
        order.sort((a, b) => a.k - b.k);
        const shuffled = pageRank(
          edgeListFrom(
            order.map((o) => o.e),
            nodes(n),
          ),
          { damping, weighted },
        );
        shuffled.scores.forEach((x, i) => {
          expect(x).toBeCloseTo(scores[i] as number, 12);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
