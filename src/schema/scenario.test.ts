import { beforeAll, describe, expect, it } from "vitest";
import { hasMessage } from "../i18n/message.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { STRESS_FIXTURE_YAML } from "../testing/stress-fixture.ts";
import { tempDataset } from "../testing/temp-dataset.ts";
import type { Dataset } from "./dataset-file.ts";
import { checkScenario, resolveFraction, ScenarioSchema } from "./scenario.ts";

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadDataset(await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  dataset = result.dataset;
});

const base = { id: "s", title: { en: "S", ar: "س" }, model: { name: "eisenberg-noe" } };
/** The halqa codes (or zod kinds) a scenario raises, with their paths. */
function shapeCodes(input: unknown): [string, string][] {
  const r = ScenarioSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => [
    ((i as { params?: { code?: string } }).params?.code ?? i.code) as string,
    i.path.join("."),
  ]);
}

describe("ScenarioSchema", () => {
  it("accepts every shock type", () => {
    const r = ScenarioSchema.safeParse({
      ...base,
      basis: "announced",
      asOf: "2026-01-01",
      shocks: [
        { type: "revenue-shortfall", entity: "lab", fraction: 0.5 },
        { type: "share-price-fall", entity: "lab", fraction: { from: "half" } },
        { type: "payment-delay", entity: "lab", months: 3 },
        { type: "credit-pullback", lenders: "all", fraction: 1 },
        { type: "credit-pullback", lenders: ["bank"], fraction: 0 },
        { type: "default", entity: "lab" },
      ],
    });
    expect(r.success).toBe(true);
  });

  it("rejects fractions outside [0, 1], non-positive delays, unknown models and no shocks", () => {
    expect(
      shapeCodes({ ...base, shocks: [{ type: "revenue-shortfall", entity: "lab", fraction: 1.5 }] }),
    ).toContainEqual(["fraction-out-of-range", "shocks.0.fraction"]);
    expect(
      shapeCodes({ ...base, shocks: [{ type: "payment-delay", entity: "lab", months: -2 }] }),
    ).toContainEqual(["months-not-positive", "shocks.0.months"]);
    expect(
      shapeCodes({
        ...base,
        model: { name: "furfine", lgd: 2 },
        shocks: [{ type: "default", entity: "lab" }],
      }),
    ).toContainEqual(["fraction-out-of-range", "model.lgd"]);
    expect(
      shapeCodes({ ...base, model: { name: "magic" }, shocks: [{ type: "default", entity: "lab" }] })[0]?.[1],
    ).toBe("model.name");
    expect(shapeCodes({ ...base, shocks: [] })[0]?.[1]).toBe("shocks");
    expect(shapeCodes({ ...base, shocks: [{ type: "tsunami", entity: "lab" }] })[0]?.[1]).toBe(
      "shocks.0.type",
    );
  });
});

describe("checkScenario against a dataset", () => {
  const check = (shocks: unknown[], extra: Record<string, unknown> = {}) =>
    checkScenario(ScenarioSchema.parse({ ...base, ...extra, shocks }), dataset, 2).map((p) => [
      p.code,
      p.path.join("."),
    ]);

  it("names unknown entities, lenders and parameters", () => {
    expect(check([{ type: "default", entity: "ghost" }])).toEqual([["unknown-entity", "shocks.0.entity"]]);
    expect(check([{ type: "credit-pullback", lenders: ["bank", "ghost"], fraction: 1 }])).toEqual([
      ["unknown-entity", "shocks.0.lenders.1"],
    ]);
    expect(check([{ type: "share-price-fall", entity: "lab", fraction: { from: "nope" } }])).toEqual([
      ["scenario-unknown-parameter", "shocks.0.fraction.from"],
    ]);
    expect(check([{ type: "default", entity: "lab" }], { parameters: { nope: 1 } })).toEqual([
      ["scenario-unknown-parameter", "parameters.nope"],
    ]);
    expect(
      check([{ type: "default", entity: "lab" }], { model: { name: "furfine", lgd: { from: "nope" } } }),
    ).toEqual([["scenario-unknown-parameter", "model.lgd.from"]]);
  });

  it("refuses impossible shocks: no revenue to cut, a delay beyond the horizon", () => {
    expect(check([{ type: "revenue-shortfall", entity: "bank", fraction: 0.5 }])).toEqual([
      ["scenario-no-revenue", "shocks.0.entity"],
    ]);
    expect(check([{ type: "payment-delay", entity: "lab", months: 25 }])).toEqual([
      ["delay-beyond-horizon", "shocks.0.months"],
    ]);
    expect(check([{ type: "payment-delay", entity: "lab", months: 24 }])).toEqual([]);
  });

  it("reads a percent indicator as a fraction (midpoint of 40–60% is 0.5)", () => {
    expect(resolveFraction({ from: "half" }, dataset)).toBe(0.5);
    expect(resolveFraction(0.3, dataset)).toBe(0.3);
    expect(resolveFraction({ from: "nope" }, dataset)).toBeUndefined();
  });

  it("has a message for every code it raises, in English and Arabic", () => {
    for (const code of [
      "fraction-out-of-range",
      "months-not-positive",
      "scenario-unknown-parameter",
      "scenario-no-revenue",
      "delay-beyond-horizon",
      "unknown-entity",
    ]) {
      expect(hasMessage("en", `problem.${code}`), code).toBe(true);
      expect(hasMessage("ar", `problem.${code}`), code).toBe(true);
    }
  });
});
