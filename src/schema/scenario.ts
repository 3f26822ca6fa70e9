/**
 * A stress scenario (scenarios/*.yaml, docs/methods/stress.md): the shocks to apply to the AI-economy
 * network and the contagion model to solve it with. The shape is checked by `ScenarioSchema`;
 * `checkScenario` then checks it against a dataset (unknown entities and parameters, revenue to cut,
 * a delay longer than the horizon). Both report halqa codes with paths.
 */
import { z } from "zod";
import { MODEL_NAMES, type ModelName, unknownModelOptions } from "../core/contagion/models.ts";
import type { PathSegment } from "../core/dataset/problem.ts";
import { BASES } from "../core/flows/expand.ts";
import type * as model from "../core/model/scenario.ts";
import { latestFigure } from "../core/stress/build-network.ts";
import type { Dataset } from "./dataset-file.ts";
import { type Distribution, isDistribution, numberOrDistribution, support } from "./distribution.ts";
import { MODEL_CHOICE_OPTIONS } from "./network.ts";
import { ALWAYS, Id, IsoDate, isNum, issue, Localized } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

/** A fraction in [0, 1], or `{ from: id }`: a parameter or indicator of the dataset (percent ÷ 100). */
const Fraction = z.union([
  z.number().superRefine((value, ctx) => {
    if (value < 0 || value > 1) issue(ctx, "fraction-out-of-range", [], { value });
  }),
  z.strictObject({ from: Id }),
]);

const RevenueShortfall = z.strictObject({
  type: z.literal("revenue-shortfall"),
  entity: Id,
  fraction: Fraction,
});
const SharePriceFall = z.strictObject({
  type: z.literal("share-price-fall"),
  entity: Id,
  fraction: Fraction,
});
const PaymentDelay = z.strictObject({
  type: z.literal("payment-delay"),
  entity: Id,
  months: z.number().superRefine((value, ctx) => {
    if (!(value > 0)) issue(ctx, "months-not-positive", [], { value });
  }),
});
const CreditPullback = z.strictObject({
  type: z.literal("credit-pullback"),
  lenders: z.union([z.literal("all"), z.array(Id).min(1)]),
  fraction: Fraction,
});
/** Grid connections slip: capacity not yet online at the sites (by id, region, or all) comes later. */
const PowerDelay = z.strictObject({
  type: z.literal("power-delay"),
  months: z.number().superRefine((value, ctx) => {
    if (!(value > 0)) issue(ctx, "months-not-positive", [], { value });
  }),
  region: z.string().trim().min(1).optional(),
  site: Id.optional(),
});
/** Not in the original list: a named entity fails outright (the 1999 replay needs it). */
const ForcedDefault = z.strictObject({ type: z.literal("default"), entity: Id });

export const ScenarioShock = z.discriminatedUnion("type", [
  RevenueShortfall,
  SharePriceFall,
  PaymentDelay,
  CreditPullback,
  ForcedDefault,
  PowerDelay,
]);

const SCENARIO_FIELDS = {
  id: Id,
  title: Localized,
  description: z.string().optional(),
  model: z.looseObject({ name: z.enum(MODEL_NAMES), ...MODEL_CHOICE_OPTIONS }),
  basis: z.enum(BASES).optional(),
  asOf: IsoDate.optional(),
  /** Parameter values overriding the dataset's, by id. */
  parameters: z.record(Id, z.number()).optional(),
  shocks: z.array(ScenarioShock).min(1),
};

function checkModelOptions(s: { model?: Record<string, unknown> }, ctx: z.RefinementCtx): void {
  // The model object is loose (its options depend on its name): unknown options are refused here.
  const name = s.model?.name;
  if (s.model && (MODEL_NAMES as readonly unknown[]).includes(name)) {
    for (const key of unknownModelOptions(name as ModelName, s.model)) {
      issue(ctx, "unknown-field", ["model", key], { keys: [key] });
    }
  }
  const lgd = s.model?.lgd;
  if (isNum(lgd) && (lgd < 0 || lgd > 1)) {
    issue(ctx, "fraction-out-of-range", ["model", "lgd"], { value: lgd });
  }
}

