/**
 * The power balance per year: GW of compute capacity (on the chosen basis) against GW of power secured.
 *
 *   capacity(y)   = Σ lines − GW that are the same GW reported twice (same-gw.ts: chips hosted at a
 *                   campus or in a compute contract, a contract served from its seller's campus)
 *   coverage(y)   = secured(y) / capacity(y)         in [0, ∞); undefined when there is no capacity
 *   stranded(y)   = max(0, capacity(y) − secured(y))
 *   offGrid(y)    = on-site secured(y) / secured(y)   undefined when nothing is secured
 *   energy(y)     = capacity(y) × 1000 × 8760 h × utilisation × PUE           (MWh)
 *   bill(y)       = energy(y) × price                                        (USD)
 *
 * Levels are read on 31 December of each year. Capacity comes from commitments.ts, deduplicated by
 * same-gw.ts, secured power from supply.ts. Capacity in a line with no power information is reported as `unknownPowerGw`:
 * it counts as not secured in the coverage (a lower bound) and is never filled in. A delay of m
 * months (by site or region) moves the future capacity and grid connections of the affected sites m
 * months later; `delayedGw` is the capacity the delay pushes out of each year.
 * Reference: the method page docs/methods/power.md. Complexity: O((L + P)·Y) for L capacity lines,
 * P power lines and Y years.
 */

import { type CitedValue, citedParameter } from "../dataset/cited-parameter.ts";
import { ModelInputError } from "../errors.ts";
import type { Basis } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { firstDay } from "../time/dates.ts";
import { type CampusRow, type OwnerRow, ownerRows, type PublishedGw, publishedGw } from "./by-owner.ts";
import { type CapacityLine, capacityLines, type UndatedDelivery } from "./commitments.ts";
import { annualEnergyMwh, ENERGY_PARAMETERS } from "./energy-bill.ts";
import { type ReferenceForecast, referenceForecasts } from "./reference-forecasts.ts";
import { type Layer, sameGw } from "./same-gw.ts";
import { delaySteps, levelAtYearEnd, type Step } from "./steps.ts";
import { OFF_GRID_KINDS, type SupplyLine, supplyLines } from "./supply.ts";

export type { CampusRow, OwnerRow, PublishedGw } from "./by-owner.ts";
export type { ReferenceForecast } from "./reference-forecasts.ts";

export type PowerDelay = { months: number; region?: string; site?: string };

export type PowerOptions = {
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  entity?: string;
  site?: string;
  delay?: PowerDelay;
  /**
   * Chips deliveries with no known years (commitments.ts): left out of every year and listed apart
   * ("apart", the yearly table), or placed at their start ("at-start": totals such as the peak
   * capacity contracted, where the year does not matter).
   */
  undated?: "apart" | "at-start";
};

export type PowerYear = {
  year: number;
  /** GW of compute capacity on the chosen basis, each GW once. */
  capacityGw: number;
  /** The layers summed as reported: campuses + compute contracts + chips. */
  naiveGw: number;
  /** naiveGw − capacityGw: GW reported twice (chips at a campus, a contract at its seller's campus). */
  sameGw: number;
  byLayer: Record<Layer, number>;
  securedGw: number;
  /**
   * Power secured at campuses whose capacity no source gives (xAI's turbines): kept out of securedGw,
   * so coverage sets power and capacity of the same campuses side by side and stays a lower bound.
   */
  securedNoCapacityGw: number;
  unknownPowerGw: number;
  coverage: number | null;
  strandedGw: number;
  offGridShare: number | null;
  delayedGw: number;
  energyMwh: number | null;
  energyBillUsd: number | null;
};

export type SupplyRow = Omit<SupplyLine, "step"> & { delayed: boolean };

export type PowerResult = {
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  entity?: string;
  site?: string;
  delay?: PowerDelay & { sites: string[] };
  years: PowerYear[];
  campuses: CampusRow[];
  /** The last year's capacity per owner (a campus's first operator, a deal's buyer). */
  owners: OwnerRow[];
  /** With an entity: the GW it has stated itself (financials in GW, e.g. Altman's ~30 GW), to compare. */
  published: PublishedGw[];
  supply: SupplyRow[];
  parameters: CitedValue[];
  /** Energy parameters the dataset lacks (the energy bill is then null). */
  missingParameters: string[];
  references: ReferenceForecast[];
  /**
   * With undated "apart": the deliveries left out of every year, and what they would add to the last
   * year placed at their starts — less than their GW where they fill campuses and contracts already
   * counted (same-gw.ts). Null when they are placed at their starts, or there are none.
   */
  undated: {
    deliveries: UndatedDelivery[];
    lastYear: number;
    /** The last year's capacity with them placed at their starts. */
    withThemGw: number;
    /** withThemGw less the last year's capacity. */
    addedGw: number;
  } | null;
};

