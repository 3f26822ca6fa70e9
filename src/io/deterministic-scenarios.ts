/**
 * The deterministic stress scenarios of a folder (the bundled `scenarios/`), for analyses that run
 * every scenario once — the company sheet's "losses in the bundled scenarios". Scenarios with
 * distributions (Monte Carlo) and files that do not parse or do not fit the dataset are skipped and
 * named, never run half-read. The server's catalogue (src/server/scenarios.ts) reads the same folder
 * for the API and keeps the skipped files' problems; this reader only needs the runnable ones.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { HORIZON_PARAMETER } from "../core/stress/build-network.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import {
  checkScenario,
  deterministicScenario,
  type Scenario,
  UncertainScenarioSchema,
} from "../schema/scenario.ts";
import { PACKAGE_ROOT } from "./paths.ts";

/** The scenarios that ship with halqa (the folder the server offers too). */
export const SHIPPED_SCENARIOS_DIR = join(PACKAGE_ROOT, "scenarios");

export type ScenarioFiles = { scenarios: { file: string; scenario: Scenario }[]; skipped: string[] };

export async function readDeterministicScenarios(dir: string, dataset: Dataset): Promise<ScenarioFiles> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return { scenarios: [], skipped: [] };
  }
  const found: ScenarioFiles = { scenarios: [], skipped: [] };
  for (const file of names) {
    let parsed: unknown;
    try {
      parsed = parse(await readFile(join(dir, file), "utf8"));
    } catch {
      found.skipped.push(file);
      continue;
    }
    const read = UncertainScenarioSchema.safeParse(parsed, { reportInput: true });
    const scenario = read.success ? deterministicScenario(read.data) : undefined;
    if (!scenario) continue; // Monte Carlo scenarios are another analysis, not skipped data.
    const horizon =
      scenario.parameters?.[HORIZON_PARAMETER] ??
      dataset.parameters.find((p) => p.id === HORIZON_PARAMETER)?.figure.value ??
      Number.NaN;
    if (checkScenario(scenario, dataset, horizon).length > 0) {
      found.skipped.push(file);
      continue;
    }
    found.scenarios.push({ file, scenario });
  }
  return found;
}
