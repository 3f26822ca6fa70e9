import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCsr, type Csr } from "../graph/csr.ts";
import { type EdgeList, edgeListFrom } from "../graph/edge-list.ts";
import { bruteForceTemporalCycles, countByLength } from "../ledger/brute-force.ts";
import {
  countSimpleCycles,
  countTemporalCycles,
  InvalidCycleOptionError,
  type TemporalCycleOptions,
  temporalCycles,
} from "./index.ts";

type Edge = readonly [number, number, number];

/** Edge i of the list is edges[i] = [source, target, time]; nodes are 0 … n-1. */
function graph(n: number, edges: readonly Edge[]): { list: EdgeList; csr: Csr } {
  const ids = Array.from({ length: n }, (_, i) => String(i));
  const list = edgeListFrom(
    edges.map(([a, b, ts]) => ({ src: String(a), dst: String(b), amount: 1, ts })),
    ids,
  );
  return { list, csr: buildCsr(list) };
}

const sorted = (cycles: number[][]) => cycles.map((c) => c.join(",")).sort();

function cycles(n: number, edges: readonly Edge[], options: TemporalCycleOptions): string[] {
  const { list, csr } = graph(n, edges);
  const found = sorted([...temporalCycles(list, csr, options)]);
  expect(found).toEqual(sorted(bruteForceTemporalCycles(list, options.window, options.maxLength)));
  return found;
}

