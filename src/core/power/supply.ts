/**
 * Power secured, as step schedules of GW, from two kinds of record:
 * - sites' `power` lists (grid connections, on-site generation, PPAs dedicated to a campus), each from
 *   its date ("available by"), counted as secured when its status is approved, under construction,
 *   operating or contested (running but disputed) — or not given; `requested` and `planned` power is
 *   listed but not secured, and an entry with no date cannot be placed in a year (listed as undated);
 * - deals' power flows in GW or MW (power-purchase agreements): the buyer's, from the start of the
 *   period to its end, unless a site's power entry already records that deal.
 * A site with an empty `power` list has unknown power: halqa shows it as unknown and never fills it in.
 * Complexity: O(P + F·Y) for P power entries and F power flows over Y years.
 */

import { amountOf } from "../dataset/figures.ts";
import { type Basis, expandFlows, type FlowRow } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import type { PowerStatus, Site } from "../model/records.ts";
import { lastDay } from "../time/dates.ts";
import { contractStep } from "./commitments.ts";
import type { Step } from "./steps.ts";

export const SECURED_STATUSES: ReadonlySet<PowerStatus> = new Set([
  "approved",
  "under-construction",
  "operating",
  "contested",
]);

/** A site's power kinds plus `ppa` for a power-purchase deal that names no site. */
export type SupplyKind = Site["power"][number]["kind"] | "ppa";

export const OFF_GRID_KINDS: ReadonlySet<SupplyKind> = new Set(["onsite-gas", "onsite-other"]);

export type SupplyLine = {
  /** `site/index` or `deal/flow`. */
  id: string;
  site?: string;
  deal?: string;
  kind: SupplyKind;
  gw: number;
  status?: PowerStatus;
  date?: string;
  secured: boolean;
  /** Undefined when the entry has no date (it cannot be placed in a year). */
  step?: Step;
  entities: string[];
  sources: string[];
};

export type SupplyOptions = { basis: Basis; asOf: string };

export function supplyLines(dataset: Pick<Dataset, "deals" | "sites">, options: SupplyOptions): SupplyLine[] {
  const lines: SupplyLine[] = [];
  const recordedDeals = new Set<string>();
  for (const site of dataset.sites) {
    site.power.forEach((p, i) => {
      if (p.deal) recordedDeals.add(p.deal);
      const gw = amountOf(p).value / (p.unit === "MW" ? 1000 : 1);
      const secured = p.status === undefined || SECURED_STATUSES.has(p.status);
      const line: SupplyLine = {
        id: `${site.id}/${i + 1}`,
        site: site.id,
        kind: p.kind,
        gw,
        secured,
        entities: [...site.operators, ...(p.counterparty ? [p.counterparty] : [])],
        sources: [...p.sources],
      };
      if (p.deal) line.deal = p.deal;
      if (p.status) line.status = p.status;
      if (p.date) {
        line.date = p.date;
        line.step = { on: lastDay(p.date), gw };
      }
      lines.push(line);
    });
  }
  lines.push(...dealSupply(dataset.deals, options, recordedDeals));
  return lines;
}

function dealSupply(
  deals: readonly Deal[],
  options: SupplyOptions,
  recorded: ReadonlySet<string>,
): SupplyLine[] {
  const rows: FlowRow[] = [];
  for (const unit of ["GW", "MW"] as const)
    rows.push(...expandFlows({ deals: [...deals] }, { ...options, unit, kinds: ["power"] }).rows);
  const totals = new Map<string, { row: FlowRow; gw: number; sources: Set<string> }>();
  for (const r of rows) {
    if (recorded.has(r.deal)) continue;
    const key = `${r.deal}/${r.flow}`;
    const entry = totals.get(key) ?? { row: r, gw: 0, sources: new Set<string>() };
    entry.gw += r.amount.value / (r.unit === "MW" ? 1000 : 1);
    for (const s of r.sources) entry.sources.add(s);
    totals.set(key, entry);
  }
  const byId = new Map(deals.map((d) => [d.id, d]));
  return [...totals].map(([id, { row, gw, sources }]) => {
    const deal = byId.get(row.deal) as Deal;
    return {
      id,
      deal: row.deal,
      kind: "ppa" as const,
      gw,
      secured: true,
      step: contractStep(deal, row.flow, gw),
      date: deal.period?.start ?? deal.announced,
      entities: [row.from, row.to],
      sources: [...sources],
    };
  });
}
