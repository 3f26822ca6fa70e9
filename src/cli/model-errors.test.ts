/**
 * Issue 13 on the command line: a core ModelError is phrased by its code from the catalogue (exit 2
 * for input the model cannot use, 1 for no convergence), in English and Arabic, with no stack; a
 * genuine bug's RangeError is an internal error, never shown as the user's fault.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as models from "../core/contagion/models.ts";
import {
  ConvergenceError,
  MODEL_INPUT_CODES,
  type ModelErrorCode,
  type ModelValues,
} from "../core/errors.ts";
import { ConvergenceError as PageRankConvergenceError } from "../core/network/pagerank.ts";
import { hasMessage } from "../i18n/message.ts";
import { modelFaultMessage } from "../i18n/model-problem.ts";
import { captureIo } from "../testing/capture-io.ts";
import * as load from "./load.ts";
import { main } from "./main.ts";

const dir = mkdtempSync(join(tmpdir(), "halqa-model-errors-"));
const network = (model: Record<string, unknown>) => {
  const path = join(dir, `net-${Object.values(model).join("-")}.json`);
  const body = {
    nodes: [
      { id: "a", externalAssets: 1, externalLiabilities: 0 },
      { id: "b", externalAssets: 0, externalLiabilities: 0 },
    ],
    liabilities: [{ debtor: "a", creditor: "b", amount: 2 }],
    shocks: [{ node: "a", externalAssets: -0.5 }],
    model,
  };
  writeFileSync(path, JSON.stringify(body));
  return path;
};

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  const err = io.err();
  expect(err).not.toMatch(/\n\s+at .*:\d+:\d+/);
  return { code, out: io.out(), err };
}

afterEach(() => vi.restoreAllMocks());

describe("a model input fault", () => {
  it("is exit 2 with its code, its field and the catalogue's sentence, in English and Arabic", async () => {
    const file = network({ name: "rogers-veraart", alpha: 2 });
    const en = await run(["network", "solve", file]);
    expect(en.code).toBe(2);
    expect(en.out).toBe("");
    expect(en.err).toBe(`halqa: [out-of-range] ${file}: alpha: must lie between 0 and 1 (got 2)`);
    const ar = await run(["network", "solve", file, "--lang", "ar"]);
    expect(ar.code).toBe(2);
    expect(ar.err).toContain("[out-of-range]");
    expect(ar.err).toContain("alpha: يجب أن تقع القيمة بين 0 و1 (القيمة المعطاة 2)");
  });

  it("a scenario needing a parameter the data lacks names the parameter, not a core sentence", async () => {
    const real = load.requireDataset;
    vi.spyOn(load, "requireDataset").mockImplementation(async (...args) => {
      const dataset = await real(...args);
      return { ...dataset, parameters: dataset.parameters.filter((p) => p.id !== "stress-horizon-years") };
    });
    const scenario = join(import.meta.dirname, "..", "..", "scenarios", "openai-revenue-half.yaml");
    const en = await run(["stress", scenario, "--as-of", "2026-06-30"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("[missing-parameter]");
    expect(en.err).toContain(
      "parameters.stress-horizon-years: the dataset has no parameter “stress-horizon-years”",
    );
    const ar = await run(["stress", scenario, "--as-of", "2026-06-30", "--lang", "ar"]);
    expect(ar.code).toBe(2);
    expect(ar.err).toContain("لا تتضمن البيانات المعامل «stress-horizon-years»");
  });
});

describe("a bug in core", () => {
  it("a RangeError thrown deep inside is an internal error (exit 1), not the user's fault", async () => {
    vi.spyOn(models, "solveModel").mockImplementation(() => {
      throw new RangeError("matrix has 3 entries, not 2²");
    });
    const { code, err } = await run(["network", "solve", network({ name: "furfine" })]);
    expect(code).toBe(1);
    expect(err).toMatch(/^halqa: \[internal-error\] an unexpected error stopped halqa/);
    expect(err).toContain("this is a bug in halqa, not in your data");
  });
});

describe("one ConvergenceError", () => {
  it("is the same class for the contagion models and PageRank", () => {
    expect(PageRankConvergenceError).toBe(ConvergenceError);
  });

  it("is exit 1 with the method, its iterations and its last change, in both languages", async () => {
    vi.spyOn(models, "solveModel").mockImplementation(() => {
      throw new ConvergenceError({ method: "pagerank", iterations: 1000, residual: 0.25, tolerance: 1e-10 });
    });
    const file = network({ name: "furfine" });
    const en = await run(["network", "solve", file]);
    expect(en.code).toBe(1);
    expect(en.err).toBe(
      `halqa: [no-convergence] ${file}: pagerank did not converge in 1,000 iterations (last change 0.25, tolerance 1.00e-10)`,
    );
    const ar = await run(["network", "solve", file, "--lang", "ar"]);
    expect(ar.code).toBe(1);
    expect(ar.err).toContain("لم يتقارب pagerank خلال 1,000 تكرار");
  });
});

/** The values core passes with each code (core/errors.ts documents them). */
const SAMPLE_VALUES: Record<ModelErrorCode, ModelValues> = {
  "not-positive": { value: 0 },
  negative: { value: -1 },
  "out-of-range": { value: 1.5, min: 0, max: 1 },
  "not-whole-number": { value: 1.5, min: 0 },
  "not-safe-integer": { value: 1.5 },
  "not-finite": { value: Number.NaN },
  "range-reversed": { start: 2030, end: 2029 },
  "unknown-option": { options: ["bogus"], allowed: ["lgd", "zeroEquityIsDefault"] },
  "invalid-option": { value: "linear", allowed: ["eisenberg-noe", "furfine"] },
  "unknown-node": { node: "x" },
  "self-holding": { node: "a", kind: "equity" },
  "over-held": { node: "a", share: 1.2 },
  "missing-parameter": { parameter: "stress-horizon-years" },
  "missing-volatility": { node: "a" },
  "invalid-date": { value: "22/09/2025" },
  "invalid-period": { value: "2025-Q5" },
  "invalid-amount": { value: -1 },
  "zero-total": { value: 0 },
  "weights-over-total": { total: 1.2 },
  "shares-not-summing-to-one": { total: 0.9 },
  "invalid-shard": { index: 3, count: 2 },
  "not-in-static-mode": { value: "{}" },
  "invalid-band": { low: 2, high: 1 },
  "no-convergence": { method: "neva", iterations: 2, residual: 0.1, tolerance: 1e-10 },
};

