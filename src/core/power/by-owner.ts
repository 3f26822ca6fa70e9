/**
 * The power table's two per-entity views: the last year's GW per owner (a campus's first operator, a
 * deal's buyer), as reported and as counted once, by layer; and an entity's own stated total in GW,
 * printed beside the count. Complexity: O(L) for L capacity lines; O(F) for F financials.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";
import type { CapacityRule } from "./commitments.ts";
import type { Layer } from "./same-gw.ts";

/** One capacity line of the power balance (a campus or a deal's GW), as the balance reports it. */
export type CampusRow = {
  id: string;
  sites: string[];
  flows: string[];
  rule: CapacityRule;
  layer: Layer;
  owner: string;
  kinds: string[];
  /** GW of this line in the last year of the window (after any delay), as reported. */
  capacityGw: number;
  /** False when no source gives the line's capacity (a campus known only by its power): capacityGw is then unknown, not 0. */
  capacityKnown: boolean;
  /** capacityGw less what is the same GW as a host's (sameAs). */
  countedGw: number;
  /** Where this line's GW are already counted, in the last year. */
  sameAs: { host: string; gw: number }[];
  securedGw: number;
  powerKnown: boolean;
  delayed: boolean;
  sources: string[];
};

export type PublishedGw = { metric: string; period: string; gw: number; sources: string[] };

export type OwnerRow = { entity: string; naiveGw: number; countedGw: number; byLayer: Record<Layer, number> };

/**
 * An entity's own total in GW (metric infrastructure-commitments, e.g. Altman's ~30 GW); none without
 * an entity. Partial figures ("16 GW from the AMD and Broadcom agreements") are not totals and stay out.
 */
export function publishedGw(financials: Dataset["financials"], entity: string | undefined): PublishedGw[] {
  if (entity === undefined) return [];
  return financials
    .filter((f) => f.entity === entity && f.metric === "infrastructure-commitments")
    .filter((f) => f.unit === "GW" || f.unit === "MW")
    .map((f) => ({
      metric: f.metric,
      period: f.period,
      gw: amountOf(f).value / (f.unit === "MW" ? 1000 : 1),
      sources: [...f.sources],
    }));
}

/** The campuses' last-year GW summed per owner, largest first. */
export function ownerRows(campuses: readonly CampusRow[]): OwnerRow[] {
  const rows = new Map<string, OwnerRow>();
  for (const c of campuses) {
    const row = rows.get(c.owner) ?? {
      entity: c.owner,
      naiveGw: 0,
      countedGw: 0,
      byLayer: { campus: 0, compute: 0, chips: 0 },
    };
    row.naiveGw += c.capacityGw;
    row.countedGw += c.countedGw;
    row.byLayer[c.layer] += c.capacityGw;
    rows.set(c.owner, row);
  }
  return [...rows.values()]
    .filter((r) => r.naiveGw > 0)
    .sort((a, b) => b.countedGw - a.countedGw || (a.entity < b.entity ? -1 : 1));
}
