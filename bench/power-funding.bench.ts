/**
 * What one move of the power page's delay slider and of the funding view's growth slider costs: the
 * browser recomputes powerBalance (web/src/model/power.ts adds an O(P·Y) split by kind) or
 * fundingReport (with its bisection) on the bundled dataset. Run: npx tsx bench/power-funding.bench.ts
 * (not part of npm test; figures go in the closing notes).
 */
import { performance } from "node:perf_hooks";
import { powerBalance } from "../src/core/power/balance.ts";
import { fundingReport } from "../src/core/reports/funding-report.ts";
import { loadDataset } from "../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(label: string, runs: number, f: (i: number) => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f(i);
    samples.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(48)} median ${median(samples).toFixed(2)} ms  (max ${Math.max(...samples).toFixed(2)}, ${runs} runs)`,
  );
}

const loaded = await loadDataset(BUNDLED_DATA_DIR);
if (!loaded.ok) throw new Error("bundled dataset invalid");
const dataset = loaded.dataset;
const asOf = "2026-11-21";
const power = { basis: "announced" as const, asOf, fromYear: 2024, toYear: 2030 };
time("power page, delay slider (0–59 months)", 60, (i) =>
  powerBalance(dataset, { ...power, delay: { months: i } }),
);
time("power page, delay in one region (Ohio)", 60, (i) =>
  powerBalance(dataset, { ...power, delay: { months: i, region: "Ohio" } }),
);
const funding = { entity: "openai", basis: "committed" as const, asOf, fromYear: 2024, toYear: 2030 };
time("funding view, growth slider (−50 … +250 %)", 60, (i) =>
  fundingReport(dataset, { ...funding, growth: -0.5 + i / 20 }),
);