type Steps = { site: Step[]; deal: Step[] };
/** `plan`: the line's steps as reported; `steps`: after the delay; `undated`: its undated deliveries' steps. */
type Prepared = { line: CapacityLine; plan: Steps; steps: Steps; undated: Step[]; delayed: boolean };

/** GW the delayed lines lose by the end of `year`: their level as reported less their level delayed. */
function delayedLevel(prepared: readonly Prepared[], year: number): number {
  let lost = 0;
  for (const p of prepared) {
    if (!p.delayed) continue;
    const plan = Math.max(levelAtYearEnd(p.plan.site, year), levelAtYearEnd(p.plan.deal, year));
    const late = Math.max(levelAtYearEnd(p.steps.site, year), levelAtYearEnd(p.steps.deal, year));
    lost += Math.max(0, plan - late);
  }
  return lost;
}

export function powerBalance(
  dataset: Pick<Dataset, "deals" | "sites" | "parameters" | "indicators"> &
    Partial<Pick<Dataset, "financials">>,
  options: PowerOptions,
): PowerResult {
  const { basis, asOf, fromYear, toYear } = options;
  if (fromYear > toYear)
    throw new ModelInputError("range-reversed", ["years"], { start: fromYear, end: toYear });
  const affected = affectedSites(dataset.sites, options.delay);
  const months = options.delay?.months ?? 0;
  const asOfDay = firstDay(asOf);
  const shift = (steps: Step[], on: boolean) => (on ? delaySteps(steps, months, asOfDay) : steps);

  const lines = capacityLines(dataset, { basis, asOf }).filter((l) => selected(l, options));
  const placed = options.undated === "at-start";
  const siteIds = new Set(lines.flatMap((l) => l.sites));
  const supply = supplyLines(dataset, { basis, asOf }).filter((s) =>
    s.site !== undefined
      ? siteIds.has(s.site)
      : options.site === undefined && (options.entity === undefined || s.entities.includes(options.entity)),
  );
  const sitesWithPower = new Set(supply.flatMap((s) => (s.site ? [s.site] : [])));
  const prepared: Prepared[] = lines.map((line) => {
    const delayed = line.sites.some((s) => affected.has(s));
    const plan = {
      site: line.siteSteps,
      deal: placed ? [...line.dealSteps, ...line.undatedSteps] : line.dealSteps,
    };
    return {
      line,
      delayed,
      plan,
      steps: { site: shift(plan.site, delayed), deal: shift(plan.deal, delayed) },
      undated: placed ? [] : shift(line.undatedSteps, delayed),
    };
  });
  const sitesWithCapacity = new Set(
    prepared.filter((p) => p.plan.site.length > 0 || p.plan.deal.length > 0).flatMap((p) => p.line.sites),
  );
  const supplyDelayed = (s: SupplyLine) => s.site !== undefined && affected.has(s.site) && s.kind === "grid";
  const securedSteps = (s: SupplyLine) => (s.secured && s.step ? shift([s.step], supplyDelayed(s)) : []);

  const parameters = ENERGY_PARAMETERS.map((id) => citedParameter(dataset.parameters, id));
  const missingParameters = ENERGY_PARAMETERS.filter((_, i) => parameters[i] === undefined);
  const [utilisation, pue, price] = parameters;

  const levels = (year: number, delayedSteps: boolean, withUndated = false) =>
    sameGw(
      prepared.map((p) => {
        const chosen = delayedSteps ? p.steps : p.plan;
        const steps = withUndated ? { ...chosen, deal: [...chosen.deal, ...p.undated] } : chosen;
        return {
          id: p.line.id,
          layer: p.line.layer,
          users: p.line.users,
          sellers: p.line.sellers,
          since: Math.min(...[...steps.site, ...steps.deal].map((x) => x.on)),
          gw: Math.max(levelAtYearEnd(steps.site, year), levelAtYearEnd(steps.deal, year)),
        };
      }),
    );
  const years: PowerYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const same = levels(year, true);
    // A delay moves a campus's capacity later, and the chips and contracts it hosts wait with it: the
    // same-GW rule must not let chips "fill" a delayed campus's room with capacity that has nowhere to
    // run. So the delayed GW are what the delayed lines lose by the year's end, taken off the count.
    const delayedGw = months > 0 ? delayedLevel(prepared, year) : 0;
    const before = months > 0 ? levels(year, false).countedGw : same.countedGw;
    const capacity = months > 0 ? Math.max(0, before - delayedGw) : same.countedGw;
    let unknown = 0;
    for (const p of prepared)
      if (!p.line.sites.some((s) => sitesWithPower.has(s))) unknown += same.counted.get(p.line.id) ?? 0;
    let secured = 0;
    let offGrid = 0;
    let noCapacity = 0;
    for (const s of supply) {
      const level = levelAtYearEnd(securedSteps(s), year);
      if (s.site !== undefined && !sitesWithCapacity.has(s.site)) {
        noCapacity += level;
        continue;
      }
      secured += level;
      if (OFF_GRID_KINDS.has(s.kind)) offGrid += level;
    }
    const energy =
      utilisation && pue && price ? annualEnergyMwh(capacity, utilisation.value, pue.value) : null;
    years.push({
      year,
      capacityGw: capacity,
      naiveGw: same.naiveGw,
      sameGw: same.naiveGw - capacity,
      byLayer: same.byLayer,
      securedGw: secured,
      securedNoCapacityGw: noCapacity,
      unknownPowerGw: unknown,
      coverage: capacity > 0 ? secured / capacity : null,
      strandedGw: Math.max(0, capacity - secured),
      offGridShare: secured > 0 ? offGrid / secured : null,
      delayedGw: before - capacity,
      energyMwh: energy,
      energyBillUsd: energy !== null && price ? energy * price.value : null,
    });
  }

  const last = levels(toYear, true);
  // A line made only of undated deliveries has nothing in any year: it is listed with them instead.
  const shown = prepared.filter(
    (p) => placed || p.line.undated.length < p.line.flows.length || p.line.sites.length > 0,
  );
  const campuses: CampusRow[] = shown.map((p) => ({
    id: p.line.id,
    sites: p.line.sites,
    flows: p.line.flows,
    rule: p.line.rule,
    layer: p.line.layer,
    owner: p.line.owner,
    kinds: p.line.kinds,
    capacityGw: Math.max(levelAtYearEnd(p.steps.site, toYear), levelAtYearEnd(p.steps.deal, toYear)),
    capacityKnown: p.plan.site.length > 0 || p.plan.deal.length > 0,
    countedGw: last.counted.get(p.line.id) ?? 0,
    sameAs: last.sameAs.filter((x) => x.claim === p.line.id).map(({ host, gw }) => ({ host, gw })),
    securedGw: supply
      .filter((s) => s.site !== undefined && p.line.sites.includes(s.site))
      .reduce((sum, s) => sum + levelAtYearEnd(securedSteps(s), toYear), 0),
    powerKnown: p.line.sites.some((s) => sitesWithPower.has(s)),
    delayed: p.delayed,
    sources: p.line.sources,
  }));
  campuses.sort((a, b) => b.capacityGw - a.capacityGw || (a.id < b.id ? -1 : 1));

  const result: PowerResult = {
    basis,
    asOf,
    fromYear,
    toYear,
    years,
    campuses,
    owners: ownerRows(campuses),
    published: publishedGw(dataset.financials ?? [], options.entity),
    supply: supply.map(({ step: _step, ...rest }) => ({ ...rest, delayed: supplyDelayed(rest) })),
    parameters: parameters.filter((p): p is CitedValue => p !== undefined),
    missingParameters,
    references: referenceForecasts(dataset.indicators),
    undated: placed
      ? null
      : undatedSummary(prepared, toYear, last.countedGw, levels(toYear, true, true).countedGw),
  };
  if (options.entity !== undefined) result.entity = options.entity;
  if (options.site !== undefined) result.site = options.site;
  if (options.delay) result.delay = { ...options.delay, sites: [...affected].sort() };
  return result;
}

