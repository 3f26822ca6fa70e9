/**
 * Secured GW split by kind of power (grid, on-site gas, PPAs …), per year of a balance: it reads the
 * same power records the balance counted (its `supply` rows, with their delay flags) and levels them on
 * 31 December with the same step functions, so the kinds always add up to the balance's secured GW.
 * Complexity: O(P·Y) for P power records over Y years.
 */
import type { Dataset } from "../model/dataset.ts";
import { firstDay } from "../time/dates.ts";
import type { PowerResult } from "./balance.ts";
import { delaySteps, levelAtYearEnd } from "./steps.ts";
import { type SupplyKind, supplyLines } from "./supply.ts";

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

/** Secured GW of one kind, one value per year of the balance's window. */
export type KindSeries = { kind: SupplyKind; gw: number[] };

/** Secured GW per kind and year: the balance's counted records, delayed as the balance delayed them. */
export function securedByKind(dataset: Pick<Dataset, "deals" | "sites">, result: PowerResult): KindSeries[] {
  const counted = new Map(result.supply.map((s) => [s.id, s]));
  const asOfDay = firstDay(result.asOf);
  const months = result.delay?.months ?? 0;
  const totals = new Map<SupplyKind, number[]>();
  const years = result.years.map((y) => y.year);
  // As the balance: power at a campus whose capacity no source gives is not in the secured GW.
  const withCapacity = new Set(result.campuses.filter((c) => c.capacityKnown).flatMap((c) => c.sites));
  for (const line of supplyLines(dataset, { basis: result.basis, asOf: result.asOf })) {
    const row = counted.get(line.id);
    if (!row || !line.secured || !line.step) continue;
    if (line.site !== undefined && !withCapacity.has(line.site)) continue;
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
