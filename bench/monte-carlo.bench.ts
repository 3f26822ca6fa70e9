/**
 * Benchmark of Monte Carlo stress runs on the bundled network: samples per second for each model in
 * this thread, then the bundled uncertain scenario (scenarios/openai-revenue-uncertain.yaml) on 1 and
 * 2 worker threads, wall time including the workers' start-up. Aim: 100,000 samples in under 10 s on a
 * 2-core machine. Run: npx tsx bench/monte-carlo.bench.ts [runs] (not part of npm test).
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parse } from "yaml";
import { MODEL_NAMES } from "../src/core/contagion/models.ts";
import { compileScenario, runSamples } from "../src/core/stress/monte-carlo/index.ts";
import { loadDataset } from "../src/io/load-dataset.ts";
import { runMonteCarlo } from "../src/io/monte-carlo-pool.ts";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { resolveFraction, UncertainScenarioSchema } from "../src/schema/scenario.ts";

const runs = Number(process.argv[2] ?? 100_000);
const loaded = await loadDataset(BUNDLED_DATA_DIR);
if (!loaded.ok) throw new Error("the bundled dataset does not load");
const dataset = loaded.dataset;
const file = new URL("../scenarios/openai-revenue-uncertain.yaml", import.meta.url);
const scenario = UncertainScenarioSchema.parse(parse(readFileSync(file, "utf8")));
const asOf = "2026-06-30";
const fraction = (f: number | { from: string }) => resolveFraction(f, dataset) ?? Number.NaN;

console.log(`bundled network: ${dataset.entities.length} entities; scenario ${scenario.id}`);
const perModel = Math.min(runs, 5000);
for (const model of MODEL_NAMES) {
  const evaluator = compileScenario(dataset, scenario, { asOf, model, fraction });
  runSamples(evaluator, 1, 0, 200);
  const t = performance.now();
  runSamples(evaluator, 7, 0, perModel);
  const seconds = (performance.now() - t) / 1000;
  console.log(`${model.padEnd(22)} in-thread ${(perModel / seconds).toFixed(0).padStart(7)} samples/s`);
}
for (const workers of [1, 2]) {
  const t = performance.now();
  const r = await runMonteCarlo({ dataset, scenario, asOf, seed: 7, runs, workers });
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `eisenberg-noe, ${workers} worker(s): ${r.done} samples in ${seconds.toFixed(2)} s (${(r.done / seconds).toFixed(0)} samples/s)`,
  );
}
