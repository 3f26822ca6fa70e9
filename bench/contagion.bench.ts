/**
 * Benchmark of the contagion engine's scale: Eisenberg–Noe clearing on generated sparse networks of
 * 1k, 10k and 100k nodes, about 5 liabilities per node, with 1% of the nodes losing all their external
 * assets. Reports the time to index the network (ids → sparse rows) and to clear it, with the engine's
 * iterations, the fictitious-default rounds and the defaults. Run: npx tsx bench/contagion.bench.ts
 * (not part of npm test; figures go in the closing notes, never into assertions).
 */
import { performance } from "node:perf_hooks";
import { solveEisenbergNoe } from "../src/core/contagion/eisenberg-noe.ts";
import { type FinancialNetwork, indexNetwork, type Liability } from "../src/core/contagion/network.ts";
import { createRng } from "../src/core/random.ts";

/**
 * n nodes, each owing 1–9 (mean 5) creditors drawn uniformly among the others amounts in [1, 10),
 * and 0–10 to outsiders. External assets leave every node solvent by a 5% buffer of what it owes, so
 * the cascade comes from the shock alone: the first 1% of a random order lose all external assets.
 */
function syntheticNetwork(n: number, seed: number): FinancialNetwork {
  const rng = createRng(seed);
  const random = () => rng.next();
  const ids = Array.from({ length: n }, (_, i) => `b${i}`);
  const liabilities: Liability[] = [];
  const owes = new Float64Array(n);
  const owed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const degree = 1 + Math.floor(random() * 9);
    for (let d = 0; d < degree; d++) {
      let j = Math.floor(random() * (n - 1));
      if (j >= i) j++;
      const amount = 1 + random() * 9;
      liabilities.push({ debtor: ids[i] as string, creditor: ids[j] as string, amount });
      owes[i] = (owes[i] as number) + amount;
      owed[j] = (owed[j] as number) + amount;
    }
  }
  const nodes = ids.map((id, i) => {
    const externalLiabilities = random() * 10;
    const total = (owes[i] as number) + externalLiabilities;
    const externalAssets = Math.max(0, total - (owed[i] as number)) + 0.05 * total;
    return { id, externalAssets, externalLiabilities };
  });
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    [order[i], order[k]] = [order[k] as number, order[i] as number];
  }
  const shocks = order.slice(0, Math.max(1, Math.round(n / 100))).map((i) => ({
    node: ids[i] as string,
    externalAssets: -(nodes[i]?.externalAssets as number),
  }));
  return { nodes, liabilities, holdings: [], dependencies: [], shocks };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const rows: string[] = [];
for (const [n, runs] of [
  [1_000, 7],
  [10_000, 5],
  [100_000, 3],
] as const) {
  const network = syntheticNetwork(n, 7);
  const indexTimes: number[] = [];
  const solveTimes: number[] = [];
  let counts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const x = indexNetwork(network);
    const t1 = performance.now();
    const result = solveEisenbergNoe(x);
    const t2 = performance.now();
    indexTimes.push(t1 - t0);
    solveTimes.push(t2 - t1);
    const rounds = result.nodes.reduce((w, node) => Math.max(w, node.wave ?? 0), 0);
    counts = [result.iterations, rounds, result.totals.defaults as number];
  }
  const cells = [n, network.liabilities.length, median(indexTimes).toFixed(1), median(solveTimes).toFixed(1)];
  rows.push(`| ${[...cells, ...counts].join(" | ")} |`);
}
console.log(
  [
    "Eisenberg–Noe (pari passu) on generated sparse networks, median of 7/5/3 runs:",
    "| nodes | liabilities | index (ms) | solve (ms) | iterations | rounds | defaults |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n"),
);
