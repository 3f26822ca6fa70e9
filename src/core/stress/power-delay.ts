/**
 * The power-delay shock of `halqa stress`: grid connections slip `months` months, so the capacity of
 * the affected sites that is not yet online by the as-of date comes online that much later. The
 * operators do not earn from it during the delay:
 *
 *   loss(site) = GW still to come at the site × revenue per GW-year × months / 12
 *
 * split equally among the site's operators (the data does not say who earns what share). Revenue per
 * GW-year is the cited parameter `revenue-per-gw-year`; the GW are the site's own capacity schedule
 * (data/ai-economy/sites.yaml), steps dated after the as-of date. The loss reaches the network like a
 * revenue shortfall: as a loss of assets of each operator. Sites are chosen by id, by region or
 * country (any case), or all of them. docs/methods/power.md §Delay and docs/methods/stress.md.
 * Complexity: O(S) for S site capacity entries.
 */

import type { Dataset } from "../model/dataset.ts";
import { affectedSites } from "../power/balance.ts";
import { siteCapacitySteps } from "../power/commitments.ts";
import { firstDay } from "../time/dates.ts";
import { type Assumption, parameterAssumption } from "./build-network.ts";

export const REVENUE_PER_GW_YEAR_PARAMETER = "revenue-per-gw-year";

export type PowerDelayShock = { months: number; region?: string; site?: string };

export type PowerDelayLoss = { entity: string; site: string; gw: number; amount: number };

/** What the assumption is used for (a message code in reports/stress-assumptions.ts). */
export const REVENUE_PER_GW_YEAR_USE = "revenue lost per GW-year of delayed capacity";

/**
 * The revenue per GW-year a delay withholds, as an assumption the stress report lists beside the
 * others: every loss of the shock is this estimate × GW × months, so it is shown with its sources.
 * A scenario's `parameters` may set it. Absent from the data, the shock cannot be priced: a
 * `missing-parameter` error, where the losses were silently $0 ("no one loses").
 */
export function revenuePerGwYearAssumption(
  dataset: Pick<Dataset, "parameters">,
  overrides?: Readonly<Record<string, number>>,
): Assumption {
  return parameterAssumption(dataset, REVENUE_PER_GW_YEAR_PARAMETER, REVENUE_PER_GW_YEAR_USE, overrides);
}

/** Where the parameters end in a list of assumptions (the reported figures, `financial:…`, follow). */
export function parametersEnd(assumptions: readonly Assumption[]): number {
  const first = assumptions.findIndex((a) => a.id.startsWith("financial:"));
  return first < 0 ? assumptions.length : first;
}

export function powerDelayLosses(
  dataset: Pick<Dataset, "sites" | "parameters">,
  shock: PowerDelayShock,
  asOf: string,
  revenuePerGwYear = revenuePerGwYearAssumption(dataset).value,
): PowerDelayLoss[] {
  const asOfDay = firstDay(asOf);
  const affected = affectedSites(dataset.sites, shock);
  const losses: PowerDelayLoss[] = [];
  for (const site of dataset.sites) {
    if (!affected.has(site.id)) continue;
    const gw = siteCapacitySteps(site)
      .filter((s) => s.on > asOfDay && s.gw > 0)
      .reduce((sum, s) => sum + s.gw, 0);
    if (!(gw > 0)) continue;
    const amount = (gw * revenuePerGwYear * shock.months) / 12 / site.operators.length;
    for (const entity of site.operators) losses.push({ entity, site: site.id, gw, amount });
  }
  return losses;
}
