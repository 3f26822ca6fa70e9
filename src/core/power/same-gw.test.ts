import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LayerLine, maxBipartiteFlow, sameGw } from "./same-gw.ts";

const campus = (id: string, gw: number, operators: string[]): LayerLine => ({
  id,
  layer: "campus",
  gw,
  users: operators,
  sellers: [],
});
const chips = (id: string, gw: number, buyer: string): LayerLine => ({
  id,
  layer: "chips",
  gw,
  users: [buyer],
  sellers: [],
});
const compute = (id: string, gw: number, seller: string, buyer: string): LayerLine => ({
  id,
  layer: "compute",
  gw,
  users: [buyer],
  sellers: [seller],
});

describe("every GW once", () => {
  it("one buyer: a 10 GW chip deal hosted at its 6 GW campus is 10 GW, not 16", () => {
    const r = sameGw([chips("nvidia-10gw", 10, "lab"), campus("ohio", 6, ["lab"])]);
    expect(r).toMatchObject({ naiveGw: 16, countedGw: 10, byLayer: { campus: 6, compute: 0, chips: 10 } });
    expect(r.sameAs).toEqual([{ claim: "nvidia-10gw", host: "ohio", gw: 6 }]);
    expect(r.counted.get("nvidia-10gw")).toBe(4);
    expect(r.counted.get("ohio")).toBe(6);
  });

  it("a campus larger than the chips keeps its GW; the chips vanish into it", () => {
    const r = sameGw([chips("amd", 2, "lab"), campus("big", 5, ["lab"])]);
    expect(r.countedGw).toBe(5);
    expect(r.counted.get("amd")).toBe(0);
  });

  it("two buyers: each one's chips fill only the campuses it operates", () => {
    const r = sameGw([
      chips("a-chips", 10, "a"),
      campus("a-campus", 4, ["a"]),
      chips("b-chips", 1, "b"),
      campus("b-campus", 3, ["b"]),
    ]);
    // a: max(10, 4) = 10; b: max(1, 3) = 3; b's spare 2 GW cannot take a's chips.
    expect(r.countedGw).toBe(13);
    expect(r.naiveGw).toBe(18);
  });

  it("a site with no chip deal counts in full, and chips with no campus count in full", () => {
    expect(sameGw([campus("alone", 2, ["x"])]).countedGw).toBe(2);
    expect(sameGw([chips("homeless", 7, "y"), campus("other", 2, ["x"])]).countedGw).toBe(9);
  });

  it("chips in a leased contract served from the seller's campus: three reports of one GW", () => {
    const r = sameGw([
      chips("gpus", 10, "lab"),
      compute("lease", 4.5, "cloud", "lab"),
      campus("cloud-campus", 4.5, ["cloud"]),
    ]);
    // The campus holds the lease's 4.5 GW; the lease's room holds 4.5 GW of the chips.
    expect(r.countedGw).toBe(10);
    expect(r.sameAs).toEqual(
      expect.arrayContaining([
        { claim: "gpus", host: "lease", gw: 4.5 },
        { claim: "lease", host: "cloud-campus", gw: 4.5 },
      ]),
    );
  });

  it("a campus two buyers share is filled once, not once per buyer", () => {
    const r = sameGw([chips("a", 5, "a"), chips("b", 5, "b"), campus("shared", 6, ["a", "b"])]);
    expect(r.countedGw).toBe(10);
  });
});

/** Max flow as min cut, by brute force over the claims: cut the claims in S, the hosts linked to the rest. */
function minCut(supplies: number[], rooms: number[], links: number[][]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << supplies.length; mask++) {
    let cut = 0;
    const reached = new Set<number>();
    supplies.forEach((s, i) => {
      if (mask & (1 << i)) cut += s;
      else for (const j of links[i] ?? []) reached.add(j);
    });
    for (const j of reached) cut += rooms[j] ?? 0;
    best = Math.min(best, cut);
  }
  return best;
}

const gws = (n: number) => fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 0, maxLength: n });

describe("properties", () => {
  it("the flow equals the minimum cut (brute force), and respects supplies and rooms", () => {
    fc.assert(
      fc.property(gws(6), gws(6), fc.array(fc.array(fc.nat(5)), { maxLength: 6 }), (s, r, raw) => {
        const links = s.map((_, i) => [...new Set((raw[i] ?? []).filter((j) => j < r.length))]);
        const flow = maxBipartiteFlow(s, r, links);
        const total = flow.reduce((t, m) => t + [...m.values()].reduce((a, b) => a + b, 0), 0);
        expect(total).toBeCloseTo(minCut(s, r, links), 6);
        flow.forEach((m, i) => {
          expect([...m.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual((s[i] ?? 0) + 1e-6);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("deduplicated GW ≤ the naive sum and ≥ the largest layer", () => {
    const entity = fc.constantFrom("a", "b", "c");
    const line = fc.record({
      layer: fc.constantFrom("campus", "compute", "chips" as const),
      gw: fc.double({ min: 0, max: 20, noNaN: true }),
      users: fc.array(entity, { minLength: 1, maxLength: 2 }),
      sellers: fc.array(entity, { maxLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (raw) => {
        const lines = raw.map((l, i) => ({ ...l, id: `l${i}` }) as LayerLine);
        const r = sameGw(lines);
        const largest = Math.max(0, ...Object.values(r.byLayer));
        expect(r.countedGw).toBeLessThanOrEqual(r.naiveGw + 1e-9);
        expect(r.countedGw).toBeGreaterThanOrEqual(largest - 1e-9);
        const removed = r.sameAs.reduce((s, x) => s + x.gw, 0);
        expect(r.countedGw).toBeCloseTo(r.naiveGw - removed, 9);
      }),
      { numRuns: 300 },
    );
  });
});
