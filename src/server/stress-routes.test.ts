/**
 * The stress routes on the bundled dataset and scenarios: GET /api/scenarios lists what
 * scenarios/*.yaml hold, POST /api/stress equals runScenario for a bundled id and for a scenario
 * object, POST /api/network/solve equals solveModel on the documented example; and every bad input is
 * a 4xx with its halqa code and its path in the body (unknown scenario, unknown entity, a fraction out
 * of range, broken JSON, the wrong content type, an oversized body, a GET).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { solveModel } from "../core/contagion/models.ts";
import { indexNetwork } from "../core/contagion/network.ts";
import { runScenario } from "../core/stress/run-scenario.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios, type ScenarioCatalogue } from "../io/scenario-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { parseNetwork } from "../schema/network.ts";
import { resolveFraction, type Scenario } from "../schema/scenario.ts";
import { createApp } from "./app.ts";
import { POST_BODY_LIMIT } from "./body.ts";
import { NETWORK_LIMITS } from "./handlers/stress.ts";
import { NETWORK_EXAMPLE } from "./routes/stress.ts";

const AS_OF = "2026-06-30";
let dataset: Dataset;
let catalogue: ScenarioCatalogue;
let app: ReturnType<typeof createApp>;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

async function post(path: string, body: unknown, init: RequestInit = {}) {
  const res = await app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });
  return { res, status: res.status, body: JSON.parse(await res.text()) };
}

// The OpenAPI document's own example: what the docs show is what the tests solve.
const EXAMPLE = NETWORK_EXAMPLE;

const custom = (shocks: unknown[], model: Record<string, unknown> = { name: "eisenberg-noe" }) => ({
  id: "custom",
  title: { en: "A test", ar: "اختبار" },
  model,
  shocks,
});

const run = (scenario: Scenario, model?: "furfine") =>
  runScenario(dataset, scenario, {
    asOf: AS_OF,
    ...(model ? { model } : {}),
    fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
  });

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
  catalogue = await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset);
  app = createApp({ dataset, scenarios: catalogue, today: () => AS_OF });
});

describe("GET /api/scenarios", () => {
  it("lists every bundled scenario, parsed, with bilingual titles and its cited figures resolved", async () => {
    const res = await app.request("/api/scenarios");
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    const body = (await res.json()) as {
      skipped: unknown[];
      monteCarlo: { id: string }[];
      scenarios: { id: string; title: { ar: string }; model: unknown; references: unknown[] }[];
    };
    expect(body.skipped).toEqual([]);
    expect(body.monteCarlo.map((s) => s.id)).toEqual(["openai-revenue-uncertain"]);
    expect(body.scenarios.map((s: { id: string }) => s.id)).toEqual([
      "grid-slip-24-months",
      "nvidia-share-price-minus-40",
      "openai-revenue-half",
      "private-credit-pullback",
      "replay-1999",
    ]);
    const replay = body.scenarios.find((s) => s.id === "replay-1999") as (typeof body.scenarios)[number];
    expect(replay.title.ar).toMatch(/[\u0600-\u06FF]/);
    expect(replay.model).toEqual({
      name: "furfine",
      lgd: { from: "tunguz-vendor-loans-uncollected-2000-2003" },
    });
    // Tunguz's 33–80 %: the midpoint, as a fraction, with its source.
    expect(replay.references).toEqual([
      expect.objectContaining({
        path: "model.lgd",
        value: 0.565,
        sources: ["tunguz-2025-10-03-nvidia-vendor-financing"],
      }),
    ]);
  });

  it("offers only the scenarios that fit the dataset, and says why the others were left out", async () => {
    const small: Dataset = { ...dataset, entities: dataset.entities.filter((e) => e.id !== "openai") };
    const partial = await loadScenarios(BUNDLED_SCENARIOS_DIR, small);
    expect(partial.scenarios.map((s) => s.scenario.id)).not.toContain("openai-revenue-half");
    const skipped = partial.skipped.find((s) => s.file === "openai-revenue-half.yaml");
    expect(skipped?.problems[0]).toMatchObject({ code: "unknown-entity", path: ["shocks", 0, "entity"] });
    expect(await loadScenarios("/nonexistent/halqa", dataset)).toEqual({
      scenarios: [],
      monteCarlo: [],
      skipped: [],
    });
  });
});

describe("POST /api/stress", () => {
  it("runs a bundled scenario by id: the result of runScenario, plus the cited figures", async () => {
    const { status, res, body } = await post("/api/stress", { scenario: "private-credit-pullback" });
    expect(status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const scenario = catalogue.scenarios.find((s) => s.scenario.id === "private-credit-pullback")?.scenario;
    const want = run(scenario as Scenario);
    expect(body).toEqual(json({ ...want, references: [] }));
    expect(body.waves.length).toBeGreaterThan(0);
    // The account is coded steps the faces phrase (report.stress.step.*), never sentences.
    expect(body.account.map((step: { code: string }) => step.code)).toContain("wave");
  });

  it("runs a scenario object, and overrides the model by name", async () => {
    const scenario = custom([{ type: "credit-pullback", lenders: "all", fraction: 0.2 }]);
    const { status, body } = await post("/api/stress", { scenario, model: "furfine", asOf: AS_OF });
    expect(status).toBe(200);
    expect(body.model).toBe("furfine");
    expect(body).toEqual(json({ ...run(scenario as Scenario, "furfine"), references: [] }));
  });

  it("a bigger shock defaults more entities", async () => {
    const small = await post("/api/stress", {
      scenario: custom([{ type: "credit-pullback", lenders: "all", fraction: 0.05 }]),
    });
    const large = await post("/api/stress", {
      scenario: custom([{ type: "credit-pullback", lenders: "all", fraction: 0.9 }]),
    });
    expect(large.body.defaults.length).toBeGreaterThan(small.body.defaults.length);
  });

  it("400 for an unknown scenario id, with the known ones", async () => {
    const { status, body } = await post("/api/stress", { scenario: "nope" });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "unknown-scenario", path: "scenario" });
    expect(body.error.details.known).toContain("replay-1999");
  });

  it("400 for an unknown entity and a fraction out of range, every problem with its path", async () => {
    const scenario = custom([
      { type: "default", entity: "nobody" },
      { type: "share-price-fall", entity: "nvidia", fraction: 1.5 },
    ]);
    const { status, body } = await post("/api/stress?lang=en", { scenario });
    expect(status).toBe(400);
    // The shape is checked first: the fraction; the entities only once the shape is right.
    expect(body.error).toMatchObject({ code: "fraction-out-of-range", path: "scenario.shocks[1].fraction" });
    const unknown = await post("/api/stress", { scenario: custom([{ type: "default", entity: "nobody" }]) });
    expect(unknown.body.error).toMatchObject({ code: "unknown-entity", path: "scenario.shocks[0].entity" });
    expect(unknown.body.error.message).toContain("nobody");
  });

  it("400 for a bad body: unknown fields, an unknown model, a missing scenario; messages in Arabic on request", async () => {
    const bad = await post("/api/stress?lang=ar", { scenario: "replay-1999", model: "magic", extra: 1 });
    expect(bad.status).toBe(400);
    const codes = bad.body.error.details.problems.map(
      (p: { code: string; path: string }) => `${p.code}@${p.path}`,
    );
    expect(codes.sort()).toEqual(["invalid-choice@model", "unknown-field@extra"]);
    expect(bad.body.error.message).toMatch(/[\u0600-\u06FF]/);
    expect((await post("/api/stress", {})).body.error).toMatchObject({ code: "required", path: "scenario" });
  });
});

describe("POST /api/network/solve", () => {
  it("solves the documented example: the result of solveModel", async () => {
    const { status, body } = await post("/api/network/solve", EXAMPLE);
    expect(status).toBe(200);
    const parsed = parseNetwork(EXAMPLE);
    if (!parsed.ok) throw new Error("example invalid");
    expect(body).toEqual(json(solveModel("eisenberg-noe", indexNetwork(parsed.network))));
    expect(body.nodes.map((n: { wave: number | null }) => n.wave)).toEqual([1, 2, null]);
  });

  it("passes the model's options, and refuses impossible ones", async () => {
    const rv = await post("/api/network/solve", {
      ...EXAMPLE,
      model: { name: "rogers-veraart", alpha: 0.5, beta: 0.5 },
    });
    expect(rv.status).toBe(200);
    expect(rv.body.options).toMatchObject({ alpha: 0.5, beta: 0.5 });
    const bad = await post("/api/network/solve", { ...EXAMPLE, model: { name: "rogers-veraart", alpha: 2 } });
    expect(bad.status).toBe(400);
    // A core ModelInputError, answered by its code at the option's path in the body (issue 13).
    expect(bad.body.error).toEqual({
      code: "out-of-range",
      path: "model.alpha",
      message: "model.alpha: must lie between 0 and 1 (got 2)",
      details: { value: 2, min: 0, max: 1 },
    });
  });

  it("accepts NEVA's valuation and seniority choices, and names a wrong one by its path", async () => {
    const model = { name: "neva", valuation: "linear-debtrank", externalSeniority: "senior" };
    const ok = await post("/api/network/solve", { ...EXAMPLE, model });
    expect(ok.status).toBe(200);
    expect(ok.body.options).toMatchObject({ valuation: "linear-debtrank", externalSeniority: "senior" });
    const bad = await post("/api/network/solve", { ...EXAMPLE, model: { ...model, valuation: "linear" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalid-enum", path: "model.valuation" });
  });

  it("400 with every problem of the network and its path", async () => {
    const broken = {
      nodes: [
        { id: "a", externalAssets: -1, externalLiabilities: 0 },
        { id: "a", externalAssets: 0, externalLiabilities: 0 },
      ],
      liabilities: [{ debtor: "a", creditor: "z", amount: 1 }],
      model: { name: "eisenberg-noe" },
    };
    const { status, body } = await post("/api/network/solve", broken);
    expect(status).toBe(400);
    const problems = body.error.details.problems.map(
      (p: { code: string; path: string }) => `${p.code}@${p.path}`,
    );
    expect(problems.sort()).toEqual([
      "duplicate-node@nodes[1].id",
      "negative-amount@nodes[0].externalAssets",
      "unknown-node@liabilities[0].creditor",
    ]);
  });

  it("400 without a model or with an unknown one", async () => {
    const { model: _m, ...none } = EXAMPLE;
    expect((await post("/api/network/solve", none)).body.error).toMatchObject({
      code: "required",
      path: "model.name",
    });
    const unknown = await post("/api/network/solve", { ...EXAMPLE, model: { name: "magic" } });
    expect(unknown.body.error).toMatchObject({ code: "invalid-choice", path: "model.name" });
  });

  it("400 for a network over the size limit", async () => {
    const nodes = Array.from({ length: NETWORK_LIMITS.nodes + 1 }, (_, i) => ({
      id: `n${i}`,
      externalAssets: 0,
      externalLiabilities: 0,
    }));
    const { status, body } = await post("/api/network/solve", { nodes, model: { name: "furfine" } });
    expect(status).toBe(400);
    expect(body.error.code).toBe("network-too-large");
  });
});

describe("what every POST refuses", () => {
  it("400 for broken JSON, with its line and column; 400 for an empty body", async () => {
    const { status, body } = await post("/api/network/solve", '{\n  "nodes": [,\n]}');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: "invalid-json",
      path: "body",
      details: { line: 2, column: 13 },
    });
    expect((await post("/api/stress", "  ")).body.error.code).toBe("empty-body");
  });

  it("415 unless the body is declared as JSON", async () => {
    const res = await app.request("/api/stress", { method: "POST", body: '{"scenario":"replay-1999"}' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported-media-type");
  });

  it("413 for a body over 1 MiB, declared or streamed", async () => {
    const big = `{"nodes":[],"x":"${"x".repeat(POST_BODY_LIMIT)}"}`;
    const { status, body } = await post("/api/network/solve", big);
    expect(status).toBe(413);
    expect(body.error.code).toBe("body-too-large");
    const declared = await post("/api/stress", "{}", {
      headers: { "Content-Type": "application/json", "Content-Length": String(2 * POST_BODY_LIMIT) },
    });
    expect(declared.status).toBe(413);
  });

  it("405 with Allow: POST for any other method", async () => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const res = await app.request("/api/stress", { method });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("post-only");
    }
  });

  it("an unknown query parameter is refused", async () => {
    const { status, body } = await post("/api/stress?x=1", { scenario: "replay-1999" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("unknown-parameter");
  });
});
