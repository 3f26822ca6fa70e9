/**
 * The Monte Carlo job routes on the bundled dataset: a run started by POST streams its progress as
 * server-sent events (read here from the response body) and ends with the same summary as the core's
 * runSamples + summarize for that seed; GET gives the state and the result; DELETE cancels with a
 * partial result; the time limit stops a job the same way; a failing sample reports its index and
 * seeds; the limits answer 429 with Retry-After; finished jobs are dropped after their keep time; and
 * every bad input is a 4xx with its code and path. Runs use `workers: 0` (in this thread, a chunk per
 * tick) so the tests start no threads.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ConvergenceError } from "../core/errors.ts";
import { compileScenario, runSamples, SampleError, summarize } from "../core/stress/monte-carlo/index.ts";
import { loadDataset } from "../io/load-dataset.ts";
import type { PoolOptions, PoolResult } from "../io/monte-carlo-pool.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios, type ScenarioCatalogue } from "../io/scenario-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { resolveFraction, type UncertainScenario } from "../schema/scenario.ts";
import { createApp } from "./app.ts";
import { createJobManager, type JobLimits } from "./monte-carlo/jobs.ts";

const AS_OF = "2026-06-30";
const ID = "openai-revenue-uncertain";
let dataset: Dataset;
let catalogue: ScenarioCatalogue;

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
  catalogue = await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset);
});

type Options = {
  limits?: Partial<JobLimits>;
  run?: (options: PoolOptions) => Promise<PoolResult>;
  chunkSize?: number;
  log?: (error: unknown) => void;
};

function server(options: Options = {}) {
  const jobs = createJobManager({
    dataset,
    limits: { workers: 0, ...options.limits },
    chunkSize: options.chunkSize ?? 100,
    log: options.log ?? (() => {}),
    ...(options.run ? { run: options.run } : {}),
  });
  const app = createApp({ dataset, scenarios: catalogue, today: () => AS_OF, jobs, log: () => {} });
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const request = (path: string, init: RequestInit = {}, address = "10.0.0.1") =>
    app.request(path, init, from(address));
  const start = async (body: unknown, address = "10.0.0.1", lang = "") => {
    const res = await request(
      `/api/stress/monte-carlo${lang}`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      },
      address,
    );
    return { res, status: res.status, body: JSON.parse(await res.text()) };
  };
  return { app, jobs, request, start };
}

type Event = { event: string; data: Record<string, unknown> };

/** Reads a whole event stream: events are separated by a blank line; comment lines are skipped. */
async function readEvents(res: Response): Promise<Event[]> {
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const text = await res.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "" && !block.startsWith(":"))
    .map((block) => {
      const lines = block.split("\n");
      const field = (name: string) =>
        lines
          .filter((l) => l.startsWith(`${name}: `))
          .map((l) => l.slice(name.length + 2))
          .join("\n");
      return { event: field("event"), data: JSON.parse(field("data")) };
    });
}

const bundled = () => catalogue.monteCarlo?.find((s) => s.scenario.id === ID)?.scenario as UncertainScenario;

describe("POST /api/stress/monte-carlo and its event stream", () => {
  it("streams progress, then the result the core computes for that seed", async () => {
    const { start, request } = server();
    const started = await start({ scenario: ID, runs: 600, seed: 7 });
    expect(started.status).toBe(202);
    const id = started.body.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(started.res.headers.get("location")).toBe(`/api/stress/monte-carlo/${id}`);
    expect(started.body).toMatchObject({ state: "running", runs: 600, seed: 7, scenario: ID });
    const events = await readEvents(await request(`/api/stress/monte-carlo/${id}/events`));
    const progress = events.filter((e) => e.event === "progress").map((e) => e.data);
    const last = events[events.length - 1] as Event;
    expect(last.event).toBe("result");
    expect(progress.length).toBeGreaterThan(1);
    const done = progress.map((p) => p.done as number);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ done: 600, runs: 600 });
    for (const p of progress.slice(1)) expect(p.rate as number).toBeGreaterThan(0);

    const evaluator = compileScenario(dataset, bundled(), {
      asOf: AS_OF,
      fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
    });
    const expected = summarize(runSamples(evaluator, 7, 0, 600), evaluator.entities, evaluator.inputs);
    expect(last.data.summary).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(last.data).toMatchObject({ scenario: ID, runs: 600, seed: 7, partial: false });
    expect((last.data.summary as { histogram: { counts: number[] } }).histogram.counts).toHaveLength(40);

    const state = await request(`/api/stress/monte-carlo/${id}`);
    const body = (await state.json()) as Record<string, unknown>;
    expect(state.status).toBe(200);
    expect(body).toMatchObject({ id, state: "done", progress: { done: 600 } });
    expect((body.result as { summary: unknown }).summary).toEqual(last.data.summary);
    // A finished job's stream sends its last event at once.
    const again = await readEvents(await request(`/api/stress/monte-carlo/${id}/events`));
    expect(again.map((e) => e.event)).toEqual(["result"]);
  });

  it("runs a scenario object with distributions, with another model", async () => {
    const { start, request } = server();
    const scenario = {
      id: "mine",
      title: { en: "Mine", ar: "سيناريوي" },
      model: { name: "eisenberg-noe" },
      shocks: [
        { type: "revenue-shortfall", entity: "openai", fraction: { dist: "uniform", min: 0.2, max: 0.9 } },
      ],
    };
    const started = await start({ scenario, runs: 200, seed: 3, model: "furfine", asOf: AS_OF });
    expect(started.status).toBe(202);
    const events = await readEvents(await request(`/api/stress/monte-carlo/${started.body.id}/events`));
    const last = events.at(-1) as Event;
    expect(last.event).toBe("result");
    expect(last.data).toMatchObject({ scenario: "mine", model: "furfine", runs: 200 });
    expect((last.data.summary as { samples: number }).samples).toBe(200);
  });
});

