/**
 * The power page's numbers: `powerBalance` of src/core/power (what `halqa power` and GET /api/power
 * return) run in the browser on the loaded dataset, plus the secured GW split by kind of power (grid,
 * on-site gas, PPAs …) that the stacked chart needs. The split reads the same power records the
 * balance counted (its `supply` rows, with their delay flags) and levels them on 31 December with the
 * same step functions, so the kinds always add up to the balance's secured GW.
 * Complexity: that of powerBalance, plus O(P·Y) for P power records over Y years.
 */

import type { Basis } from "@core/flows/expand.ts";
import type { PowerDelay, PowerResult } from "@core/power/balance.ts";
import { powerBalance } from "@core/power/balance.ts";
import { delaySteps, levelAtYearEnd } from "@core/power/steps.ts";
import { type SupplyKind, supplyLines } from "@core/power/supply.ts";
import { firstDay } from "@core/time/dates.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export type PowerSettings = {
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
  /** Months the grid connections slip (0: none). */
  delayMonths: number;
  /** Only sites in this region or country; null: every site. */
  region: string | null;
};

/** The order the kinds stack in: the grid first, then on-site generation, then contracts. */
export const KIND_ORDER: readonly SupplyKind[] = [
  "grid",
  "onsite-gas",
  "onsite-other",
  "ppa-gas",
  "ppa-nuclear",
  "ppa-renewable",
  "ppa-other",
  "ppa",
];

export type KindSeries = { kind: SupplyKind; gw: number[] };

export type PowerPageData = {
  result: PowerResult;
  /** Secured GW per kind, one value per year of the window; only kinds with some GW. */
  byKind: KindSeries[];
};

export function powerDelayOf(settings: PowerSettings): PowerDelay | undefined {
  if (settings.delayMonths <= 0) return undefined;
  return settings.region === null
    ? { months: settings.delayMonths }
    : { months: settings.delayMonths, region: settings.region };
}

export function powerPage(dataset: Dataset, settings: PowerSettings): PowerPageData {
  const delay = powerDelayOf(settings);
  const result = powerBalance(dataset, {
    basis: settings.basis,
    asOf: settings.asOf,
    fromYear: settings.fromYear,
    toYear: settings.toYear,
    ...(delay ? { delay } : {}),
  });
  return { result, byKind: securedByKind(dataset, settings, result) };
}

/** Secured GW per kind and year: the balance's counted records, delayed as the balance delayed them. */
export function securedByKind(dataset: Dataset, settings: PowerSettings, result: PowerResult): KindSeries[] {
  const counted = new Map(result.supply.map((s) => [s.id, s]));
  const asOfDay = firstDay(settings.asOf);
  const months = result.delay?.months ?? 0;
  const totals = new Map<SupplyKind, number[]>();
  const years = result.years.map((y) => y.year);
  for (const line of supplyLines(dataset, { basis: settings.basis, asOf: settings.asOf })) {
    const row = counted.get(line.id);
    if (!row || !line.secured || !line.step) continue;
    const steps = row.delayed ? delaySteps([line.step], months, asOfDay) : [line.step];
    const gw = totals.get(line.kind) ?? years.map(() => 0);
    years.forEach((year, i) => {
      gw[i] = (gw[i] as number) + levelAtYearEnd(steps, year);
    });
    totals.set(line.kind, gw);
  }
  return KIND_ORDER.filter((k) => totals.get(k)?.some((v) => v > 0)).map((kind) => ({
    kind,
    gw: totals.get(kind) as number[],
  }));
}

/** Every region and country the sites name, for the delay's region picker (as the API accepts). */
export function siteRegions(dataset: Dataset): string[] {
  const all = dataset.sites.flatMap((s) => [s.location.region ?? "", s.location.country]);
  return [...new Set(all.filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
