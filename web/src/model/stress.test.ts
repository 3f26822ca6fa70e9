import type { StressStep } from "@core/stress/account.ts";
import { runScenario } from "@core/stress/run-scenario.ts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../../src/io/paths.ts";
import type { Dataset } from "../../../src/schema/dataset-file.ts";
import { resolveFraction, type Scenario } from "../../../src/schema/scenario.ts";
import {
  editableShocks,
  type OfferedScenario,
  readOptions,
  runStress,
  scenarioOf,
  stressState,
} from "./stress.ts";
import { cascadeSteps, hitByShocks, marksAt } from "./stress-steps.ts";
import { decodeShocks, type EditShock, encodeOptions, encodeShocks } from "./stress-url.ts";

const known = (id: string) => ["openai", "nvidia", "coreweave", "oracle", "blackrock"].includes(id);
const id = fc.constantFrom("openai", "nvidia", "coreweave", "oracle");
const fraction = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000);
const shock: fc.Arbitrary<EditShock> = fc.oneof(
  fc.record({
    type: fc.constantFrom("revenue-shortfall" as const, "share-price-fall" as const),
    entity: id,
    fraction,
  }),
  fc.record({
    type: fc.constant("payment-delay" as const),
    entity: id,
    months: fc.integer({ min: 1, max: 96 }),
  }),
  fc.record({
    type: fc.constant("credit-pullback" as const),
    lenders: fc.oneof(fc.constant("all" as const), fc.uniqueArray(id, { minLength: 1, maxLength: 3 })),
    fraction,
  }),
  fc.record({ type: fc.constant("default" as const), entity: id }),
  fc.record(
    {
      type: fc.constant("power-delay" as const),
      months: fc.integer({ min: 1, max: 96 }),
      site: fc.constantFrom("stargate-abilene", "colossus-2"),
    },
    { requiredKeys: ["type", "months"] },
  ),
);

const replay: OfferedScenario = {
  id: "replay-1999",
  title: { en: "1999 replay", ar: "إعادة 1999" },
  model: { name: "furfine", lgd: { from: "tunguz-vendor-loans-uncollected-2000-2003" } },
  shocks: [
    { type: "default", entity: "openai" },
    { type: "share-price-fall", entity: "nvidia", fraction: { from: "some-indicator" } },
  ],
  file: "replay-1999.yaml",
  references: [
    { path: "model.lgd", id: "x", value: 0.565, name: { en: "x", ar: "x" }, sources: ["s"], estimate: false },
    {
      path: "shocks[1].fraction",
      id: "y",
      value: 0.3,
      name: { en: "y", ar: "y" },
      sources: ["s"],
      estimate: false,
    },
  ],
};
const none = { scenario: null, shocks: null, model: null, options: null };

