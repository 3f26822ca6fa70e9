import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EdgeInput, edgeListFrom } from "../graph/edge-list.ts";
import { betweenness } from "./betweenness.ts";
import { InvalidAmountError } from "./pagerank.ts";

const edge = (src: string, dst: string, amount = 1): EdgeInput => ({ src, dst, amount });
const both = (a: string, b: string, amount = 1) => [edge(a, b, amount), edge(b, a, amount)];
const raw = (edges: EdgeInput[], weighted = false, nodes: string[] = []) => [
  ...betweenness(edgeListFrom(edges, nodes), { weighted, normalized: false }),
];

function expectClose(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a).toBeCloseTo(expected[i] as number, 9);
  });
}

describe("betweenness: worked examples", () => {
  it("a chain a → b → c: b carries the one pair (a, c)", () => {
    const list = edgeListFrom([edge("a", "b"), edge("b", "c")]);
    expect([...betweenness(list, { normalized: false })]).toEqual([0, 1, 0]);
    expect([...betweenness(list)]).toEqual([0, 0.5, 0]);
  });

  it("a star with ties both ways: the hub is on every path between leaves", () => {
    const edges = ["l1", "l2", "l3", "l4"].flatMap((l) => both("hub", l));
    expect(raw(edges)).toEqual([12, 0, 0, 0, 0]);
    expectClose([...betweenness(edgeListFrom(edges))], [1, 0, 0, 0, 0]);
  });

  it("a directed ring of four: each node is between three pairs", () => {
    const ring = [edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("d", "a")];
    expect(raw(ring)).toEqual([3, 3, 3, 3]);
    expectClose([...betweenness(edgeListFrom(ring))], [0.5, 0.5, 0.5, 0.5]);
  });

  it("two nodes, one node, no node: all zero, also when normalized", () => {
    expect([...betweenness(edgeListFrom(both("a", "b")))]).toEqual([0, 0]);
    expect([...betweenness(edgeListFrom([], ["a"]))]).toEqual([0]);
    expect([...betweenness(edgeListFrom([]))]).toEqual([]);
  });

  it("a diamond splits the pair (s, t) between its two middle nodes", () => {
    expect(raw([edge("s", "a"), edge("s", "b"), edge("a", "t"), edge("b", "t")])).toEqual([0, 0.5, 0.5, 0]);
  });

  it("counts isolated nodes in the normalization", () => {
    expect([...betweenness(edgeListFrom([edge("a", "b"), edge("b", "c")], ["a", "b", "c", "z"]))]).toEqual([
      0,
      1 / 6,
      0,
      0,
    ]);
  });

  it("ignores self-loops and collapses parallel edges when unweighted", () => {
    const chain = [edge("a", "b"), edge("b", "c")];
    expect(raw([...chain, edge("b", "b"), edge("a", "a")])).toEqual(raw(chain));
    expect(raw([...chain, edge("a", "b", 5), edge("b", "c", 7)])).toEqual(raw(chain));
  });
});

describe("betweenness: weighted by 1 / amount", () => {
  it("docs/methods/centrality.md: the heavy route through a", () => {
    const list = edgeListFrom([edge("s", "a", 10), edge("a", "t", 10), edge("s", "t", 1), edge("t", "u", 5)]);
    expectClose([...betweenness(list)], [0, 0, 1 / 3, 0]);
    expectClose([...betweenness(list, { weighted: true })], [0, 1 / 3, 1 / 3, 0]);
  });

  it("prefers two heavy hops to one light direct payment", () => {
    const edges = [edge("s", "a", 10), edge("a", "t", 10), edge("s", "t", 1)];
    expect(raw(edges)).toEqual([0, 0, 0]);
    expect(raw(edges, true)).toEqual([0, 1, 0]);
  });

  it("sums parallel payments into one tie", () => {
    const edges = [edge("s", "t", 1), edge("s", "a", 1), edge("a", "t", 1)];
    expect(raw(edges, true)).toEqual([0, 0, 0]); // 1/1 + 1/1 = 2 > 1
    expect(raw([...edges, edge("s", "a", 3), edge("a", "t", 3)], true)).toEqual([0, 0, 1]); // 1/4 + 1/4 < 1
  });

  it("counts equal lengths as ties despite rounding (1/3 + 1/3 + 1/3 = 1/2 + 1/2 = 1)", () => {
    const edges = [
      edge("s", "t", 1),
      edge("s", "a", 2),
      edge("a", "t", 2),
      edge("s", "x", 3),
      edge("x", "y", 3),
      edge("y", "t", 3),
    ];
    // (s, t) has three shortest paths; x alone is between s and y, y alone between x and t.
    expectClose(raw(edges, true), [0, 0, 1 / 3, 4 / 3, 4 / 3]);
  });

  it("leaves out ties of amount 0 and rejects negative amounts", () => {
    expect(raw([edge("a", "b"), edge("b", "c"), edge("a", "c", 0)], true)).toEqual([0, 1, 0]);
    const bad = edgeListFrom([edge("a", "b"), edge("b", "c", -1)]);
    expect(() => betweenness(bad, { weighted: true })).toThrow(InvalidAmountError);
    expect(() => betweenness(bad)).not.toThrow();
  });
});

