/**
 * Loop and chain attribution against brute force on random small networks: every simple cycle and
 * every simple path enumerated by plain recursion (ledger/brute-force.ts), weighed by hand, and the
 * relations the method page states (shares in [0, 1], loop share ≤ mixing self-share, 0 off every
 * loop, chains = mixing shares when there is no loop, relabelling changes nothing).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EdgeList, edgeListFrom } from "../graph/edge-list.ts";
import { bruteForceSimpleCycles } from "../ledger/brute-force.ts";
import { attributeCircularity } from "./attribution.ts";

type Graph = { n: number; edges: [number, number, number][] };

const graphs = (acyclic: boolean) =>
  fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 1, max: 100 }),
        ),
        { minLength: 1, maxLength: 14 },
      )
      .map(
        (raw): Graph => ({
          n,
          // In the acyclic case every payment goes from a lower to a higher node.
          edges: acyclic
            ? raw.filter(([s, d]) => s !== d).map(([s, d, a]) => [Math.min(s, d), Math.max(s, d), a])
            : raw,
        }),
      ),
  );

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const listOf = (g: Graph, order = ids(g.n)): EdgeList =>
  edgeListFrom(
    g.edges.map(([s, d, a]) => ({ src: `n${s}`, dst: `n${d}`, amount: a })),
    order,
  );

/** W, throughput and outside money, written out directly. */
function money(g: Graph) {
  const w = new Map<string, number>();
  for (const [s, d, a] of g.edges) if (s !== d) w.set(`${s},${d}`, (w.get(`${s},${d}`) ?? 0) + a);
  const inflow = new Array(g.n).fill(0);
  const outflow = new Array(g.n).fill(0);
  for (const [key, a] of w) {
    const [s, d] = key.split(",").map(Number) as [number, number];
    outflow[s] += a;
    inflow[d] += a;
  }
  const outside = outflow.map((o, i) => Math.max(0, o - inflow[i]));
  const throughput = inflow.map((x, i) => x + outside[i]);
  const p = (u: number, v: number) => (w.get(`${u},${v}`) ?? 0) / throughput[u];
  return { w, outside, throughput, p };
}

/** Σ over simple paths k → … → i (i only at the end) of e_k Π P, by origin. */
function bruteForcePaths(g: Graph, target: number): number[] {
  const { w, outside, p } = money(g);
  const total = new Array(g.n).fill(0);
  const walk = (path: number[], reach: number) => {
    const head = path[0] as number;
    for (let u = 0; u < g.n; u++) {
      if (path.includes(u) || !w.has(`${u},${head}`)) continue;
      const r = reach * p(u, head);
      total[u] += (outside[u] as number) * r;
      walk([u, ...path], r);
    }
  };
  walk([target], 1);
  return total;
}

// Every loop and chain kept (top 99), so that comparisons never depend on ties at a cut-off.
const EXACT = { loops: { maxLength: 99, top: 99 }, paths: { maxLength: 99, floor: 0, top: 99 } };
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("attributeCircularity against brute force", () => {
  it("loop shares are the sum of ρ over the brute-force cycles through each node", () => {
    fc.assert(
      fc.property(graphs(false), (g) => {
        const list = listOf(g);
        const result = attributeCircularity(list, EXACT);
        const { w, throughput } = money(g);
        const cycles = bruteForceSimpleCycles(list);
        expect(result.loopSearch.cycles).toBe(cycles.length);
        for (let v = 0; v < g.n; v++) {
          const through = cycles.filter((c) => c.includes(v));
          const rho = through.map((c) =>
            c.reduce(
              (x, u, k) => x * ((w.get(`${u},${c[(k + 1) % c.length]}`) as number) / throughput[u]),
              1,
            ),
          );
          const node = result.nodes[v];
          if (!node) throw new Error("missing node");
          expect(node.loops.count).toBe(through.length);
          expect(
            close(
              node.loops.share,
              rho.reduce((a, b) => a + b, 0),
            ),
          ).toBe(true);
          if (through.length === 0) expect(node.loops.share).toBe(0);
          for (const loop of node.loops.top) {
            expect(loop.path[0]).toBe(node.id);
            expect(loop.amount).toBeLessThanOrEqual(loop.bottleneck * (1 + 1e-12));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("shares lie in [0, 1]; loop ≤ mixing self-share; loop + chains + outside ≤ 1", () => {
    fc.assert(
      fc.property(graphs(false), (g) => {
        const result = attributeCircularity(listOf(g), EXACT);
        for (const node of result.nodes) {
          if (!(node.throughput > 0)) continue;
          expect(node.loops.share).toBeGreaterThanOrEqual(0);
          expect(node.loops.share).toBeLessThanOrEqual(node.selfShare + 1e-9);
          const traced = node.origins.reduce((s, o) => s + (o.traced ?? 0), 0);
          for (const o of node.origins) expect(o.traced ?? 0).toBeLessThanOrEqual(o.share + 1e-12);
          expect(node.loops.share + traced + node.outsideShare).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("chains per origin are the brute-force sums over simple paths", () => {
    fc.assert(
      fc.property(graphs(false), (g) => {
        const result = attributeCircularity(listOf(g), EXACT);
        const { throughput } = money(g);
        for (let i = 0; i < g.n; i++) {
          const want = bruteForcePaths(g, i);
          for (const o of result.nodes[i]?.origins ?? []) {
            const k = Number(o.origin.slice(1));
            // traced is capped at the mixing share, which it can exceed only by rounding.
            expect(close(o.traced ?? 0, Math.min(o.share, (want[k] as number) / throughput[i]))).toBe(true);
            for (const path of o.paths) {
              expect(path.path[0]).toBe(o.origin);
              expect(path.path[path.path.length - 1]).toBe(`n${i}`);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("without loops, the chains carry the whole mixing share and no node has money back", () => {
    fc.assert(
      fc.property(graphs(true), (g) => {
        const result = attributeCircularity(listOf(g), EXACT);
        expect(result.loopSearch.cycles).toBe(0);
        for (const node of result.nodes) {
          expect(node.loops.share).toBe(0);
          for (const o of node.origins) expect(close(o.traced ?? 0, o.share)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("relabelling the nodes changes no share, loop or chain", () => {
    fc.assert(
      fc.property(
        graphs(false).chain((g) =>
          fc.tuple(fc.constant(g), fc.shuffledSubarray(ids(g.n), { minLength: g.n })),
        ),
        ([g, order]) => {
          const a = attributeCircularity(listOf(g), EXACT);
          const b = attributeCircularity(listOf(g, order), EXACT);
          const byId = new Map(b.nodes.map((n) => [n.id, n]));
          for (const node of a.nodes) {
            const other = byId.get(node.id);
            expect(close(other?.loops.share ?? -1, node.loops.share)).toBe(true);
            expect(other?.loops.count).toBe(node.loops.count);
            expect(new Set(other?.loops.top.map((l) => l.path.join()))).toEqual(
              new Set(node.loops.top.map((l) => l.path.join())),
            );
            for (const o of node.origins) {
              const twin = other?.origins.find((x) => x.origin === o.origin);
              expect(close(twin?.traced ?? -1, o.traced ?? -2)).toBe(true);
              expect(new Set(twin?.paths.map((p) => p.path.join()))).toEqual(
                new Set(o.paths.map((p) => p.path.join())),
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
