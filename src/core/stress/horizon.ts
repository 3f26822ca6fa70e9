/**
 * The stress horizon: the years of revenue a scenario's shocks reach and the longest payment delay it
 * may ask (a delay of m months takes m / (12 × horizon) of an obligation). One lookup for every face —
 * the command line's scenario check, the server's scenario catalogue and Monte Carlo requests, and the
 * dashboard's sliders — so they never disagree on a dataset that lacks the parameter.
 */
import type { Dataset } from "../model/dataset.ts";
import { HORIZON_PARAMETER } from "./build-network.ts";

/**
 * The horizon when the dataset has no `stress-horizon-years` parameter: one year, the period a stress
 * test's revenue and delays are usually stated over. The run itself still reports the missing
 * parameter (build-network.ts needs it sourced); this default only bounds checks and sliders.
 */
export const DEFAULT_STRESS_HORIZON_YEARS = 1;

/**
 * The horizon in years a scenario runs with: the scenario's own `parameters` override when it gives a
 * number; +Infinity when it samples the horizon from a distribution (each sample is checked against its
 * own draw, so no delay is refused up front); else the dataset's parameter; else the default above.
 *
 * @example stressHorizonYears(dataset) // 8 on the bundled data (parameters-stress.yaml)
 */
export function stressHorizonYears(
  dataset: Pick<Dataset, "parameters">,
  scenario?: { readonly parameters?: Readonly<Record<string, unknown>> },
): number {
  const given = scenario?.parameters?.[HORIZON_PARAMETER];
  if (typeof given === "number") return given;
  if (given !== undefined && given !== null) return Number.POSITIVE_INFINITY;
  return (
    dataset.parameters.find((p) => p.id === HORIZON_PARAMETER)?.figure.value ?? DEFAULT_STRESS_HORIZON_YEARS
  );
}
