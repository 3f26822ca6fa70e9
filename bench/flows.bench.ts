/**
 * Benchmarks of the foundation: loading and validating the bundled dataset, and expanding flows on
 * the bundled dataset and on generated deal sets of growing size. Run: npm run bench
 * (not part of npm test; figures go in the closing notes, never into assertions).
 */
import { performance } from "node:perf_hooks";
import { expandFlows } from "../src/core/flows/expand.ts";
import { createRng } from "../src/core/random.ts";
import { datasetStats } from "../src/core/stats/summary.ts";
import { loadDataset } from "../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import type { Deal } from "../src/schema/deal.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function time(label: string, runs: number, f: () => unknown | Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await f();
    samples.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(52)} median ${median(samples).toFixed(2)} ms  (min ${Math.min(...samples).toFixed(2)}, ${runs} runs)`,
  );
}

function syntheticDeals(count: number, seed = 1): Deal[] {
  const rng = createRng(seed);
  const random = () => rng.next();
  const entities = Array.from({ length: Math.max(10, Math.floor(count / 5)) }, (_, i) => `e${i}`);
  const pick = () => entities[Math.floor(random() * entities.length)] as string;
  return Array.from({ length: count }, (_, i): Deal => {
    const year = 2020 + Math.floor(random() * 8);
    const from = pick();
    let to = pick();
    if (to === from) to = entities[(entities.indexOf(from) + 1) % entities.length] as string;
    const value = 1e9 * (1 + random() * 100);
    const deal: Deal = {
      id: `d${i}`,
      title: { en: `d${i}`, ar: `ص${i}` },
      type: "compute-commitment",
      announced: `${year}-06-01`,
      period: { start: `${year}-07`, years: 1 + Math.floor(random() * 6) },
      status: [{ status: random() < 0.7 ? "signed" : "loi", date: `${year}-06-01` }],
      parties: [{ entity: from, role: "buyer" }],
      flows: [
        {
          kind: "cash",
          from,
          to,
          unit: "USD",
          conditional: random() < 0.2,
          announced: { value, sources: ["s"] },
          committed: { value: value * 0.8, sources: ["s"] },
        },
      ],
      sources: ["s"],
    };
    if (i > 0 && random() < 0.05) deal.links = [{ type: "overlaps", deal: `d${i - 1}` }];
    return deal;
  });
}

const loaded = await loadDataset(BUNDLED_DATA_DIR);
if (!loaded.ok) throw new Error("bundled dataset invalid");
const bundled = loaded.dataset;
console.log(`bundled dataset: ${bundled.deals.length} deals, ${bundled.sources.length} sources`);
await time("load + validate bundled dataset (18 YAML files)", 10, () => loadDataset(BUNDLED_DATA_DIR));
await time("expandFlows bundled, committed basis", 50, () =>
  expandFlows(bundled, { basis: "committed", asOf: "2026-11-21" }),
);
await time("datasetStats bundled (all bases, USD + GW)", 20, () =>
  datasetStats(bundled, { asOf: "2026-11-21" }),
);
for (const n of [1_000, 10_000, 100_000]) {
  const deals = syntheticDeals(n);
  await time(
    `expandFlows ${n.toLocaleString("en-US")} generated deals, announced`,
    n >= 100_000 ? 3 : 10,
    () => expandFlows({ deals }, { basis: "announced", asOf: "2030-12-31" }),
  );
}
