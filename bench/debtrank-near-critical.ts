/**
 * Linear DebtRank near a spectral radius of 1, where the rounds alone would need 10⁵–10⁶ steps: the
 * one-step rest and the exact cap crossing (src/core/contagion/debtrank-tail.ts, debtrank-crossing.ts).
 * Generated sparse networks of 50, 200 and 400 banks (about 4 loans each, capital 1, so Λ is the loan
 * matrix) scaled to a spectral radius ρ of 0.9999 (settles below the cap), 1 − 1e-6 with a shock that
 * takes some banks to the cap, and 1.0001 (every bank reached ends at the cap). Reports the median CPU
 * time of `solveLinearDebtRank` over 5 runs, the engine's iterations and the banks at the cap, or the
 * error. Run: npx tsx bench/debtrank-near-critical.ts (not part of npm test; figures go in the notes).
 */
import { solveLinearDebtRank } from "../src/core/contagion/debtrank-linear.ts";
import { type FinancialNetwork, indexNetwork, type Liability } from "../src/core/contagion/network.ts";
import { createRng } from "../src/core/random.ts";

/** n banks, each lent by 1–7 others (a ring keeps it strongly connected), scaled to spectral radius rho. */
function network(n: number, rho: number, shock: number, seed: number): FinancialNetwork {
  const rng = createRng(seed);
  const loans: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    loans.push([i, (i + 1) % n, 0.5 + rng.next()]);
    const degree = Math.floor(rng.next() * 7);
    for (let d = 0; d < degree; d++) {
      let j = Math.floor(rng.next() * (n - 1));
      if (j >= i) j++;
      loans.push([i, j, rng.next()]);
    }
  }
  // Spectral radius by power iteration on Λ (creditor row, debtor column): Λx at creditor sums over loans.
  let x = new Float64Array(n).fill(1);
  let radius = 0;
  for (let t = 0; t < 20_000; t++) {
    const y = new Float64Array(n);
    for (const [debtor, creditor, amount] of loans)
      y[creditor] = (y[creditor] as number) + amount * (x[debtor] as number);
    const norm = Math.max(...y);
    y.forEach((v, i) => {
      y[i] = v / norm;
    });
    x = y;
    radius = norm;
  }
  const scale = rho / radius;
  const liabilities: Liability[] = loans.map(([debtor, creditor, amount]) => ({
    debtor: `b${debtor}`,
    creditor: `b${creditor}`,
    amount: amount * scale,
  }));
  return {
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `b${i}`,
      externalAssets: 0,
      externalLiabilities: 0,
      capital: 1,
    })),
    liabilities,
    holdings: [],
    dependencies: [],
    shocks: [{ node: "b0", equityLoss: shock }],
  };
}

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const rows: string[] = [];
for (const n of [50, 200, 400])
  for (const [rho, shock] of [
    [0.9999, 1e-4],
    [1 - 1e-6, 1e-3],
    [1.0001, 1e-6],
  ] as const) {
    const indexed = indexNetwork(network(n, rho, shock, 11));
    let outcome = "";
    const times: number[] = [];
    for (let r = 0; r < 5; r++)
      times.push(
        cpuMs(() => {
          try {
            const result = solveLinearDebtRank(indexed);
            outcome = `${result.iterations} | ${result.nodes.filter((node) => node.defaulted).length}`;
          } catch (error) {
            outcome = `${(error as Error).name} | –`;
          }
        }),
      );
    rows.push(`| ${n} | ${rho} | ${shock} | ${median(times).toFixed(1)} | ${outcome} |`);
  }
console.log(
  [
    "Linear DebtRank near ρ = 1, median CPU of 5 runs:",
    "| banks | ρ | shock | CPU (ms) | iterations | at the cap |",
    "|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n"),
);