export const ScenarioSchema = z.strictObject(SCENARIO_FIELDS).superRefine(checkModelOptions, ALWAYS);

export type Scenario = model.Scenario;
export type ScenarioShock = model.ScenarioShock;
type _ScenarioMatches = Expect<Same<z.output<typeof ScenarioSchema>, model.Scenario>>;
export type ScenarioProblem = { code: string; path: PathSegment[]; params: Record<string, unknown> };
/**
 * The scenario a file may hold (what `halqa stress` reads): as `ScenarioSchema`, but any shock
 * fraction, any delay in months and any parameter may be a distribution (./distribution.ts), sampled by
 * `halqa stress --runs` (docs/methods/monte-carlo.md). A fraction's distribution must stay in [0, 1] and
 * a delay's in [0, ∞), unless it says `clip: true`.
 */
const UncertainFraction = z.union([
  numberOrDistribution(0, 1, (value, ctx) => {
    if (value < 0 || value > 1) issue(ctx, "fraction-out-of-range", [], { value });
  }),
  z.strictObject({ from: Id }),
]);
const UncertainMonths = numberOrDistribution(0, Number.POSITIVE_INFINITY, (value, ctx) => {
  if (!(value > 0)) issue(ctx, "months-not-positive", [], { value });
});
const AnyNumber = numberOrDistribution(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, () => {});

export const UncertainScenarioShock = z.discriminatedUnion("type", [
  RevenueShortfall.extend({ fraction: UncertainFraction }),
  SharePriceFall.extend({ fraction: UncertainFraction }),
  PaymentDelay.extend({ months: UncertainMonths }),
  CreditPullback.extend({ fraction: UncertainFraction }),
  PowerDelay.extend({ months: UncertainMonths }),
  ForcedDefault,
]);

export const UncertainScenarioSchema = z
  .strictObject({
    ...SCENARIO_FIELDS,
    parameters: z.record(Id, AnyNumber).optional(),
    shocks: z.array(UncertainScenarioShock).min(1),
  })
  .superRefine(checkModelOptions, ALWAYS);

/** A scenario as read from a file: numbers, dataset references or distributions. */
export type UncertainScenario = model.UncertainScenario;
export type UncertainShock = model.UncertainShock;
type _UncertainScenarioMatches = Expect<
  Same<z.output<typeof UncertainScenarioSchema>, model.UncertainScenario>
>;

/** Does the scenario sample anything? (A scenario without distributions is deterministic.) */
export function hasDistributions(scenario: UncertainScenario): boolean {
  return (
    Object.values(scenario.parameters ?? {}).some(isDistribution) ||
    scenario.shocks.some(
      (s) => ("fraction" in s && isDistribution(s.fraction)) || ("months" in s && isDistribution(s.months)),
    )
  );
}

/** The deterministic scenario, when it samples nothing (undefined otherwise). */
export function deterministicScenario(scenario: UncertainScenario): Scenario | undefined {
  return hasDistributions(scenario) ? undefined : (scenario as Scenario);
}

/** The largest value a number or distribution can take (for checks against a bound). */
export function upperBound(value: number | Distribution): number {
  return typeof value === "number" ? value : support(value)[1];
}

/**
 * Problems of a well-formed scenario against a dataset: every entity and lender must exist, every
 * `{from}` must name a parameter or indicator holding a fraction, a revenue shortfall needs a
 * reported revenue, and a delay must fit in the horizon.
 */
