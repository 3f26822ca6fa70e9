/**
 * The steps of a stress cascade as the map shows them: first the shocks (no one has defaulted yet),
 * then one step per wave of defaults. At step k every company that defaulted in an earlier step is
 * "defaulted", those of step k are "new-default", and the companies a shock hits are "shocked" at
 * every step (a company can be both).
 */
import type { StressStep } from "@core/stress/account.ts";
import type { StressResult } from "@core/stress/run-scenario.ts";

export type CascadeStep = { wave: number | null; entities: string[] };
export type Mark = "shocked" | "defaulted" | "new-default";

export function cascadeSteps(result: Pick<StressResult, "waves">): CascadeStep[] {
  return [{ wave: null, entities: [] }, ...result.waves.map((w) => ({ wave: w.wave, entities: w.entities }))];
}

export function marksAt(
  steps: readonly CascadeStep[],
  step: number,
  shocked: readonly string[],
): Map<string, Set<Mark>> {
  const marks = new Map<string, Set<Mark>>();
  const add = (id: string, mark: Mark) => {
    const set = marks.get(id) ?? new Set<Mark>();
    set.add(mark);
    marks.set(id, set);
  };
  for (const id of shocked) add(id, "shocked");
  steps.forEach((s, k) => {
    if (k > step) return;
    for (const id of s.entities) add(id, k === step ? "new-default" : "defaulted");
  });
  return marks;
}

/** The entities a scenario's shocks name (lenders of a pullback included, "all" excluded). */
export function shockedEntities(
  shocks: readonly ({ entity: string } | { lenders: "all" | string[] } | object)[],
): string[] {
  const ids = shocks.flatMap((s) =>
    "entity" in s ? [s.entity] : "lenders" in s && s.lenders !== "all" ? s.lenders : [],
  );
  return [...new Set(ids)];
}

/**
 * The companies the shocks hit first, by the run's own account: those a shock names, and those a shock
 * reaches without naming them (a power delay names sites, and the account says whose revenue falls).
 */
export function hitByShocks(
  shocks: Parameters<typeof shockedEntities>[0],
  account: readonly StressStep[],
): string[] {
  const reached = account.flatMap((step) =>
    step.code === "revenue-loss" ||
    step.code === "market-value-loss" ||
    step.code === "payment-withheld" ||
    step.code === "refinancing-loss" ||
    step.code === "forced-default"
      ? [step.entity]
      : [],
  );
  return [...new Set([...shockedEntities(shocks), ...reached])];
}
