/**
 * Scenario files, read one way for every face: one file (`halqa stress FILE`) and a folder of them (the
 * bundled `scenarios/` that `GET /api/scenarios` offers, `POST /api/stress` runs by id and the company
 * sheet runs all of). Each file is parsed as YAML, checked by the scenario schema and then against the
 * dataset with the one stress horizon (core/stress/horizon.ts). In a folder, a file that fails is not
 * offered but reported with its problems, so a dataset other than the bundled one (`halqa serve --data
 * DIR`) still gets the scenarios that fit it. Each offered scenario also lists the dataset figures it
 * cites (`{ from: id }`) with their values and sources, so the dashboard can run it in the browser and
 * say where its numbers come from.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Problem } from "../core/dataset/problem.ts";
import { stressHorizonYears } from "../core/stress/horizon.ts";
import { type ScenarioReference, scenarioReferences } from "../core/stress/references.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import {
  checkScenario,
  hasDistributions,
  resolveFraction,
  type Scenario,
  ScenarioSchema,
  type UncertainScenario,
  UncertainScenarioSchema,
} from "../schema/scenario.ts";
import { PACKAGE_ROOT } from "./paths.ts";
import { plainValueProblems } from "./plain-value.ts";
import { readTextFile } from "./text-file.ts";
import { positionOf } from "./yaml-position.ts";
import { parseYamlText } from "./yaml-text.ts";
import { problemsFromZod } from "./zod-problems.ts";

/** The scenarios that ship with halqa. */
export const BUNDLED_SCENARIOS_DIR = join(PACKAGE_ROOT, "scenarios");

export type OfferedScenario = { file: string; scenario: Scenario; references: ScenarioReference[] };
export type SkippedScenario = { file: string; problems: Problem[] };
/** A scenario with distributions: offered for Monte Carlo runs, not for a single deterministic run. */
export type OfferedUncertainScenario = { file: string; scenario: UncertainScenario };
export type ScenarioCatalogue = {
  scenarios: OfferedScenario[];
  monteCarlo: OfferedUncertainScenario[];
  skipped: SkippedScenario[];
};

type Data = Pick<Dataset, "entities" | "financials" | "parameters" | "indicators">;

export type ScenarioFile = { ok: true; scenario: UncertainScenario } | { ok: false; problems: Problem[] };

/**
 * One scenario file (`halqa stress FILE`), with or without distributions: its text, its YAML, its shape
 * and its fit with the dataset. Problems carry `file` and, where the YAML has the path, line and column.
 */
export async function readScenarioFile(
  path: string,
  dataset: Data,
  file: string = path,
): Promise<ScenarioFile> {
  const text = await readTextFile(path, file);
  if (!text.ok) return { ok: false, problems: [text.problem] };
  const yaml = parseYamlText(text.text, file);
  if (yaml.problems.length > 0) return { ok: false, problems: yaml.problems };
  const parsed = UncertainScenarioSchema.safeParse(yaml.value, { reportInput: true });
  const problems: Problem[] = parsed.success
    ? checkScenario(parsed.data, dataset, stressHorizonYears(dataset, parsed.data)).map((p) => ({
        ...p,
        file,
      }))
    : problemsFromZod(parsed.error.issues, file);
  if (parsed.success && problems.length === 0) return { ok: true, scenario: parsed.data };
  const located = problems.map((p) =>
    p.line !== undefined ? p : { ...p, ...positionOf(yaml.doc, yaml.lineCounter, p.path) },
  );
  return { ok: false, problems: located };
}

/** Problems of a scenario object (already parsed JSON or YAML): its shape, then its fit with the data. */
export function scenarioProblems(
  input: unknown,
  dataset: Data & Pick<Dataset, "parameters">,
  file: string,
): { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] } {
  const plain = plainValueProblems(input, file);
  if (plain.length > 0) return { ok: false, problems: plain };
  const parsed = ScenarioSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues, file) };
  const problems = checkScenario(parsed.data, dataset, stressHorizonYears(dataset, parsed.data));
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => ({ ...p, file })) };
  return { ok: true, scenario: parsed.data };
}

/** The dataset figures a scenario cites, resolved as the run resolves them (core/stress/references.ts). */
export function citedFigures(scenario: Scenario, dataset: Data): ScenarioReference[] {
  return scenarioReferences(scenario, dataset, (f) => resolveFraction(f, dataset) ?? Number.NaN);
}

/** Reads every .yaml / .yml file of `dir` (sorted by name); a missing folder offers nothing. */
export async function loadScenarios(dir: string, dataset: Dataset): Promise<ScenarioCatalogue> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return { scenarios: [], monteCarlo: [], skipped: [] };
  }
  const catalogue: ScenarioCatalogue = { scenarios: [], monteCarlo: [], skipped: [] };
  const ids = new Map<string, string>();
  for (const name of names) {
    const text = await readTextFile(join(dir, name), name);
    if (!text.ok) {
      catalogue.skipped.push({ file: name, problems: [text.problem] });
      continue;
    }
    const yaml = parseYamlText(text.text, name);
    if (yaml.problems.length > 0) {
      catalogue.skipped.push({ file: name, problems: yaml.problems });
      continue;
    }
    const uncertain = UncertainScenarioSchema.safeParse(yaml.value, { reportInput: true });
    if (uncertain.success && hasDistributions(uncertain.data)) {
      const horizon = stressHorizonYears(dataset, uncertain.data);
      const problems = checkScenario(uncertain.data, dataset, horizon).map((p) => ({ ...p, file: name }));
      if (problems.length > 0) catalogue.skipped.push({ file: name, problems });
      else catalogue.monteCarlo.push({ file: name, scenario: uncertain.data });
      continue;
    }
    const checked = scenarioProblems(yaml.value, dataset, name);
    if (!checked.ok) catalogue.skipped.push({ file: name, problems: checked.problems });
    else if (ids.has(checked.scenario.id))
      catalogue.skipped.push({
        file: name,
        problems: [
          {
            code: "duplicate-id",
            file: name,
            path: ["id"],
            params: {
              id: checked.scenario.id,
              collection: "scenarios",
              firstFile: ids.get(checked.scenario.id),
            },
          },
        ],
      });
    else {
      ids.set(checked.scenario.id, name);
      catalogue.scenarios.push({
        file: name,
        scenario: checked.scenario,
        references: citedFigures(checked.scenario, dataset),
      });
    }
  }
  return catalogue;
}
