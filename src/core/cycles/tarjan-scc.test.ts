import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCsr, type Csr } from "../graph/csr.ts";
import { edgeListFrom } from "../graph/edge-list.ts";
import { stronglyConnectedComponents, TarjanScc } from "./tarjan-scc.ts";

function csrOf(n: number, edges: readonly (readonly [number, number])[]): Csr {
  const ids = Array.from({ length: n }, (_, i) => String(i));
  return buildCsr(
    edgeListFrom(
      edges.map(([a, b]) => ({ src: String(a), dst: String(b), amount: 1 })),
      ids,
    ),
  );
}

/** Components as sorted node lists, sorted: a canonical form to compare. */
function groups(csr: Csr): string[] {
  const { component } = stronglyConnectedComponents(csr);
  const byLabel = new Map<number, number[]>();
  component.forEach((c, v) => {
    byLabel.set(c, [...(byLabel.get(c) ?? []), v]);
  });
  return [...byLabel.values()].map((g) => g.join(",")).sort();
}

describe("strongly connected components", () => {
  it("a chain is all singletons; a ring is one component", () => {
    expect(
      groups(
        csrOf(3, [
          [0, 1],
          [1, 2],
        ]),
      ),
    ).toEqual(["0", "1", "2"]);
    expect(
      groups(
        csrOf(3, [
          [0, 1],
          [1, 2],
          [2, 0],
        ]),
      ),
    ).toEqual(["0,1,2"]);
  });

  it("two rings joined one way stay two components; a self-loop is a singleton", () => {
    const csr = csrOf(5, [
      [0, 1],
      [1, 0],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 2],
      [2, 2],
    ]);
    expect(groups(csr)).toEqual(["0,1", "2,3,4"]);
    expect(stronglyConnectedComponents(csr).count).toBe(2);
  });

  it("confined to a tagged subset, and returning only components of at least minSize", () => {
    // A ring 0→1→2→3→0 with the chord 1→3: without node 0 nothing is strongly connected;
    // without node 2 the ring 0→1→3→0 remains.
    const csr = csrOf(4, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
      [1, 3],
    ]);
    const scc = new TarjanScc(csr);
    const member = Int32Array.from([7, 7, 7, 7]);
    expect(scc.components([0, 1, 2, 3], member, 7).map((c) => [...c].sort())).toEqual([[0, 1, 2, 3]]);
    member[0] = 0;
    expect(scc.components([0, 1, 2, 3], member, 7)).toEqual([]);
    expect(scc.components([0, 1, 2, 3], member, 7, 1)).toHaveLength(3);
    member[0] = 7;
    member[2] = 0;
    expect(scc.components([3, 2, 1, 0], member, 7).map((c) => [...c].sort())).toEqual([[0, 1, 3]]);
  });

  it("a chain of 200 000 nodes does not overflow the stack", () => {
    const n = 200_000;
    const edges = Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as const);
    expect(stronglyConnectedComponents(csrOf(n, edges)).count).toBe(1);
    expect(stronglyConnectedComponents(csrOf(n, edges.slice(0, n - 1))).count).toBe(n);
  });

  it("same component exactly when each node reaches the other (against a transitive closure)", () => {
    const graphs = fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 24 }),
      }),
    );
    fc.assert(
      fc.property(graphs, ({ n, edges }) => {
        const reach = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i === j));
        for (const [a, b] of edges) (reach[a] as boolean[])[b] = true;
        for (let k = 0; k < n; k++)
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) if (reach[i]?.[k] && reach[k]?.[j]) (reach[i] as boolean[])[j] = true;
        const { component } = stronglyConnectedComponents(csrOf(n, edges));
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++)
            expect(component[i] === component[j]).toBe(Boolean(reach[i]?.[j] && reach[j]?.[i]));
      }),
      { numRuns: 1000 },
    );
  });
});
