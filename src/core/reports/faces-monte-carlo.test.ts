/**
 * The Monte Carlo report, defined once: `halqa stress FILE --runs N --seed S --workers 0 --json` and the
 * result of the API's job for the same scenario, runs and seed are the same object.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../../io/scenario-files.ts";
import { createApp } from "../../server/app.ts";
import { createJobManager } from "../../server/monte-carlo/jobs.ts";
import { captureIo } from "../../testing/capture-io.ts";
import { FACES_AS_OF } from "../../testing/faces.ts";
import type { Dataset } from "../model/dataset.ts";
import type { MonteCarloReport } from "./monte-carlo-report.ts";

const ID = "openai-revenue-uncertain";

describe("Monte Carlo: the CLI's --json is the API job's result", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    const loaded = await loadDataset(BUNDLED_DATA_DIR);
    if (!loaded.ok) throw new Error("bundled dataset invalid");
    dataset = loaded.dataset;
  });

  it(`${ID}, 400 samples, seed 7, in this thread`, async () => {
    const io = captureIo();
    const args = ["stress", `scenarios/${ID}.yaml`, "--runs", "400", "--seed", "7", "--workers", "0"];
    expect(await main([...args, "--as-of", FACES_AS_OF, "--json"], io)).toBe(0);
    const cli = JSON.parse(io.out()) as MonteCarloReport;

    const scenarios = await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset);
    const jobs = createJobManager({ dataset, limits: { workers: 0 }, chunkSize: 100, log: () => {} });
    const app = createApp({ dataset, scenarios, today: () => FACES_AS_OF, jobs, log: () => {} });
    const started = await app.request("/api/stress/monte-carlo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: ID, runs: 400, seed: 7 }),
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    // The event stream ends when the job does; the job's state then holds its result.
    await (await app.request(`/api/stress/monte-carlo/${id}/events`)).text();
    const job = (await (await app.request(`/api/stress/monte-carlo/${id}`)).json()) as { result: unknown };

    expect(cli).toEqual(job.result);
    expect(cli.summary.samples).toBe(400);
  });
});
