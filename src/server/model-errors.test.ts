/**
 * Issue 13 on the API: a core ModelError is answered by its code (400 for input the model cannot use,
 * 422 for no convergence) with the field's path, its values and the catalogue's sentence in the
 * request's language; it crosses a compute thread as data (the app's default: a real thread); a
 * genuine bug's RangeError is 500 internal-error with no trace of its text.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as models from "../core/contagion/models.ts";
import { ConvergenceError, ModelInputError } from "../core/errors.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../io/scenario-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { createApp } from "./app.ts";
import { computeAnswer, unwrapReply } from "./compute/answer.ts";
import { dataContext } from "./context.ts";
import { ApiError, errorBody } from "./errors.ts";
import { POST_ROUTES } from "./routes/index.ts";
import { NETWORK_EXAMPLE } from "./routes/stress.ts";

const AS_OF = "2026-06-30";
let dataset: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

afterEach(() => vi.restoreAllMocks());

async function post(app: ReturnType<typeof createApp>, path: string, body: unknown) {
  const res = await app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at .*:\d+:\d+/);
  return { status: res.status, body: JSON.parse(text), text };
}

const solve = (model: Record<string, unknown>) => ({ ...NETWORK_EXAMPLE, model });

describe("a model input fault", () => {
  it("is 400 with its code, the option's path in the body and the sentence in English and Arabic", async () => {
    const app = createApp({ dataset, today: () => AS_OF, log: () => {} });
    const en = await post(app, "/api/network/solve?lang=en", solve({ name: "furfine", lgd: 1.5 }));
    expect(en.status).toBe(400);
    expect(en.body.error).toEqual({
      code: "out-of-range",
      path: "model.lgd",
      message: "model.lgd: must lie between 0 and 1 (got 1.5)",
      details: { value: 1.5, min: 0, max: 1 },
    });
    const ar = await post(app, "/api/network/solve?lang=ar", solve({ name: "furfine", lgd: 1.5 }));
    expect(ar.body.error.message).toBe("model.lgd: يجب أن تقع القيمة بين 0 و1 (القيمة المعطاة 1.5)");
  });

  it("a scenario needing a parameter the data lacks is 400 missing-parameter at its path", async () => {
    const lacking = {
      ...dataset,
      parameters: dataset.parameters.filter((p) => p.id !== "stress-capital-ratio"),
    };
    const scenarios = await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset);
    const app = createApp({ dataset: lacking, scenarios, today: () => AS_OF, log: () => {} });
    const en = await post(app, "/api/stress?lang=en", { scenario: "openai-revenue-half" });
    expect(en.status).toBe(400);
    expect(en.body.error).toMatchObject({
      code: "missing-parameter",
      path: "parameters.stress-capital-ratio",
      details: { parameter: "stress-capital-ratio" },
    });
    expect(en.body.error.message).toContain("the dataset has no parameter “stress-capital-ratio”");
    const ar = await post(app, "/api/stress?lang=ar", { scenario: "openai-revenue-half" });
    expect(ar.body.error.message).toContain("لا تتضمن البيانات المعامل «stress-capital-ratio»");
  });

  it("crosses a compute thread as data and is phrased on the main thread", () => {
    vi.spyOn(models, "solveModel").mockImplementation(() => {
      throw new ModelInputError("out-of-range", ["alpha"], { value: 2, min: 0, max: 1 });
    });
    const request = {
      path: "/api/network/solve",
      today: AS_OF,
      body: JSON.stringify(solve({ name: "furfine" })),
    };
    // structuredClone is what postMessage does to the reply between threads.
    const reply = structuredClone(computeAnswer(POST_ROUTES, dataContext(dataset), request));
    let thrown: unknown;
    try {
      unwrapReply(reply);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).status).toBe(400);
    expect(errorBody(thrown as ApiError, "ar").error.message).toBe(
      "alpha: يجب أن تقع القيمة بين 0 و1 (القيمة المعطاة 2)",
    );
  });
});

describe("a bug in core", () => {
  it("a RangeError thrown deep inside is 500 internal-error, logged, its text never in the body", async () => {
    const logged: unknown[] = [];
    // threads: 0 computes on this thread, where the spy is (the tests above cross a real compute thread).
    const app = createApp({
      dataset,
      today: () => AS_OF,
      log: (e) => logged.push(e),
      computeLimits: { threads: 0 },
    });
    vi.spyOn(models, "solveModel").mockImplementation(() => {
      throw new RangeError("matrix has 3 entries, not 2²");
    });
    const res = await post(app, "/api/network/solve", solve({ name: "furfine" }));
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe("internal-error");
    expect(res.text).not.toContain("matrix");
    expect(logged).toHaveLength(1);
  });
});

describe("one ConvergenceError", () => {
  it("is 422 no-convergence with the method's data, whichever method gave up", async () => {
    const app = createApp({ dataset, today: () => AS_OF, log: () => {}, computeLimits: { threads: 0 } });
    vi.spyOn(models, "solveModel").mockImplementation(() => {
      throw new ConvergenceError({ method: "pagerank", iterations: 1000, residual: 0.25, tolerance: 1e-10 });
    });
    const res = await post(app, "/api/network/solve?lang=en", solve({ name: "furfine" }));
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      code: "no-convergence",
      message: "pagerank did not converge in 1,000 iterations (last change 0.25, tolerance 1.00e-10)",
      details: { model: "pagerank", method: "pagerank", iterations: 1000, residual: 0.25, tolerance: 1e-10 },
    });
  });
});
