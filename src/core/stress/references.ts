/**
 * The dataset figures a scenario cites with `{ from: id }` (a model option such as `lgd`, a shock's
 * fraction), each with the value the run uses and the record's sources, so a reader sees where every
 * number of a stress run comes from. Pure: the caller passes the same `fraction` resolver the run uses.
 */

import { formatPath, type PathSegment } from "../dataset/problem.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Scenario } from "../model/scenario.ts";

/** A dataset figure a scenario cites, resolved to the number the run uses. */
export type ScenarioReference = {
  /** Where the scenario cites it: "model.lgd", "shocks[0].fraction". */
  path: string;
  id: string;
  /** The fraction the run uses (a percent figure divided by 100; a range's midpoint). */
  value: number;
  name: { en: string; ar: string };
  sources: string[];
  estimate: boolean;
};

/** Every `{ from: id }` of a scenario that names a parameter or indicator the resolver can read. */
export function scenarioReferences(
  scenario: Scenario,
  dataset: Pick<Dataset, "parameters" | "indicators">,
  fraction: (f: { from: string }) => number,
): ScenarioReference[] {
  const cited: { path: PathSegment[]; id: string }[] = [];
  for (const [key, value] of Object.entries(scenario.model)) {
    const id = (value as { from?: unknown } | null)?.from;
    if (typeof id === "string") cited.push({ path: ["model", key], id });
  }
  scenario.shocks.forEach((shock, i) => {
    if ("fraction" in shock && typeof shock.fraction === "object")
      cited.push({ path: ["shocks", i, "fraction"], id: shock.fraction.from });
  });
  return cited.flatMap(({ path, id }) => {
    const record = dataset.parameters.find((p) => p.id === id) ?? dataset.indicators.find((p) => p.id === id);
    const value = fraction({ from: id });
    if (!record || !Number.isFinite(value)) return [];
    return [
      {
        path: formatPath(path),
        id,
        value,
        name: record.name,
        sources: record.figure.sources,
        estimate: record.figure.estimate === true,
      },
    ];
  });
}