function undatedSummary(
  prepared: readonly Prepared[],
  lastYear: number,
  withoutGw: number,
  withThemGw: number,
): PowerResult["undated"] {
  // One that starts after the window is outside it, as any later deal is: not listed.
  const deliveries = prepared.flatMap((p) => p.line.undated).filter((d) => d.startYear <= lastYear);
  if (deliveries.length === 0) return null;
  deliveries.sort((a, b) => b.gw - a.gw || (a.flow < b.flow ? -1 : 1));
  return { deliveries, lastYear, withThemGw, addedGw: Math.max(0, withThemGw - withoutGw) };
}

function selected(line: CapacityLine, options: PowerOptions): boolean {
  if (options.site !== undefined && !line.sites.includes(options.site)) return false;
  if (options.entity !== undefined && !line.entities.includes(options.entity)) return false;
  return true;
}

/** Sites a delay touches: the one named, else those in the region (country or region, any case), else all. */
export function affectedSites(sites: Dataset["sites"], delay: PowerDelay | undefined): Set<string> {
  if (!delay || delay.months === 0) return new Set();
  const region = delay.region?.toLowerCase();
  return new Set(
    sites
      .filter((s) => delay.site === undefined || s.id === delay.site)
      .filter(
        (s) =>
          region === undefined ||
          s.location.country.toLowerCase() === region ||
          s.location.region?.toLowerCase() === region,
      )
      .map((s) => s.id),
  );
}