export function checkScenario(
  scenario: UncertainScenario,
  dataset: Pick<Dataset, "entities" | "financials" | "parameters" | "indicators"> &
    Partial<Pick<Dataset, "sites">>,
  horizonYears: number,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const ids = new Set(dataset.entities.map((e) => e.id));
  const entity = (id: string, path: PathSegment[]) => {
    if (ids.has(id)) return true;
    problems.push({ code: "unknown-entity", path, params: { id } });
    return false;
  };
  const year = Number(String(scenario.asOf ?? "9999").slice(0, 4));
  for (const id of Object.keys(scenario.parameters ?? {})) {
    if (!dataset.parameters.some((p) => p.id === id))
      problems.push({ code: "scenario-unknown-parameter", path: ["parameters", id], params: { id } });
  }
  for (const [key, value] of Object.entries(scenario.model)) {
    if (typeof value !== "object" || value === null || typeof (value as { from?: unknown }).from !== "string")
      continue;
    const id = (value as { from: string }).from;
    const resolved = resolveFraction({ from: id }, dataset);
    if (resolved === undefined)
      problems.push({ code: "scenario-unknown-parameter", path: ["model", key, "from"], params: { id } });
  }
  scenario.shocks.forEach((shock, i) => {
    const at = (...rest: PathSegment[]) => ["shocks", i, ...rest];
    if ("fraction" in shock && typeof shock.fraction === "object" && "from" in shock.fraction) {
      const value = resolveFraction(shock.fraction, dataset);
      if (value === undefined)
        problems.push({
          code: "scenario-unknown-parameter",
          path: at("fraction", "from"),
          params: { id: shock.fraction.from },
        });
      else if (value < 0 || value > 1)
        problems.push({ code: "fraction-out-of-range", path: at("fraction", "from"), params: { value } });
    }
    if (shock.type === "credit-pullback") {
      if (shock.lenders !== "all")
        shock.lenders.forEach((id, j) => {
          entity(id, at("lenders", j));
        });
      return;
    }
    if (shock.type === "power-delay") {
      problems.push(...checkPowerDelay(shock, dataset.sites ?? [], horizonYears, at));
      return;
    }
    if (!entity(shock.entity, at("entity"))) return;
    if (
      shock.type === "revenue-shortfall" &&
      !latestFigure(dataset.financials, shock.entity, "revenue", year)
    )
      problems.push({ code: "scenario-no-revenue", path: at("entity"), params: { id: shock.entity } });
    // A delay's distribution is checked by its largest value; an unbounded one is capped at the horizon.
    const months = shock.type === "payment-delay" ? upperBound(shock.months) : 0;
    if (shock.type === "payment-delay" && Number.isFinite(months) && months > 12 * horizonYears)
      problems.push({
        code: "delay-beyond-horizon",
        path: at("months"),
        params: { months, horizon: horizonYears },
      });
  });
  return problems;
}

/** A power delay names a known site, a region some site is in, and fits in the horizon. */
function checkPowerDelay(
  shock: Extract<UncertainShock, { type: "power-delay" }>,
  sites: Dataset["sites"],
  horizonYears: number,
  at: (...rest: PathSegment[]) => PathSegment[],
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (shock.site !== undefined && !sites.some((s) => s.id === shock.site))
    problems.push({ code: "unknown-site", path: at("site"), params: { id: shock.site } });
  const region = shock.region?.toLowerCase();
  if (
    region !== undefined &&
    !sites.some(
      (s) => s.location.country.toLowerCase() === region || s.location.region?.toLowerCase() === region,
    )
  )
    problems.push({ code: "no-site-in-region", path: at("region"), params: { region: shock.region } });
  const months = upperBound(shock.months);
  if (Number.isFinite(months) && months > 12 * horizonYears)
    problems.push({
      code: "delay-beyond-horizon",
      path: at("months"),
      params: { months, horizon: horizonYears },
    });
  return problems;
}

/** A fraction's value: the number itself, or the point estimate of the parameter or indicator named. */
export function resolveFraction(
  fraction: number | { from: string },
  dataset: Pick<Dataset, "parameters" | "indicators">,
): number | undefined {
  if (typeof fraction === "number") return fraction;
  const record =
    dataset.parameters.find((p) => p.id === fraction.from) ??
    dataset.indicators.find((p) => p.id === fraction.from);
  if (!record) return undefined;
  const { value, low, high } = record.figure;
  const point = value ?? (low !== undefined && high !== undefined ? (low + high) / 2 : (low ?? high ?? 0));
  return record.unit === "percent" ? point / 100 : point;
}
