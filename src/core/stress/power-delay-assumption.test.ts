/**
 * The power-delay shock's one estimate, revenue per GW-year, on the bundled data: listed among the
 * stress run's assumptions (the grid-slip headline, "Meta loses revenue of $53.2B", rested on it with
 * no line saying so), set by a scenario's `parameters`, and an error when the data lacks it (the losses
 * were silently $0).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import { resolveFraction, type Scenario } from "../../schema/scenario.ts";
import { isModelError } from "../errors.ts";
import type { Dataset } from "../model/dataset.ts";
import { REVENUE_PER_GW_YEAR_PARAMETER } from "./power-delay.ts";
import { runScenario } from "./run-scenario.ts";

let bundled: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  bundled = loaded.dataset;
});

const slip = (parameters?: Record<string, number>): Scenario =>
  ({
    id: "slip",
    title: { en: "slip", ar: "تأخير" },
    model: { name: "eisenberg-noe" },
    shocks: [{ type: "power-delay", months: 24 }],
    ...(parameters ? { parameters } : {}),
  }) as Scenario;

const run = (dataset: Dataset, scenario: Scenario) =>
  runScenario(dataset, scenario, {
    asOf: "2026-12-07",
    fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
  });

const metaLoss = (result: ReturnType<typeof run>) =>
  result.account.find((s) => s.code === "revenue-loss" && "entity" in s && s.entity === "meta");

describe("the power-delay shock's revenue per GW-year", () => {
  it("is listed among the assumptions, an estimate with its source, before the reported figures", () => {
    const result = run(bundled, slip());
    const ids = result.assumptions.map((a) => a.id);
    const at = ids.indexOf(REVENUE_PER_GW_YEAR_PARAMETER);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(ids.findIndex((id) => id.startsWith("financial:")));
    expect(result.assumptions[at]).toMatchObject({ value: 13.3e9, estimate: true });
    expect(result.assumptions[at]?.sources.length).toBeGreaterThan(0);
    // Meta's loss is that estimate × Hyperion's 2 GW still to come × 24 / 12.
    expect(metaLoss(result)).toMatchObject({ amount: 13.3e9 * 2 * 2 });
  });

  it("is not listed when no shock is a power delay", () => {
    const noDelay = {
      ...slip(),
      shocks: [{ type: "revenue-shortfall", entity: "openai", fraction: 0.5 }],
    } as Scenario;
    const ids = run(bundled, noDelay).assumptions.map((a) => a.id);
    expect(ids).not.toContain(REVENUE_PER_GW_YEAR_PARAMETER);
  });

  it("takes the scenario's own value", () => {
    const result = run(bundled, slip({ [REVENUE_PER_GW_YEAR_PARAMETER]: 1e9 }));
    expect(metaLoss(result)).toMatchObject({ amount: 1e9 * 2 * 2 });
    const listed = result.assumptions.find((a) => a.id === REVENUE_PER_GW_YEAR_PARAMETER);
    expect(listed).toMatchObject({ value: 1e9, estimate: true, sources: [] });
  });

  it("is an error when the data has none, never a loss of $0", () => {
    const without = {
      ...bundled,
      parameters: bundled.parameters.filter((p) => p.id !== REVENUE_PER_GW_YEAR_PARAMETER),
    };
    let thrown: unknown;
    try {
      run(without, slip());
    } catch (error) {
      thrown = error;
    }
    expect(isModelError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: "missing-parameter" });
  });
});
