/**
 * The heavy POST routes on compute threads answer exactly what the main thread answers (status,
 * headers, body bytes), errors included; with every thread busy and no room to wait the next request
 * gets 429, Retry-After and the code server-busy in the request's language, while GETs still answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios, type ScenarioCatalogue } from "../../io/scenario-files.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { createApp } from "../app.ts";
import { POST_ROUTES } from "../routes/index.ts";
import { NETWORK_EXAMPLE } from "../routes/stress.ts";
import { createPostCompute, type PostCompute } from "./threads.ts";

const today = () => "2026-06-30";
let dataset: Dataset;
let scenarios: ScenarioCatalogue;
let compute: PostCompute;
let inline: ReturnType<typeof createApp>;
let threaded: ReturnType<typeof createApp>;

// The OpenAPI document's own example: what the docs show is what the tests solve.
const NETWORK = NETWORK_EXAMPLE;

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset did not load");
  dataset = loaded.dataset;
  scenarios = await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset);
  compute = createPostCompute(
    POST_ROUTES,
    { dataset, scenarios },
    { threads: 1, waiting: 0, retryAfterSeconds: 4 },
  );
  inline = createApp({ dataset, scenarios, today, computeLimits: { threads: 0 } });
  threaded = createApp({ dataset, scenarios, today, compute });
});
afterAll(() => compute.close());

const post = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

async function snapshot(res: Response) {
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    cache: res.headers.get("cache-control"),
    body: await res.text(),
  };
}

describe("POST routes on compute threads", () => {
  const cases: [string, string, unknown][] = [
    ["a network solved", "/api/network/solve", NETWORK],
    ["a network with an unknown model (400)", "/api/network/solve", { ...NETWORK, model: { name: "nope" } }],
    ["a bundled scenario", "/api/stress?lang=ar", { scenario: "openai-revenue-half", asOf: "2026-06-30" }],
    ["an unknown scenario (400)", "/api/stress", { scenario: "no-such-scenario" }],
  ];
  for (const [name, path, body] of cases)
    it(`answer as the main thread does: ${name}`, async () => {
      const expected = await snapshot(await post(inline, path, body));
      const got = await snapshot(await post(threaded, path, body));
      expect(got).toEqual(expected);
      expect(got.body.length).toBeGreaterThan(10);
    });

  it("429 with Retry-After when the thread is busy and nothing may wait; GETs still answer", async () => {
    const first = post(threaded, "/api/stress", { scenario: "openai-revenue-half" });
    const second = await post(threaded, "/api/network/solve?lang=ar", NETWORK);
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("4");
    const error = ((await second.json()) as { error: Record<string, unknown> }).error;
    expect(error.code).toBe("server-busy");
    expect(error.message).toContain("الخادم مشغول");
    expect(error.details).toMatchObject({ running: 1, queued: 0, retryAfter: 4 });
    expect((await threaded.request("/api/health")).status).toBe(200);
    expect((await first).status).toBe(200);
    // The thread is free again.
    expect((await post(threaded, "/api/network/solve", NETWORK)).status).toBe(200);
  });
});
