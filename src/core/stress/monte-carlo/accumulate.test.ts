import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDataset } from "../../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../../io/paths.ts";
import {
  checkScenario,
  hasDistributions,
  resolveFraction,
  type UncertainScenario,
  UncertainScenarioSchema,
} from "../../../schema/scenario.ts";
import { STRESS_FIXTURE_YAML } from "../../../testing/stress-fixture.ts";
import { tempDataset } from "../../../testing/temp-dataset.ts";
import type { Dataset } from "../../model/dataset.ts";
import { runScenario } from "../run-scenario.ts";
import { mergePartials, runChunk, runSamples, SampleError } from "./accumulate.ts";
import { compileScenario, newOutcome } from "./evaluator.ts";
import { drawInputs, fixScenario } from "./inputs.ts";
import { sampleRng } from "./sample-stream.ts";
import { summarize } from "./summarize.ts";

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadDataset(await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  dataset = result.dataset;
});

const scenario = (shocks: unknown[], extra: Record<string, unknown> = {}): UncertainScenario =>
  UncertainScenarioSchema.parse({
    id: "t",
    title: { en: "T", ar: "ت" },
    model: { name: "eisenberg-noe" },
    shocks,
    ...extra,
  });
const UNCERTAIN = [
  { type: "revenue-shortfall", entity: "lab", fraction: { dist: "beta", alpha: 2, beta: 2 } },
  { type: "payment-delay", entity: "lab", months: { dist: "uniform", min: 0, max: 12 } },
  { type: "credit-pullback", lenders: ["bank"], fraction: { dist: "triangular", min: 0, mode: 0.2, max: 1 } },
];
const options = () => ({
  asOf: "2026-01-01",
  fraction: (f: number | { from: string }) => resolveFraction(f, dataset) ?? Number.NaN,
});

describe("compiled evaluator", () => {
  it.each(["eisenberg-noe", "furfine", "debtrank", "rogers-veraart"] as const)(
    "gives runScenario's losses, defaults and unfunded total on each sample (%s)",
    (model) => {
      const s = scenario(UNCERTAIN);
      const evaluator = compileScenario(dataset, s, { ...options(), model });
      const out = newOutcome(evaluator.entities.length);
      const values = new Float64Array(evaluator.inputs.length);
      for (let k = 0; k < 40; k++) {
        drawInputs(evaluator.inputs, sampleRng(3, k), values);
        evaluator.evaluate(values, out);
        const det = runScenario(dataset, fixScenario(s, values), { ...options(), model });
        evaluator.entities.forEach((id, i) => {
          expect(out.loss[i]).toBeCloseTo(det.losses.find((l) => l.entity === id)?.loss ?? 0, 9);
          expect(out.defaulted[i] === 1).toBe(det.defaults.some((d) => d.entity === id));
        });
        expect(out.unfunded).toBeCloseTo(det.totalUnfunded, 9);
      }
    },
  );

  it("rebuilds the network when a sampled parameter changes it (the capital ratio), and agrees", () => {
    const s = scenario(UNCERTAIN.slice(0, 1), {
      parameters: { "stress-capital-ratio": { dist: "uniform", min: 0.1, max: 0.3 } },
    });
    const evaluator = compileScenario(dataset, s, options());
    expect(evaluator.rebuilds).toBe(true);
    const out = newOutcome(evaluator.entities.length);
    const values = Float64Array.of(0.25, 0.8);
    evaluator.evaluate(values, out);
    const det = runScenario(dataset, fixScenario(s, values), options());
    expect(out.unfunded).toBeCloseTo(det.totalUnfunded, 9);
  });
});

describe("reproducibility", () => {
  it("gives bit-identical summaries whatever the chunking and the order chunks arrive in", () => {
    const s = scenario(UNCERTAIN);
    const evaluator = compileScenario(dataset, s, options());
    const names = evaluator.entities;
    const one = summarize(runSamples(evaluator, 7, 0, 300, 300), names, evaluator.inputs);
    const small = runSamples(evaluator, 7, 0, 300, 17);
    small.chunks.reverse();
    const halves = mergePartials(
      runSamples(evaluator, 7, 150, 150, 40),
      runSamples(evaluator, 7, 0, 150, 64),
    );
    expect(summarize(small, names, evaluator.inputs)).toEqual(one);
    expect(summarize(halves, names, evaluator.inputs)).toEqual(one);
    expect(one.samples).toBe(300);
    expect(one.sensitivity.map((x) => x.path)).toHaveLength(3);
    // The loss histogram counts every sample, from the smallest loss to the largest.
    expect(one.histogram.counts.reduce((a, b) => a + b, 0)).toBe(300);
    expect(one.histogram.counts).toHaveLength(40);
    // A different seed gives a different run.
    expect(summarize(runSamples(evaluator, 8, 0, 300), names, evaluator.inputs)).not.toEqual(one);
  });

  it("names the sample and its seed when a sample fails", () => {
    const s = scenario(UNCERTAIN.slice(0, 1), {
      parameters: { "stress-horizon-years": { dist: "normal", mean: 0.5, sd: 1 } },
    });
    const evaluator = compileScenario(dataset, s, options());
    expect(evaluator.rebuilds).toBe(false);
    let error: unknown;
    try {
      runChunk(evaluator, 1, 0, 200);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SampleError);
    expect((error as SampleError).message).toMatch(/^sample \d+ \(sample seed \d+\) failed: /);
    // The sample's own fault travels as data, so a face can phrase it (and a worker can post it).
    expect((error as SampleError).model).toMatchObject({
      code: "not-positive",
      path: ["parameters", "stress-horizon-years"],
    });
  });
});

describe("bundled scenarios with distributions", async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  const bundled = loaded.dataset;
  const dir = new URL("../../../../scenarios/", import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
    const s = UncertainScenarioSchema.parse(parse(readFileSync(new URL(file, dir), "utf8")));
    if (!hasDistributions(s)) continue;
    it(`${file} is valid and runs`, () => {
      expect(checkScenario(s, bundled, 8)).toEqual([]);
      const evaluator = compileScenario(bundled, s, {
        asOf: "2026-06-30",
        fraction: (f) => resolveFraction(f, bundled) ?? Number.NaN,
      });
      const summary = summarize(runSamples(evaluator, 7, 0, 50), evaluator.entities, evaluator.inputs);
      expect(summary.samples).toBe(50);
      expect(summary.systemLoss.mean).toBeGreaterThan(0);
    });
  }
});

describe("power delay in the compiled evaluator", async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  const bundled = loaded.dataset;
  const fraction = (f: number | { from: string }) => resolveFraction(f, bundled) ?? Number.NaN;

  it("gives runScenario's losses for sampled months of grid delay, by region and everywhere", () => {
    for (const where of [{}, { region: "Texas" }, { region: "US" }]) {
      const s = scenario([{ type: "power-delay", months: { dist: "uniform", min: 0, max: 36 }, ...where }]);
      const evaluator = compileScenario(bundled, s, { asOf: "2026-01-01", fraction });
      const out = newOutcome(evaluator.entities.length);
      const values = new Float64Array(evaluator.inputs.length);
      for (let k = 0; k < 10; k++) {
        drawInputs(evaluator.inputs, sampleRng(5, k), values);
        evaluator.evaluate(values, out);
        const det = runScenario(bundled, fixScenario(s, values), { asOf: "2026-01-01", fraction });
        evaluator.entities.forEach((id, i) => {
          expect(out.loss[i]).toBeCloseTo(det.losses.find((l) => l.entity === id)?.loss ?? 0, 3);
        });
      }
    }
  });
});
