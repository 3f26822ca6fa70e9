import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { network as net, tinyNetwork as tinyNetworkOf } from "../../testing/networks.ts";
import { ModelInputError } from "../errors.ts";
import { solveEisenbergNoe } from "./eisenberg-noe.ts";
import { type IndexedNetwork, indexNetwork, relativeLiability } from "./network.ts";
import { solveRogersVeraart } from "./rogers-veraart.ts";

const tinyNetwork = tinyNetworkOf();

/**
 * Every clearing vector by brute force: for each default set D, solve the linear system the set
 * implies (solvent nodes pay p̄, defaulters alpha·e + beta·Πᵀp) and keep the solutions consistent
 * with D. Singular systems are skipped (a closed loop of defaulters without leakage).
 */
function clearingVectors(x: IndexedNetwork, alpha: number, beta: number): number[][] {
  const n = x.n;
  const owed = Array.from(
    { length: n },
    (_, i) => (x.interbankLiabilities[i] as number) + (x.externalLiabilities[i] as number),
  );
  const pi = (j: number, i: number) => relativeLiability(x, j, i);
  const found: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const d = Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));
    // Unknowns p_d; equations p_i − beta Σ_{j∈D} Π_ji p_j = alpha e_i + beta Σ_{j∉D} Π_ji p̄_j.
    const a = d.map((i) => [
      ...d.map((j) => (i === j ? 1 : 0) - beta * pi(j, i)),
      alpha * (x.externalAssets[i] as number) +
        beta * owed.reduce((s, o, j) => (mask & (1 << j) ? s : s + pi(j, i) * o), 0),
    ]);
    const sol = gauss(a);
    if (sol === null) continue;
    const p = owed.slice();
    d.forEach((i, k) => {
      p[i] = sol[k] as number;
    });
    let ok = p.every((v, i) => v >= -1e-9 && v <= (owed[i] as number) + 1e-9);
    for (let i = 0; i < n && ok; i++) {
      const assets = (x.externalAssets[i] as number) + p.reduce((s, v, j) => s + pi(j, i) * v, 0);
      const short = assets < (owed[i] as number) - 1e-9;
      if (short !== Boolean(mask & (1 << i))) ok = false;
    }
    if (ok) found.push(p);
  }
  return found;
}

function gauss(rows: number[][]): number[] | null {
  const m = rows.length;
  const a = rows.map((r) => r.slice());
  for (let c = 0; c < m; c++) {
    let best = c;
    for (let r = c + 1; r < m; r++)
      if (Math.abs(a[r]?.[c] as number) > Math.abs(a[best]?.[c] as number)) best = r;
    if (Math.abs(a[best]?.[c] as number) < 1e-9) return null;
    [a[c], a[best]] = [a[best] as number[], a[c] as number[]];
    const pivot = a[c] as number[];
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const row = a[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let k = c; k <= m; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
    }
  }
  return a.map((row, i) => (row[m] as number) / (row[i] as number));
}

const payments = (r: ReturnType<typeof solveRogersVeraart>) => r.nodes.map((x) => x.payments as number);

describe("Rogers–Veraart clearing with default costs", () => {
  it("clears a chain by hand with alpha = beta = 0.5", () => {
    // A: 1 against 2 owed to B → defaults, realises 0.5. B: 1.2 + 0.5 against 2 external → defaults,
    // pays 0.5·1.2 + 0.5·0.5 = 0.85.
    const r = solveRogersVeraart(
      indexNetwork(
        net(
          [
            ["a", 1, 0],
            ["b", 1.2, 2],
          ],
          [["a", "b", 2]],
        ),
      ),
      { alpha: 0.5, beta: 0.5 },
    );
    expect(payments(r)[0]).toBeCloseTo(0.5);
    expect(payments(r)[1]).toBeCloseTo(0.85);
    expect(r.nodes.map((x) => x.wave)).toEqual([1, 2]);
  });

  it("lets a default cost sink a node that Eisenberg–Noe saves", () => {
    // A owes B 4 and has 3; B has 2.5 and owes 4 outside. EN: B receives 3, has 5.5 ≥ 4, solvent.
    // With beta irrelevant and alpha = 0.5, A pays 1.5, B has 4 — still exactly solvent; alpha = 0.4 sinks B.
    const network = indexNetwork(
      net(
        [
          ["a", 3, 0],
          ["b", 2.5, 4],
        ],
        [["a", "b", 4]],
      ),
    );
    expect(solveEisenbergNoe(network).nodes[1]?.defaulted).toBe(false);
    expect(solveRogersVeraart(network, { alpha: 0.5 }).nodes[1]?.defaulted).toBe(false);
    expect(solveRogersVeraart(network, { alpha: 0.4 }).nodes[1]?.defaulted).toBe(true);
  });

  it("returns the greatest clearing vector of a mutual-debt pair", () => {
    const r = solveRogersVeraart(
      indexNetwork(
        net(
          [
            ["a", 0, 0],
            ["b", 0, 0],
          ],
          [
            ["a", "b", 1],
            ["b", "a", 1],
          ],
        ),
      ),
      {
        alpha: 0.3,
        beta: 0.3,
      },
    );
    expect(payments(r)).toEqual([1, 1]);
  });

  it("refuses alpha or beta outside [0, 1]", () => {
    const network = indexNetwork(net([["a", 1, 0]], []));
    expect(() => solveRogersVeraart(network, { alpha: 1.5 })).toThrow(ModelInputError);
    expect(() => solveRogersVeraart(network, { beta: -0.1 })).toThrow(ModelInputError);
  });

  it("equals Eisenberg–Noe at alpha = beta = 1", () => {
    fc.assert(
      fc.property(tinyNetwork, (network) => {
        const x = indexNetwork(network);
        const en = solveEisenbergNoe(x).nodes;
        const rv = solveRogersVeraart(x).nodes;
        rv.forEach((node, i) => {
          expect(node.payments).toBeCloseTo(en[i]?.payments as number, 8);
          expect(node.defaulted).toBe(en[i]?.defaulted);
          expect(node.wave).toBe(en[i]?.wave);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("finds the greatest clearing vector that brute force finds (and Eisenberg–Noe at 1, 1)", () => {
    const costs = fc.constantFrom(0, 0.25, 0.5, 0.9, 1);
    fc.assert(
      fc.property(tinyNetwork, costs, costs, (network, alpha, beta) => {
        const x = indexNetwork(network);
        const p = payments(solveRogersVeraart(x, { alpha, beta }));
        const all = clearingVectors(x, alpha, beta);
        expect(all.some((q) => q.every((v, i) => Math.abs(v - (p[i] as number)) < 1e-6))).toBe(true);
        for (const q of all) {
          q.forEach((v, i) => {
            expect(p[i] as number).toBeGreaterThanOrEqual(v - 1e-6);
          });
        }
        if (alpha === 1 && beta === 1) {
          const en = solveEisenbergNoe(x).nodes.map((node) => node.payments as number);
          en.forEach((v, i) => {
            expect(v).toBeCloseTo(p[i] as number, 6);
          });
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("pays less as default costs grow", () => {
    fc.assert(
      fc.property(
        tinyNetwork,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (network, a, b) => {
          const x = indexNetwork(network);
          const [low, high] = a <= b ? [a, b] : [b, a];
          const costly = payments(solveRogersVeraart(x, { alpha: low, beta: low }));
          const cheap = payments(solveRogersVeraart(x, { alpha: high, beta: high }));
          costly.forEach((v, i) => {
            expect(v).toBeLessThanOrEqual((cheap[i] as number) + 1e-6);
          });
        },
      ),
      { numRuns: 800 },
    );
  });
});
