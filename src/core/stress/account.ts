/**
 * The account of a stress run as coded steps: what the shocks do, who defaults in which wave, where the
 * largest loss falls and what goes unfunded. Core says what happened in data — a step code with the
 * entity ids, USD amounts and counts involved — and each face phrases a step through the catalogue key
 * `report.stress.step.<code>` in the reader's language (src/i18n/stress-account.ts), so the command line
 * and the pages tell the same story in the same words.
 */

/** A shock's first effect, before any contagion: the amount is in USD. */
export type ShockStep = {
  code: "revenue-loss" | "market-value-loss" | "payment-withheld" | "refinancing-loss";
  entity: string;
  amount: number;
  /** The sites whose delayed capacity causes the loss (a power-delay shock), in the order met. */
  sites?: string[];
  /**
   * For a revenue shortfall: the years of revenue the loss spans (the horizon over which the
   * commitments fall due). "$52.4B of revenue" is 8 years of half OpenAI's 2025 revenue, not one year's.
   */
  years?: number;
};

export type StressStep =
  | ShockStep
  /** A `default` shock: the entity is put in default before the first wave. */
  | { code: "forced-default"; entity: string }
  | { code: "wave"; wave: number; entities: string[] }
  | { code: "no-default" }
  | { code: "largest-loss"; entity: string; amount: number }
  /** `deals`: how many deals hold the unfunded obligations. */
  | { code: "unfunded"; amount: number; deals: number };

export type StressStepCode = StressStep["code"];

/** Every step code, in the order a run's account can list them (the catalogue has one message each). */
export const STRESS_STEP_CODES: readonly StressStepCode[] = [
  "revenue-loss",
  "market-value-loss",
  "payment-withheld",
  "refinancing-loss",
  "forced-default",
  "no-default",
  "wave",
  "largest-loss",
  "unfunded",
];

/**
 * One step per entity and kind of effect: two shocks (or two delayed sites) that cost an entity
 * revenue read as one loss, their sum, with every cause named — not as two unmerged lines a reader
 * must add up. Each merged step stays where its first part was; other steps pass through unchanged.
 */
export function mergeShockSteps(steps: readonly StressStep[]): StressStep[] {
  const out: StressStep[] = [];
  const merged = new Map<string, ShockStep>();
  for (const step of steps) {
    if (!isShockStep(step)) {
      out.push(step);
      continue;
    }
    // A shortfall over the horizon and a power delay are summed only when they span the same years.
    const key = `${step.code}\u0000${step.entity}\u0000${step.years ?? ""}`;
    const first = merged.get(key);
    if (!first) {
      const copy: ShockStep = { ...step, ...(step.sites ? { sites: [...step.sites] } : {}) };
      merged.set(key, copy);
      out.push(copy);
      continue;
    }
    first.amount += step.amount;
    for (const site of step.sites ?? []) {
      if (!first.sites) first.sites = [];
      if (!first.sites.includes(site)) first.sites.push(site);
    }
  }
  return out;
}

const SHOCK_CODES: ReadonlySet<string> = new Set([
  "revenue-loss",
  "market-value-loss",
  "payment-withheld",
  "refinancing-loss",
]);

function isShockStep(step: StressStep): step is ShockStep {
  return SHOCK_CODES.has(step.code);
}