describe("the stress scenario in the URL", () => {
  it("round-trips any list of shocks", () => {
    fc.assert(
      fc.property(fc.array(shock, { maxLength: 5 }), (shocks) => {
        expect(decodeShocks(encodeShocks(shocks), known)).toEqual(shocks);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a hand-written link, dropping what it cannot read", () => {
    expect(
      encodeShocks([{ type: "credit-pullback", lenders: ["oracle", "blackrock"], fraction: 0.25 }]),
    ).toBe("credit-pullback.oracle_blackrock.0.25");
    expect(
      decodeShocks(
        "default.openai,default.nobody,share-price-fall.nvidia.1.5,payment-delay.oracle.0,zap.x.1,",
        known,
      ),
    ).toEqual([{ type: "default", entity: "openai" }]);
    // A power delay names a site or "all" (every site not yet online); a bad size is dropped.
    expect(encodeShocks([{ type: "power-delay", months: 24 }])).toBe("power-delay.all.24");
    expect(
      decodeShocks("power-delay.all.24,power-delay.abilene.6,power-delay.all.0,power-delay.Bad!.3", known),
    ).toEqual([
      { type: "power-delay", months: 24 },
      { type: "power-delay", months: 6, site: "abilene" },
    ]);
  });

  it("keeps only the options the model takes, with values it accepts", () => {
    const text = encodeOptions({ lgd: 0.4, zeroEquityIsDefault: true, alpha: 0.5 });
    expect(text).toBe("lgd.0.4,zeroEquityIsDefault.1,alpha.0.5");
    expect(readOptions(text, "furfine")).toEqual({ lgd: 0.4, zeroEquityIsDefault: true });
    expect(readOptions("lgd.2,zeroEquityIsDefault.yes", "furfine")).toEqual({});
    expect(readOptions("externalSeniority.senior", "eisenberg-noe")).toEqual({ externalSeniority: "senior" });
  });
});

describe("stressState and scenarioOf", () => {
  it("starts from the bundled scenario, with its cited figures resolved", () => {
    const state = stressState([replay], { ...none, scenario: "replay-1999" }, known);
    expect(state.edited).toBe(false);
    expect(state.shocks).toEqual(editableShocks(replay));
    expect(state.shocks[1]).toEqual({ type: "share-price-fall", entity: "nvidia", fraction: 0.3 });
    expect(state.options).toEqual({ lgd: 0.565 });
    expect(scenarioOf(state)).toMatchObject({ id: "replay-1999", model: { name: "furfine", lgd: 0.565 } });
  });

  it("takes the URL's shocks, model and options over the scenario's", () => {
    const state = stressState(
      [replay],
      {
        scenario: "replay-1999",
        shocks: "default.oracle",
        model: "eisenberg-noe",
        options: "externalSeniority.senior",
      },
      known,
    );
    expect(state.edited).toBe(true);
    expect(scenarioOf(state)).toMatchObject({
      id: "replay-1999-edited",
      model: { name: "eisenberg-noe", externalSeniority: "senior" },
      shocks: [{ type: "default", entity: "oracle" }],
    });
  });

  it("an empty custom scenario has no shocks; no scenario named means the first one", () => {
    expect(stressState([replay], { ...none, shocks: "" }, known).shocks).toEqual([]);
    expect(stressState([replay], none, known).base?.id).toBe("replay-1999");
  });
});

describe("the run in the browser equals runScenario", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    const loaded = await loadDataset(BUNDLED_DATA_DIR);
    if (!loaded.ok) throw new Error("bundled dataset invalid");
    dataset = loaded.dataset;
  });

  it("for a bundled scenario with a cited loss given default", () => {
    const offered: OfferedScenario = {
      ...replay,
      shocks: [
        { type: "default", entity: "openai" },
        { type: "default", entity: "coreweave" },
      ],
      references: [replay.references[0] as OfferedScenario["references"][number]],
    };
    const scenario = scenarioOf(stressState([offered], { ...none, scenario: offered.id }, known));
    const run = runStress(dataset, scenario, "2026-11-21");
    if (!run.ok) throw new Error(run.reason);
    const want = runScenario(dataset, offered as Scenario, {
      asOf: "2026-11-21",
      fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
    });
    // The page runs the scenario with its cited figures already resolved (scenarioOf), so the
    // report cites none itself; the page shows the offered scenario's references instead.
    expect(run.result).toEqual({ ...want, references: [] });
    expect(run.result.waves[0]?.entities).toEqual(["coreweave", "openai"]);
  });

  it("reports an impossible option as a reason, phrased by its code in the page's language", () => {
    const state = stressState(
      [replay],
      { ...none, scenario: "replay-1999", shocks: "default.openai" },
      known,
    );
    const scenario = { ...scenarioOf(state), model: { name: "rogers-veraart" as const, alpha: 3 } };
    const run = runStress(dataset, scenario, "2026-11-21");
    expect(run).toMatchObject({ ok: false, reason: "alpha: must lie between 0 and 1 (got 3)" });
    const ar = runStress(dataset, scenario, "2026-11-21", "ar");
    expect(ar).toMatchObject({ ok: false, reason: "alpha: يجب أن تقع القيمة بين 0 و1 (القيمة المعطاة 3)" });
  });
});

describe("the cascade's steps", () => {
  it("marks the shocked at every step, earlier defaults as defaulted, this step's as new", () => {
    const steps = cascadeSteps({
      waves: [
        { wave: 1, entities: ["b"] },
        { wave: 2, entities: ["c", "d"] },
      ],
    });
    expect(steps.map((s) => s.wave)).toEqual([null, 1, 2]);
    const at = (k: number) =>
      Object.fromEntries([...marksAt(steps, k, ["a", "b"])].map(([id, m]) => [id, [...m].sort()]));
    expect(at(0)).toEqual({ a: ["shocked"], b: ["shocked"] });
    expect(at(1)).toEqual({ a: ["shocked"], b: ["new-default", "shocked"] });
    expect(at(2)).toEqual({
      a: ["shocked"],
      b: ["defaulted", "shocked"],
      c: ["new-default"],
      d: ["new-default"],
    });
  });

  it("counts as hit the companies a shock reaches without naming them (a power delay names sites)", () => {
    const account: StressStep[] = [
      { code: "revenue-loss", entity: "meta", amount: 5 },
      { code: "payment-withheld", entity: "oracle", amount: 2 },
      { code: "wave", wave: 1, entities: ["coreweave"] },
      { code: "largest-loss", entity: "meta", amount: 5 },
    ];
    expect(hitByShocks([{ sites: "all", months: 24 }], account)).toEqual(["meta", "oracle"]);
    expect(
      hitByShocks([{ entity: "openai" }], [...account, { code: "forced-default", entity: "xai" }]),
    ).toEqual(["openai", "meta", "oracle", "xai"]);
  });
});