describe("temporal cycles: worked examples", () => {
  it("the worked example of docs/methods/loops.md", () => {
    // A, B, C, D = 0, 1, 2, 3; edge i is e_i of the page.
    const payments: Edge[] = [
      [0, 1, 1],
      [1, 2, 2],
      [2, 0, 4],
      [1, 0, 3],
      [2, 3, 5],
      [3, 0, 6],
      [0, 1, 5],
    ];
    expect(cycles(4, payments, { window: 4 })).toEqual(["0,1,2", "0,3", "1,2,6", "3,6"]);
    expect(cycles(4, payments, { window: 2 })).toEqual(["0,3", "3,6"]);
    expect(cycles(4, payments, { window: 5 })).toEqual(["0,1,2", "0,1,4,5", "0,3", "1,2,6", "3,6"]);
    const sameDay = payments.map((e, i): Edge => (i === 3 ? [1, 0, 1] : e));
    expect(cycles(4, sameDay, { window: 4 })).not.toContain("0,3");
    const { list, csr } = graph(4, payments);
    expect(countTemporalCycles(list, csr, { window: 4 })).toEqual({ total: 4, byLength: [0, 0, 2, 2] });
    expect(countSimpleCycles(csr)).toEqual({ total: 3, byLength: [0, 0, 1, 1, 1] });
    expect(countSimpleCycles(csr, { maxLength: 3 }).total).toBe(2);
  });

  // 0 → 1 at t=1, 1 → 2 at t=2, 2 → 0 at t=3: the span is 3 − 1 = 2.
  const triangle: Edge[] = [
    [0, 1, 1],
    [1, 2, 2],
    [2, 0, 3],
  ];

  it("the window is inclusive: a span of 2 fits a window of 2, not 1.999", () => {
    expect(cycles(3, triangle, { window: 2 })).toEqual(["0,1,2"]);
    expect(cycles(3, triangle, { window: 1.999 })).toEqual([]);
    expect(cycles(3, triangle, { window: Number.POSITIVE_INFINITY })).toEqual(["0,1,2"]);
  });

  it("times must rise strictly: equal timestamps do not chain", () => {
    expect(
      cycles(
        2,
        [
          [0, 1, 5],
          [1, 0, 5],
        ],
        { window: 10 },
      ),
    ).toEqual([]);
    expect(
      cycles(
        2,
        [
          [0, 1, 5],
          [1, 0, 6],
        ],
        { window: 10 },
      ),
    ).toEqual(["0,1"]);
    expect(
      cycles(
        3,
        [
          [0, 1, 1],
          [1, 2, 2],
          [2, 0, 2],
        ],
        { window: 10 },
      ),
    ).toEqual([]);
  });

  it("a cycle is given from its earliest edge, whichever node that leaves", () => {
    // Edge 1 (1 → 2 at t=1) is the earliest: the cycle reads 1, 2, 0.
    expect(
      cycles(
        3,
        [
          [0, 1, 3],
          [1, 2, 1],
          [2, 0, 2],
        ],
        { window: 5 },
      ),
    ).toEqual(["1,2,0"]);
  });

  it("a loop whose times do not rise around any rotation is not time-respecting", () => {
    expect(
      cycles(
        3,
        [
          [0, 1, 1],
          [1, 2, 3],
          [2, 0, 2],
        ],
        { window: 10 },
      ),
    ).toEqual([]);
  });

  it("parallel edges are separate payments, so separate cycles (collapsed for simple cycles)", () => {
    const edges: Edge[] = [
      [0, 1, 1],
      [0, 1, 2],
      [1, 0, 3],
      [1, 0, 3],
    ];
    expect(cycles(2, edges, { window: 5 })).toEqual(["0,2", "0,3", "1,2", "1,3"]);
    const { list, csr } = graph(2, edges);
    expect(countTemporalCycles(list, csr, { window: 5 })).toEqual({ total: 4, byLength: [0, 0, 4] });
    expect(countSimpleCycles(csr).total).toBe(1);
  });

  it("no node twice: a figure eight is two cycles, not one walk", () => {
    const eight: Edge[] = [
      [0, 1, 1],
      [1, 0, 2],
      [0, 2, 3],
      [2, 0, 4],
    ];
    expect(cycles(3, eight, { window: 10 })).toEqual(["0,1", "2,3"]);
  });

  it("unknown times and self-loops are never used", () => {
    expect(
      cycles(
        2,
        [
          [0, 1, Number.NaN],
          [1, 0, 2],
        ],
        { window: 10 },
      ),
    ).toEqual([]);
    expect(
      cycles(
        2,
        [
          [0, 0, 1],
          [0, 1, 2],
          [1, 1, 3],
          [1, 0, 4],
        ],
        { window: 10 },
      ),
    ).toEqual(["1,3"]);
  });

  it("maxLength counts edges", () => {
    const edges: Edge[] = [...triangle, [1, 0, 2.5]];
    expect(cycles(3, edges, { window: 10 })).toEqual(["0,1,2", "0,3"]);
    expect(cycles(3, edges, { window: 10, maxLength: 2 })).toEqual(["0,3"]);
    expect(cycles(3, edges, { window: 10, maxLength: 1 })).toEqual([]);
    const { list, csr } = graph(3, edges);
    expect(countTemporalCycles(list, csr, { window: 10 })).toEqual({ total: 2, byLength: [0, 0, 1, 1] });
  });

  it("rejects impossible options at once, with the value", () => {
    const { list, csr } = graph(3, triangle);
    expect(() => temporalCycles(list, csr, { window: -1 })).toThrow(InvalidCycleOptionError);
    expect(() => temporalCycles(list, csr, { window: Number.NaN })).toThrow(InvalidCycleOptionError);
    expect(() => countTemporalCycles(list, csr, { window: 1, maxLength: 1.5 })).toThrow(
      InvalidCycleOptionError,
    );
    try {
      temporalCycles(list, csr, { window: -2 });
    } catch (error) {
      expect(error).toMatchObject({ option: "window", value: -2 });
    }
    const other = graph(4, triangle);
    expect(() => temporalCycles(list, other.csr, { window: 1 })).toThrow(RangeError);
  });
});

