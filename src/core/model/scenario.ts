/**
 * A stress scenario (scenarios/*.yaml, docs/methods/stress.md): the shocks to apply to the network and
 * the contagion model to solve it with. `UncertainScenario` is what a file may hold: any shock
 * fraction, delay or parameter may be a distribution, sampled by `halqa stress --runs`.
 */
import type { ModelName } from "../contagion/models.ts";
import type { Basis } from "../flows/expand.ts";
import type { Distribution } from "./distribution.ts";
import type { Id, IsoDate, Localized } from "./primitives.ts";

/** A fraction in [0, 1], or `{ from: id }`: a parameter or indicator of the dataset (percent ÷ 100). */
export type Fraction = number | { from: Id };

/** The contagion model a scenario (or a network file) asks for; options beyond these depend on the model. */
export type ModelChoice = {
  [option: string]: unknown;
  name: ModelName;
  externalSeniority?: "pari-passu" | "senior" | undefined;
  valuation?: "eisenberg-noe" | "furfine" | "black-cox" | "linear-debtrank" | undefined;
  blackCoxAssets?: "external" | "total" | undefined;
};

/** The shocks, with `F` the type of a fraction and `M` of a delay in months (numbers, or distributions). */
export type ShockOf<F, M> =
  | { type: "revenue-shortfall"; entity: Id; fraction: F }
  | { type: "share-price-fall"; entity: Id; fraction: F }
  | { type: "payment-delay"; entity: Id; months: M }
  | { type: "credit-pullback"; lenders: "all" | Id[]; fraction: F }
  | { type: "default"; entity: Id }
  /** Grid connections slip: capacity not yet online at the sites (by id, region, or all) comes later. */
  | { type: "power-delay"; months: M; region?: string | undefined; site?: Id | undefined };

export type ScenarioShock = ShockOf<Fraction, number>;
export type UncertainShock = ShockOf<Fraction | Distribution, number | Distribution>;

type ScenarioFields = {
  id: Id;
  title: Localized;
  description?: string | undefined;
  model: ModelChoice;
  basis?: Basis | undefined;
  asOf?: IsoDate | undefined;
};

export type Scenario = ScenarioFields & {
  /** Parameter values overriding the dataset's, by id. */
  parameters?: Record<Id, number> | undefined;
  shocks: ScenarioShock[];
};

export type UncertainScenario = ScenarioFields & {
  parameters?: Record<Id, number | Distribution> | undefined;
  shocks: UncertainShock[];
};