describe("cancel, time limit, failures", () => {
  it("DELETE stops the job; the stream ends with `cancelled` and the partial summary", async () => {
    const { start, request, jobs } = server({ chunkSize: 50 });
    const started = await start({ scenario: ID, runs: 100_000, seed: 1 });
    const id = started.body.id as string;
    const stream = request(`/api/stress/monte-carlo/${id}/events`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const cancel = await request(`/api/stress/monte-carlo/${id}`, { method: "DELETE" });
    expect(cancel.status).toBe(202);
    const events = await readEvents(await stream);
    const last = events.at(-1) as Event;
    expect(last.event).toBe("cancelled");
    expect(last.data.reason).toBe("request");
    const result = last.data.result as { partial: boolean; summary: { samples: number } };
    expect(result.partial).toBe(true);
    expect(result.summary.samples).toBeLessThan(100_000);
    const state = (await (await request(`/api/stress/monte-carlo/${id}`)).json()) as Record<string, unknown>;
    expect(state).toMatchObject({ state: "cancelled", reason: "request" });
    expect(jobs.running()).toBe(0);
    // Cancelling a finished job leaves it as it is.
    const twice = await request(`/api/stress/monte-carlo/${id}`, { method: "DELETE" });
    expect(((await twice.json()) as { state: string }).state).toBe("cancelled");
  });

  it("the time limit stops a job with the samples done", async () => {
    const { start, request } = server({ limits: { maxSeconds: 0.05 }, chunkSize: 50 });
    const started = await start({ scenario: ID, runs: 200_000 });
    const events = await readEvents(await request(`/api/stress/monte-carlo/${started.body.id}/events`));
    const last = events.at(-1) as Event;
    expect(last.event).toBe("cancelled");
    expect(last.data.reason).toBe("time-limit");
    expect((last.data.result as { partial: boolean }).partial).toBe(true);
  });

  it("a failing sample ends the stream with `error`: its index, the run's seed and its own, in Arabic", async () => {
    // The sample's fault as a worker thread posts it: a ConvergenceError's data (core/errors.ts).
    const fault = new ConvergenceError({
      method: "furfine",
      iterations: 10,
      residual: 0.5,
      tolerance: 1e-10,
    });
    const run = () => Promise.reject(new SampleError(41, 123456, "no convergence", fault.toData()));
    const { start, request } = server({ run });
    const started = await start({ scenario: ID, runs: 100, seed: 9 });
    const events = await readEvents(
      await request(`/api/stress/monte-carlo/${started.body.id}/events?lang=ar`),
    );
    const last = events.at(-1) as Event;
    expect(last.event).toBe("error");
    expect(last.data).toMatchObject({
      code: "sample-failed",
      params: { sample: 41, seed: 9, sampleSeed: 123456, reason: "no-convergence" },
    });
    expect(last.data.message).toContain("فشلت العينة 41");
    expect(last.data.message).toContain("لم يتقارب furfine خلال 10 تكرارات");
    const state = (await (await request(`/api/stress/monte-carlo/${started.body.id}`)).json()) as {
      state: string;
    };
    expect(state.state).toBe("failed");
  });

  it("a sample that met a bug (no model fault) ends as run-failed, logged, its text never shown", async () => {
    const run = () => Promise.reject(new SampleError(3, 77, "Cannot read properties of undefined"));
    const logged: unknown[] = [];
    const { start, request } = server({ run, log: (e: unknown) => logged.push(e) });
    const started = await start({ scenario: ID, runs: 100, seed: 9 });
    const events = await readEvents(await request(`/api/stress/monte-carlo/${started.body.id}/events`));
    const last = events.at(-1) as Event;
    expect(last.event).toBe("error");
    expect(last.data).toMatchObject({ code: "run-failed", params: {} });
    expect(JSON.stringify(last.data)).not.toContain("Cannot read");
    expect(logged).toHaveLength(1);
  });

  it("finished jobs are dropped after their keep time", async () => {
    const { start, request } = server({ limits: { keepSeconds: 0.05 } });
    const started = await start({ scenario: ID, runs: 50 });
    await readEvents(await request(`/api/stress/monte-carlo/${started.body.id}/events`));
    await new Promise((resolve) => setTimeout(resolve, 120));
    const res = await request(`/api/stress/monte-carlo/${started.body.id}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unknown-job");
  });
});

describe("limits", () => {
  it("429 with Retry-After past the jobs per client and in total", async () => {
    const { start, request, jobs } = server({ limits: { perClient: 1, total: 2 }, chunkSize: 50 });
    const first = await start({ scenario: ID, runs: 100_000 }, "10.0.0.1");
    expect(first.status).toBe(202);
    const mine = await start({ scenario: ID, runs: 10 }, "10.0.0.1");
    expect(mine.status).toBe(429);
    expect(mine.body.error.code).toBe("too-many-jobs");
    expect(mine.body.error.details).toMatchObject({ scope: "client", limit: 1 });
    expect(Number(mine.res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const other = await start({ scenario: ID, runs: 100_000 }, "10.0.0.2");
    expect(other.status).toBe(202);
    const third = await start({ scenario: ID, runs: 10 }, "10.0.0.3");
    expect(third.status).toBe(429);
    expect(third.body.error.details).toMatchObject({ scope: "server", limit: 2 });
    expect(jobs.running()).toBe(2);
    for (const id of [first.body.id, other.body.id]) {
      const stream = request(`/api/stress/monte-carlo/${id}/events`);
      await request(`/api/stress/monte-carlo/${id}`, { method: "DELETE" });
      await readEvents(await stream);
    }
    expect(jobs.running()).toBe(0);
    expect((await start({ scenario: ID, runs: 10 }, "10.0.0.3")).status).toBe(202);
  });
});

describe("bad input", () => {
  const problems = (body: { error: { code: string; path?: string; details?: { problems?: unknown[] } } }) =>
    (body.error.details?.problems as { code: string; path?: string }[] | undefined)?.map((p) => [
      p.code,
      p.path,
    ]) ?? [[body.error.code, body.error.path]];

  it("answers 400 with codes and paths", async () => {
    const { start } = server();
    const unknown = await start({ scenario: "nope" });
    expect(unknown.status).toBe(400);
    expect(problems(unknown.body)).toEqual([["unknown-scenario", "scenario"]]);
    expect(unknown.body.error.details.known).toContain(ID);
    // A deterministic bundled scenario is not offered for Monte Carlo.
    expect((await start({ scenario: "openai-revenue-half" })).body.error.code).toBe("unknown-scenario");

    const tooMany = await start({ scenario: ID, runs: 200_001, seed: -1, extra: 1 });
    expect(tooMany.status).toBe(400);
    expect(problems(tooMany.body)).toEqual(
      expect.arrayContaining([
        [expect.any(String), "runs"],
        [expect.any(String), "seed"],
        ["unknown-field", "extra"],
      ]),
    );

    const fixed = {
      id: "fixed",
      title: { en: "Fixed", ar: "ثابت" },
      model: { name: "eisenberg-noe" },
      shocks: [{ type: "revenue-shortfall", entity: "openai", fraction: 0.5 }],
    };
    const none = await start({ scenario: fixed });
    expect(problems(none.body)).toEqual([["no-distributions", "scenario"]]);

    const bad = await start({
      scenario: {
        ...fixed,
        shocks: [
          { type: "revenue-shortfall", entity: "nobody", fraction: { dist: "uniform", min: 0, max: 2 } },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(problems(bad.body)).toEqual([["distribution-leaves-range", "scenario.shocks[0].fraction"]]);

    const who = await start({
      scenario: {
        ...fixed,
        shocks: [
          { type: "default", entity: "nobody" },
          { ...fixed.shocks[0], fraction: { dist: "beta", alpha: 2, beta: 2 } },
        ],
      },
    });
    expect(problems(who.body)).toEqual([["unknown-entity", "scenario.shocks[0].entity"]]);

    const broken = await start("{ nope");
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("invalid-json");
  });

  it("answers 404, 405, 415 and refuses unknown query parameters", async () => {
    const { request } = server();
    const missing = await request("/api/stress/monte-carlo/00000000-0000-0000-0000-000000000000/events");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("unknown-job");
    const get = await request("/api/stress/monte-carlo");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const put = await request("/api/stress/monte-carlo/x", { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, DELETE");
    const text = await request("/api/stress/monte-carlo", { method: "POST", body: "{}" });
    expect(text.status).toBe(415);
    const query = await request("/api/stress/monte-carlo/x?debug=1");
    expect(query.status).toBe(400);
  });

  it("the OpenAPI document lists the job routes", async () => {
    const { request } = server();
    const doc = (await (await request("/api/openapi.json")).json()) as { paths: Record<string, object> };
    expect(Object.keys(doc.paths["/api/stress/monte-carlo"] ?? {})).toEqual(["post"]);
    expect(Object.keys(doc.paths["/api/stress/monte-carlo/{id}"] ?? {})).toEqual(["get", "delete"]);
    expect(Object.keys(doc.paths["/api/stress/monte-carlo/{id}/events"] ?? {})).toEqual(["get"]);
    const page = await (await request("/api/docs")).text();
    expect(page).toContain("DELETE");
  });
});