type Graph = { n: number; edges: EdgeInput[] };

/** Length of the tie u → v (1 / Σ amounts, or 1 when unweighted); Infinity when there is none. */
function lengthMatrix({ n, edges }: Graph, weighted: boolean): number[][] {
  const total = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const present = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const e of edges) {
    const [u, v] = [Number(e.src), Number(e.dst)];
    (total[u] as number[])[v] = ((total[u] as number[])[v] as number) + e.amount;
    (present[u] as boolean[])[v] = true;
  }
  return total.map((row, u) =>
    row.map((t, v) => {
      if (u === v || !(present[u] as boolean[])[v]) return Number.POSITIVE_INFINITY;
      if (!weighted) return 1;
      return t > 0 ? 1 / t : Number.POSITIVE_INFINITY;
    }),
  );
}

/** Unweighted brute force: lists every shortest path of every ordered pair and credits its interior. */
function bruteUnweighted(graph: Graph): number[] {
  const { n } = graph;
  const len = lengthMatrix(graph, false);
  const scores = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const hops = new Array<number>(n).fill(-1);
    hops[s] = 0;
    const queue = [s];
    for (const v of queue) {
      for (let w = 0; w < n; w++) {
        if ((len[v] as number[])[w] === 1 && hops[w] === -1) {
          hops[w] = (hops[v] as number) + 1;
          queue.push(w);
        }
      }
    }
    // Every walk that gains one hop of distance from s per step is a shortest path to where it ends.
    const paths: number[][] = [];
    const extend = (path: number[]) => {
      paths.push(path);
      const v = path[path.length - 1] as number;
      for (let w = 0; w < n; w++) {
        if ((len[v] as number[])[w] === 1 && hops[w] === path.length) extend([...path, w]);
      }
    };
    extend([s]);
    for (let t = 0; t < n; t++) {
      const toT = paths.filter((p) => p[p.length - 1] === t && t !== s);
      for (const p of toT) for (const v of p.slice(1, -1)) scores[v] = (scores[v] as number) + 1 / toT.length;
    }
  }
  return scores;
}

const tie = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Weighted brute force: Floyd–Warshall distances, path counts over tight ties, pair dependencies. */
function bruteWeighted(graph: Graph): number[] {
  const { n } = graph;
  const len = lengthMatrix(graph, true);
  const at = (m: number[][], i: number, j: number) => (m[i] as number[])[j] as number;
  const dist = len.map((row, i) => row.map((x, j) => (i === j ? 0 : x)));
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const via = at(dist, i, k) + at(dist, k, j);
        if (via < at(dist, i, j)) (dist[i] as number[])[j] = via;
      }
  const sigma = dist.map((row, s) => {
    const count = new Array<number>(n).fill(0);
    count[s] = 1;
    const order = [...row.keys()].filter((v) => v !== s && row[v] !== Number.POSITIVE_INFINITY);
    order.sort((a, b) => (row[a] as number) - (row[b] as number));
    for (const v of order) {
      for (let u = 0; u < n; u++) {
        if (u !== v && tie((row[u] as number) + at(len, u, v), row[v] as number)) {
          count[v] = (count[v] as number) + (count[u] as number);
        }
      }
    }
    return count;
  });
  const scores = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++) {
      if (s === t || at(dist, s, t) === Number.POSITIVE_INFINITY) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || !tie(at(dist, s, v) + at(dist, v, t), at(dist, s, t))) continue;
        scores[v] = (scores[v] as number) + (at(sigma, s, v) * at(sigma, v, t)) / at(sigma, s, t);
      }
    }
  return scores;
}

const graphs = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.record({
        src: fc.nat(n - 1).map(String),
        dst: fc.nat(n - 1).map(String),
        // Unit fractions whose sums often coincide (1/2 + 1/2 = 1, 1/3 + 1/6 = 1/2 …) make many ties.
        amount: fc.constantFrom(0, 1, 2, 3, 4, 6),
      }),
      { maxLength: 18 },
    ),
  }),
);
const listOf = ({ n, edges }: Graph) =>
  edgeListFrom(
    edges,
    Array.from({ length: n }, (_, i) => String(i)),
  );

describe("betweenness: properties against brute force", () => {
  it("unweighted equals counting every shortest path of every pair", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        expectClose([...betweenness(listOf(graph), { normalized: false })], bruteUnweighted(graph));
      }),
      { numRuns: 2000 },
    );
  });

  it("weighted equals Floyd–Warshall path counting", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        expectClose(
          [...betweenness(listOf(graph), { weighted: true, normalized: false })],
          bruteWeighted(graph),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("normalized is raw / ((n − 1)(n − 2)), within [0, 1]", () => {
    fc.assert(
      fc.property(graphs, fc.boolean(), (graph, weighted) => {
        const rawScores = betweenness(listOf(graph), { weighted, normalized: false });
        const normalized = betweenness(listOf(graph), { weighted });
        const scale = graph.n > 2 ? (graph.n - 1) * (graph.n - 2) : Number.POSITIVE_INFINITY;
        normalized.forEach((x, v) => {
          expect(x).toBeCloseTo((rawScores[v] as number) / scale, 12);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1 + 1e-12);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