describe("temporal cycles: laziness and depth", () => {
  it("a ring of 50 000 payments in order is one cycle, with no stack overflow", () => {
    const n = 50_000;
    const edges: Edge[] = Array.from({ length: n }, (_, i) => [i, (i + 1) % n, i] as const);
    const { list, csr } = graph(n, edges);
    const found = [...temporalCycles(list, csr, { window: n })];
    expect(found).toHaveLength(1);
    expect(found[0]?.[n - 1]).toBe(n - 1);
    expect(countTemporalCycles(list, csr, { window: n - 2 }).total).toBe(0);
  });

  it("stopping early: the first cycles of a dense ledger", () => {
    const edges: Edge[] = [];
    for (let t = 0; t < 40; t++) for (let a = 0; a < 12; a++) edges.push([a, (a + 1 + (t % 11)) % 12, t]);
    const { list, csr } = graph(12, edges);
    const generator = temporalCycles(list, csr, { window: 40 });
    const first = generator.next();
    expect(first.done).toBe(false);
    generator.return(undefined);
    expect(generator.next().done).toBe(true);
  });
});

/** Random ledgers of up to 8 nodes and 20 edges, times mostly small integers (ties), a few NaN. */
const ledger = fc
  .oneof(
    fc.record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 0, max: 20 }) }),
    fc.record({ n: fc.integer({ min: 3, max: 8 }), m: fc.constant(20) }),
  )
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(
          fc.nat(n - 1),
          fc.nat(n - 1),
          fc.oneof(
            { weight: 10, arbitrary: fc.integer({ min: 0, max: 6 }) },
            { weight: 1, arbitrary: fc.double({ min: 0, max: 6, noNaN: true }) },
            { weight: 1, arbitrary: fc.constant(Number.NaN) },
          ),
        ),
        { minLength: m, maxLength: m },
      ),
      window: fc.oneof(
        fc.integer({ min: 0, max: 7 }),
        fc.double({ min: 0, max: 7, noNaN: true }),
        fc.constant(Number.POSITIVE_INFINITY),
      ),
    }),
  );

describe("temporal cycles: against brute force on random ledgers", () => {
  it("the same set of edge sequences and the same counts, unbounded and for maxLength 2 … 5", () => {
    fc.assert(
      fc.property(ledger, ({ n, edges, window }) => {
        const { list, csr } = graph(n, edges);
        for (const maxLength of [undefined, 2, 3, 4, 5]) {
          const expected = bruteForceTemporalCycles(list, window, maxLength);
          const found = [...temporalCycles(list, csr, { window, maxLength })];
          expect(sorted(found)).toEqual(sorted(expected));
          const counts = countTemporalCycles(list, csr, { window, maxLength });
          expect(counts.total).toBe(expected.length);
          expect(counts.byLength).toEqual(countByLength(expected));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("cycles come by the (time, index) of their edges in turn (a cap keeps the same ones)", () => {
    fc.assert(
      fc.property(ledger, fc.integer({ min: 2, max: 6 }), ({ n, edges, window }, maxLength) => {
        const { list, csr } = graph(n, edges);
        const inTime = (a: number[], b: number[]) => {
          for (let i = 0; i < a.length && i < b.length; i++) {
            const x = a[i] as number;
            const y = b[i] as number;
            if (x !== y) return (list.ts[x] as number) - (list.ts[y] as number) || x - y;
          }
          return a.length - b.length;
        };
        const expected = bruteForceTemporalCycles(list, window, maxLength).sort(inTime);
        expect([...temporalCycles(list, csr, { window, maxLength })]).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("each cycle is a closed walk with no repeated node, rising times and a span within the window", () => {
    fc.assert(
      fc.property(ledger, ({ n, edges, window }) => {
        const { list, csr } = graph(n, edges);
        for (const cycle of temporalCycles(list, csr, { window })) {
          const nodes = cycle.map((e) => edges[e]?.[0]);
          expect(new Set(nodes).size).toBe(cycle.length);
          cycle.forEach((e, i) => {
            const next = edges[cycle[(i + 1) % cycle.length] as number] as Edge;
            expect(edges[e]?.[1]).toBe(next[0]);
            if (i > 0)
              expect((edges[e] as Edge)[2]).toBeGreaterThan((edges[cycle[i - 1] as number] as Edge)[2]);
          });
          const span =
            (edges[cycle[cycle.length - 1] as number] as Edge)[2] - (edges[cycle[0] as number] as Edge)[2];
          expect(span).toBeLessThanOrEqual(window);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
