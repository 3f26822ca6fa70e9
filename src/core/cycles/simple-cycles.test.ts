import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCsr, type Csr } from "../graph/csr.ts";
import { type EdgeList, edgeListFrom } from "../graph/edge-list.ts";
import { bruteForceSimpleCycles, countByLength } from "../ledger/brute-force.ts";
import { countSimpleCycles, InvalidCycleOptionError, simpleCycles } from "./index.ts";
import { simpleCycleCursor } from "./simple-cycles.ts";

/** A graph on nodes 0 … n-1 (node i has external id `${i}`, so indices are the numbers written). */
function graph(n: number, edges: readonly (readonly [number, number])[]): { list: EdgeList; csr: Csr } {
  const ids = Array.from({ length: n }, (_, i) => String(i));
  const list = edgeListFrom(
    edges.map(([a, b]) => ({ src: String(a), dst: String(b), amount: 1 })),
    ids,
  );
  return { list, csr: buildCsr(list) };
}

const ring = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => [from + i, from + ((i + 1) % n)] as const);

function complete(n: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) edges.push([a, b]);
  return edges;
}

const sorted = (cycles: number[][]) => cycles.map((c) => c.join(",")).sort();

/** Both the fast search and the brute force give exactly `expected` (in any order). */
function expectCycles(n: number, edges: readonly (readonly [number, number])[], expected: number[][]) {
  const { list, csr } = graph(n, edges);
  expect(sorted([...simpleCycles(csr)])).toEqual(sorted(expected));
  expect(sorted(bruteForceSimpleCycles(list))).toEqual(sorted(expected));
}

describe("simple cycles: canonical fixtures", () => {
  it("a ring of 5 has one cycle, from its smallest node", () => {
    expectCycles(5, ring(5), [[0, 1, 2, 3, 4]]);
    // Rotated labels: the cycle still starts at node 0.
    expectCycles(
      5,
      [
        [3, 4],
        [4, 0],
        [0, 1],
        [1, 2],
        [2, 3],
      ] as const,
      [[0, 1, 2, 3, 4]],
    );
  });

  it("two rings sharing a node give two cycles", () => {
    // 0→1→2→0 and 2→3→4→2 share node 2.
    expectCycles(
      5,
      [...ring(3), [2, 3], [3, 4], [4, 2]],
      [
        [0, 1, 2],
        [2, 3, 4],
      ],
    );
  });

  it("the complete digraph K4 has 20 cycles: 6 of length 2, 8 of length 3, 6 of length 4", () => {
    const { csr } = graph(4, complete(4));
    const cycles = [...simpleCycles(csr)];
    expect(cycles).toHaveLength(20);
    expect(countSimpleCycles(csr)).toEqual({ total: 20, byLength: [0, 0, 6, 8, 6] });
    expect(cycles.every((c) => c[0] === Math.min(...c))).toBe(true);
    expect(new Set(sorted(cycles)).size).toBe(20);
    for (const [k, byLength] of [
      [2, [0, 0, 6]],
      [3, [0, 0, 6, 8]],
      [4, [0, 0, 6, 8, 6]],
    ] as const) {
      expect(countSimpleCycles(csr, { maxLength: k }).byLength).toEqual(byLength);
    }
  });

  it("a DAG has none", () => {
    expectCycles(
      5,
      [
        [0, 1],
        [0, 2],
        [1, 3],
        [2, 3],
        [3, 4],
        [0, 4],
      ] as const,
      [],
    );
    expect(
      countSimpleCycles(
        graph(3, [
          [0, 1],
          [1, 2],
        ]).csr,
        { maxLength: 3 },
      ),
    ).toEqual({
      total: 0,
      byLength: [],
    });
  });

  it("self-loops are not cycles", () => {
    expectCycles(
      2,
      [
        [0, 0],
        [1, 1],
        [0, 1],
      ] as const,
      [],
    );
    // A self-loop on a ring changes nothing, bounded or not.
    const { csr } = graph(3, [...ring(3), [1, 1], [0, 0]]);
    expect([...simpleCycles(csr)]).toEqual([[0, 1, 2]]);
    expect([...simpleCycles(csr, { maxLength: 3 })]).toEqual([[0, 1, 2]]);
  });

  it("parallel edges are collapsed: one cycle per node sequence", () => {
    const edges = [
      [0, 1],
      [0, 1],
      [1, 0],
      [1, 2],
      [1, 2],
      [2, 0],
      [2, 0],
    ] as const;
    expectCycles(3, edges, [
      [0, 1],
      [0, 1, 2],
    ]);
    expect(countSimpleCycles(graph(3, edges).csr, { maxLength: 2 })).toEqual({
      total: 1,
      byLength: [0, 0, 1],
    });
  });

  it("the empty graph and a lone node have none", () => {
    expect([...simpleCycles(graph(0, []).csr)]).toEqual([]);
    expect(countSimpleCycles(graph(1, [[0, 0]]).csr, { maxLength: 5 }).total).toBe(0);
  });

  it("maxLength counts nodes; 0 and 1 allow nothing", () => {
    const { csr } = graph(5, [...ring(5), [2, 0], [1, 0]]);
    // cycles: [0,1] (2), [0,1,2] (3), [0,1,2,3,4] (5)
    expect(sorted([...simpleCycles(csr, { maxLength: 3 })])).toEqual(["0,1", "0,1,2"]);
    expect([...simpleCycles(csr, { maxLength: 4 })]).toHaveLength(2);
    expect([...simpleCycles(csr, { maxLength: 5 })]).toHaveLength(3);
    expect([...simpleCycles(csr, { maxLength: 1 })]).toEqual([]);
    expect([...simpleCycles(csr, { maxLength: 0 })]).toEqual([]);
  });

  it("rejects an impossible maxLength at once, with the value", () => {
    const { csr } = graph(2, [[0, 1]]);
    for (const bad of [-1, 2.5, Number.NaN]) {
      expect(() => simpleCycles(csr, { maxLength: bad })).toThrow(InvalidCycleOptionError);
      expect(() => countSimpleCycles(csr, { maxLength: bad })).toThrow(InvalidCycleOptionError);
    }
    try {
      simpleCycles(csr, { maxLength: -3 });
    } catch (error) {
      expect(error).toMatchObject({ option: "maxLength", value: -3 });
    }
  });
});

