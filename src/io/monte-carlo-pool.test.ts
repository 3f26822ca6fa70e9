/** The worker pool with real worker threads (running TypeScript through tsx): small runs only. */
import { beforeAll, describe, expect, it } from "vitest";
import { SampleError, sampledInputs, summarize } from "../core/stress/monte-carlo/index.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { type UncertainScenario, UncertainScenarioSchema } from "../schema/scenario.ts";
import { STRESS_FIXTURE_YAML } from "../testing/stress-fixture.ts";
import { tempDataset } from "../testing/temp-dataset.ts";
import { loadDataset } from "./load-dataset.ts";
import { runMonteCarlo } from "./monte-carlo-pool.ts";

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadDataset(await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  dataset = result.dataset;
});

const scenario = (parameters?: Record<string, unknown>): UncertainScenario =>
  UncertainScenarioSchema.parse({
    id: "t",
    title: { en: "T", ar: "ت" },
    model: { name: "eisenberg-noe" },
    ...(parameters ? { parameters } : {}),
    shocks: [
      { type: "revenue-shortfall", entity: "lab", fraction: { dist: "beta", alpha: 2, beta: 2 } },
      { type: "credit-pullback", lenders: "all", fraction: { dist: "uniform", min: 0, max: 1 } },
    ],
  });

describe("runMonteCarlo", () => {
  it("gives bit-identical summaries in this thread, on 1 worker and on 2 workers", async () => {
    const s = scenario();
    const run = async (workers: number, chunkSize: number) => {
      const r = await runMonteCarlo({
        dataset,
        scenario: s,
        asOf: "2026-01-01",
        seed: 9,
        runs: 400,
        workers,
        chunkSize,
      });
      expect(r).toMatchObject({ done: 400, cancelled: false });
      return summarize(
        r.partial,
        dataset.entities.map((e) => e.id),
        sampledInputs(s),
      );
    };
    const inThread = await run(0, 400);
    expect(await run(1, 64)).toEqual(inThread);
    expect(await run(2, 37)).toEqual(inThread);
  }, 30_000);

  it("stops on abort and returns what was done, marked cancelled", async () => {
    const controller = new AbortController();
    let progressed = 0;
    const r = await runMonteCarlo({
      dataset,
      scenario: scenario(),
      asOf: "2026-01-01",
      seed: 1,
      runs: 10_000,
      workers: 0,
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (done) => {
        progressed = done;
        if (done >= 300) controller.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.done).toBe(300);
    expect(progressed).toBe(300);
  });

  it("reports a failing sample from a worker with its index and seed", async () => {
    const s = scenario({ "stress-horizon-years": { dist: "normal", mean: 0.5, sd: 1 } });
    await expect(
      runMonteCarlo({ dataset, scenario: s, asOf: "2026-01-01", seed: 1, runs: 200, workers: 1 }),
    ).rejects.toBeInstanceOf(SampleError);
  }, 30_000);
});
