/** The bundled stress scenarios (scenarios/*.yaml) say in their titles whom their shocks reach. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../core/model/scenario.ts";
import { loadDataset } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "./scenario-files.ts";

let scenarios: readonly Scenario[];
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  scenarios = (await loadScenarios(BUNDLED_SCENARIOS_DIR, loaded.dataset)).scenarios.map((o) => o.scenario);
});

describe("bundled scenarios", () => {
  // "Private credit pulls back by half" also cut Meta's, Google's and Amazon's public bonds and the
  // banks' loans: a pull-back of every lender names them all, in both languages.
  it("a pull-back of all lenders names bond buyers and banks, not private credit alone", () => {
    const all = scenarios.filter((s) =>
      s.shocks.some((shock) => shock.type === "credit-pullback" && shock.lenders === "all"),
    );
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.title.en).toMatch(/bond/i);
      expect(s.title.en).toMatch(/bank/i);
      expect(s.title.ar).toMatch(/السندات/);
      expect(s.title.ar).toMatch(/البنوك/);
    }
  });
});