describe("the catalogue's problem.model part", () => {
  it("phrases every code core throws, in English and Arabic, with the values core gives", () => {
    for (const code of [...MODEL_INPUT_CODES, "no-convergence" as const]) {
      for (const lang of ["en", "ar"] as const) {
        expect(hasMessage(lang, `problem.model.${code}`), `${lang} ${code}`).toBe(true);
        const text = modelFaultMessage(lang, { code, path: [], values: SAMPLE_VALUES[code] });
        // The fallback starts with the code: a message that formatted does not.
        expect(text.startsWith(code), `${lang} ${code}: ${text}`).toBe(false);
      }
    }
  });

  it("uses Arabic's plural forms and Western digits for counts", () => {
    const fault = (iterations: number) => ({
      code: "no-convergence",
      path: [],
      values: { ...SAMPLE_VALUES["no-convergence"], iterations },
    });
    expect(modelFaultMessage("ar", fault(1))).toContain("خلال تكرار واحد");
    expect(modelFaultMessage("ar", fault(2))).toContain("خلال تكرارين");
    expect(modelFaultMessage("ar", fault(3))).toContain("خلال 3 تكرارات");
    expect(modelFaultMessage("ar", fault(11))).toContain("خلال 11 تكرارًا");
    expect(modelFaultMessage("en", fault(1))).toContain("in 1 iteration (");
    expect(modelFaultMessage("en", { code: "over-held", path: [], values: SAMPLE_VALUES["over-held"] })).toBe(
      "others hold 120% of node a, more than 100%",
    );
  });
});