describe("simple cycles: laziness and depth", () => {
  it("stopping early costs nothing more: the first cycles of a graph with astronomically many", () => {
    const { csr } = graph(60, complete(60));
    const taken: number[][] = [];
    for (const cycle of simpleCycles(csr)) {
      taken.push(cycle);
      if (taken.length === 5) break;
    }
    expect(taken).toHaveLength(5);
    const bounded = simpleCycles(csr, { maxLength: 6 });
    expect(bounded.next().value).toHaveLength(2);
    bounded.return(undefined);
    expect(bounded.next().done).toBe(true);
  });

  it("a ring of 200 000 nodes does not overflow the stack", () => {
    const n = 200_000;
    const { csr } = graph(n, ring(n));
    const [only, ...rest] = [...simpleCycles(csr)];
    expect(rest).toEqual([]);
    expect(only).toHaveLength(n);
    expect(only?.[n - 1]).toBe(n - 1);
    expect(countSimpleCycles(csr, { maxLength: n - 1 }).total).toBe(0);
  });

  it("yields fresh arrays: a caller may change one without disturbing the search", () => {
    const { csr } = graph(3, [...ring(3), [1, 0], [2, 1]]);
    const all = sorted([...simpleCycles(csr, { maxLength: 3 })]);
    const cycles = simpleCycles(csr, { maxLength: 3 });
    const first = cycles.next().value as number[];
    const kept = [...first];
    first.fill(99);
    expect(sorted([kept, ...cycles])).toEqual(all);
  });
});

/** Random multigraphs of up to 8 nodes and 20 edges; half of them with exactly 20 edges, so dense. */
const multigraph = fc
  .oneof(
    fc.record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 0, max: 20 }) }),
    fc.record({ n: fc.integer({ min: 3, max: 8 }), m: fc.constant(20) }),
  )
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: m, maxLength: m }),
    }),
  );

describe("simple cycles: against brute force on random multigraphs", () => {
  it("the same set of cycles and the same counts, unbounded and for maxLength 2 … 5", () => {
    fc.assert(
      fc.property(multigraph, ({ n, edges }) => {
        const { list, csr } = graph(n, edges);
        for (const maxLength of [undefined, 2, 3, 4, 5]) {
          const expected = bruteForceSimpleCycles(list, maxLength);
          const found = [...simpleCycles(csr, { maxLength })];
          expect(sorted(found)).toEqual(sorted(expected));
          const counts = countSimpleCycles(csr, { maxLength });
          expect(counts.total).toBe(expected.length);
          expect(counts.byLength).toEqual(countByLength(expected));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("with a bound, the cycles come in lexicographic order of their nodes (a cap keeps the same ones)", () => {
    const lexicographic = (a: number[], b: number[]) => {
      for (let i = 0; i < a.length && i < b.length; i++)
        if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
      return a.length - b.length;
    };
    fc.assert(
      fc.property(multigraph, fc.integer({ min: 2, max: 7 }), ({ n, edges }, maxLength) => {
        fc.pre(maxLength < n);
        const { list, csr } = graph(n, edges);
        const expected = bruteForceSimpleCycles(list, maxLength).sort(lexicographic);
        expect([...simpleCycles(csr, { maxLength })]).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("every cycle starts at its smallest node and follows edges of the graph", () => {
    fc.assert(
      fc.property(multigraph, ({ n, edges }) => {
        const { csr } = graph(n, edges);
        const has = new Set(edges.map(([a, b]) => `${a}>${b}`));
        for (const cycle of simpleCycles(csr)) {
          expect(cycle[0]).toBe(Math.min(...cycle));
          expect(new Set(cycle).size).toBe(cycle.length);
          cycle.forEach((v, i) => {
            expect(has.has(`${v}>${cycle[(i + 1) % cycle.length]}`)).toBe(true);
          });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("the reverse search's budget changes the speed, never the cycles (stopped at ⌊L/2⌋ or run to L − 1)", () => {
    fc.assert(
      fc.property(multigraph, fc.integer({ min: 2, max: 7 }), ({ n, edges }, maxLength) => {
        const { list, csr } = graph(n, edges);
        const expected = sorted(bruteForceSimpleCycles(list, maxLength));
        for (const budget of [0, 3, Number.POSITIVE_INFINITY]) {
          const search = simpleCycleCursor(csr, maxLength, budget);
          const found: number[][] = [];
          while (search.next()) found.push(Array.from(search.path.subarray(0, search.length)));
          expect(sorted(found)).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
