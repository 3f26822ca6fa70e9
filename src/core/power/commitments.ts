/**
 * Compute capacity committed, as step schedules of GW, from two kinds of record:
 * - deals' GW and MW flows of kind `chips` (deliveries: the GW arrive as the flows engine spreads
 *   them and stay) and `compute` (capacity contracts: the full GW from the start of the period to its
 *   end), chosen by the flows engine so value basis, status, conditions and overlaps apply as in
 *   `halqa flows`. A delivery with a start but no end, term or schedule (OpenAI's 10 GW of Nvidia
 *   systems and 6 GW of AMD GPUs, both "from H2 2026", multi-year) has no known years
 *   (flows/undated.ts): its steps are kept apart (`undatedSteps`, at its start), so the yearly
 *   balance can leave it out of every year and say so, and totals can still count it;
 * - sites' capacity schedules ("X GW online by date d").
 *
 * A campus recorded both as a site and as a deal (the site lists the deal) is one report twice. The
 * site and its deals form a group — sites and deals joined by the sites' `deals` lists — and the
 * group counts, each year, the larger of its sites' level and its deals' level, never their sum: the
 * rule halqa applies to any two overlapping reports (docs/architecture.md, decision 5).
 * Complexity: O(F·Y + S) for F flows over Y years and S site entries.
 */

import { compareText } from "../compare.ts";
import { amountOf } from "../dataset/figures.ts";
import { type Basis, expandFlows, type FlowRow } from "../flows/expand.ts";
import { isUndated } from "../flows/undated.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal, FlowKind } from "../model/deal.ts";
import type { Site } from "../model/records.ts";
import { endAfterYears, firstDay, lastDay, yearOfDay } from "../time/dates.ts";
import type { Layer } from "./same-gw.ts";
import { cumulativeSteps, type Step } from "./steps.ts";

export type CapacityRule = "site" | "deal" | "larger";

export type CapacityLine = {
  /** The first site's id, or `deal/flow` for a deal with no site. */
  id: string;
  sites: string[];
  /** `deal/flow` ids. */
  flows: string[];
  /** Flow kinds of the deals' part (chips, compute); empty for a site alone. */
  kinds: FlowKind[];
  rule: CapacityRule;
  /** Which report of capacity this is: a campus (any line with a site), a compute contract, chips. */
  layer: Layer;
  /** Who may fill it or whose it is: a campus's operators and the buyers in its deals; a deal's buyer. */
  users: string[];
  /** Whose capacity it is, for the table by entity: a campus's first operator; a deal's buyer. */
  owner: string;
  /** A compute contract's seller, whose campuses serve it (empty otherwise). */
  sellers: string[];
  /** Everyone named: operators, developers, owners, and the flows' two ends. */
  entities: string[];
  /** Regions and countries of the sites (for a delay by region). */
  regions: string[];
  siteSteps: Step[];
  /** The deals' dated steps. */
  dealSteps: Step[];
  /** Deliveries with no known years, each at its start (see the module note). */
  undatedSteps: Step[];
  undated: UndatedDelivery[];
  sources: string[];
};

/** A chips delivery with a start but no end, term or schedule: the years its GW arrive are unknown. */
export type UndatedDelivery = {
  /** `deal/flow`. */
  flow: string;
  deal: string;
  from: string;
  to: string;
  gw: number;
  /** The year it starts (the period's start, else the announcement). */
  startYear: number;
  sources: string[];
};

export type CapacityOptions = { basis: Basis; asOf: string };

type FlowPart = {
  id: string;
  deal: Deal;
  kind: FlowKind;
  from: string;
  to: string;
  steps: Step[];
  /** A delivery with no known years (its steps are at its start). */
  undated: boolean;
  sources: string[];
};

/** Every capacity line of the dataset, one per group of linked sites and deals. */
export function capacityLines(
  dataset: Pick<Dataset, "deals" | "sites">,
  options: CapacityOptions,
): CapacityLine[] {
  const parts = flowParts(dataset.deals, options);
  const dealsWithCapacity = new Set(parts.map((p) => p.deal.id));
  const groups = groupSitesAndDeals(dataset.sites, dealsWithCapacity);
  const lines: CapacityLine[] = [];
  const sitesOfDeal = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const d of g.deals) sitesOfDeal.set(d, i);
  });
  const byGroup = new Map<number, FlowPart[]>();
  for (const part of parts) {
    const g = sitesOfDeal.get(part.deal.id);
    if (g === undefined) {
      lines.push(lineOf([], [part]));
      continue;
    }
    byGroup.set(g, [...(byGroup.get(g) ?? []), part]);
  }
  groups.forEach((g, i) => {
    lines.push(lineOf(g.sites, byGroup.get(i) ?? []));
  });
  return lines.sort((a, b) => compareText(a.id, b.id));
}

function lineOf(sites: readonly Site[], parts: readonly FlowPart[]): CapacityLine {
  const siteSteps = sites.flatMap(siteCapacitySteps);
  const entities = new Set<string>();
  const regions = new Set<string>();
  const sources = new Set<string>();
  for (const s of sites) {
    for (const id of [...s.operators, s.developer, s.owner]) if (id) entities.add(id);
    regions.add(s.location.country);
    if (s.location.region) regions.add(s.location.region);
    for (const c of s.capacity) for (const id of c.sources) sources.add(id);
  }
  for (const p of parts) {
    entities.add(p.from);
    entities.add(p.to);
    for (const id of p.sources) sources.add(id);
  }
  const first = sites[0];
  const layer: Layer = sites.length > 0 ? "campus" : parts[0]?.kind === "compute" ? "compute" : "chips";
  const users = new Set([...sites.flatMap((s) => s.operators), ...parts.map((p) => p.to)]);
  return {
    id: first ? first.id : (parts[0]?.id ?? ""),
    sites: sites.map((s) => s.id),
    flows: parts.map((p) => p.id),
    kinds: [...new Set(parts.map((p) => p.kind))],
    rule: sites.length === 0 ? "deal" : parts.length === 0 ? "site" : "larger",
    layer,
    owner: first ? (first.operators[0] ?? first.id) : (parts[0]?.to ?? ""),
    users: [...users].sort(compareText),
    sellers: layer === "compute" ? [...new Set(parts.map((p) => p.from))].sort(compareText) : [],
    entities: [...entities].sort(compareText),
    regions: [...regions],
    siteSteps,
    dealSteps: parts.flatMap((p) => (p.undated ? [] : p.steps)),
    undatedSteps: parts.flatMap((p) => (p.undated ? p.steps : [])),
    undated: parts.filter((p) => p.undated).map(undatedDelivery),
    sources: [...sources].sort(compareText),
  };
}

function undatedDelivery(part: FlowPart): UndatedDelivery {
  const on = Math.min(...part.steps.map((s) => s.on));
  return {
    flow: part.id,
    deal: part.deal.id,
    from: part.from,
    to: part.to,
    gw: part.steps.reduce((sum, s) => sum + s.gw, 0),
    startYear: yearOfDay(on),
    sources: part.sources,
  };
}

export function siteCapacitySteps(site: Site): Step[] {
  return cumulativeSteps(
    site.capacity.map((c) => ({ date: c.date, gw: amountOf(c).value / (c.unit === "MW" ? 1000 : 1) })),
  );
}

/** Sites joined with the capacity deals they list; a site that lists none stands alone. */
function groupSitesAndDeals(
  sites: readonly Site[],
  dealsWithCapacity: ReadonlySet<string>,
): { sites: Site[]; deals: string[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const s of sites) {
    parent.set(`site:${s.id}`, `site:${s.id}`);
    for (const d of s.deals ?? []) {
      if (!dealsWithCapacity.has(d)) continue;
      if (!parent.has(`deal:${d}`)) parent.set(`deal:${d}`, `deal:${d}`);
      union(`site:${s.id}`, `deal:${d}`);
    }
  }
  const groups = new Map<string, { sites: Site[]; deals: string[] }>();
  const group = (key: string) => {
    const root = find(key);
    const found = groups.get(root);
    if (found) return found;
    const created = { sites: [] as Site[], deals: [] as string[] };
    groups.set(root, created);
    return created;
  };
  for (const s of sites) group(`site:${s.id}`).sites.push(s);
  for (const key of parent.keys()) if (key.startsWith("deal:")) group(key).deals.push(key.slice(5));
  return [...groups.values()];
}

/** The deals' GW and MW flows of chips and compute that the flows engine counts, as steps. */
function flowParts(deals: readonly Deal[], options: CapacityOptions): FlowPart[] {
  const rows: FlowRow[] = [];
  for (const unit of ["GW", "MW"] as const) {
    rows.push(...expandFlows({ deals: [...deals] }, { ...options, unit, kinds: ["chips", "compute"] }).rows);
  }
  const byFlow = new Map<string, FlowRow[]>();
  for (const r of rows) {
    const key = `${r.deal}/${r.flow}`;
    byFlow.set(key, [...(byFlow.get(key) ?? []), r]);
  }
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const types = new Map(deals.map((d) => [d.id, d.type]));
  const parts: FlowPart[] = [];
  for (const [id, flowRows] of byFlow) {
    const first = flowRows[0] as FlowRow;
    const deal = dealById.get(first.deal) as Deal;
    const scale = first.unit === "MW" ? 1 / 1000 : 1;
    const steps =
      first.kind === "compute" && first.timing !== "schedule"
        ? [contractStep(deal, first.flow, flowRows.reduce((s, r) => s + r.amount.value, 0) * scale)]
        : flowRows.map((r) => ({ on: deliveryDay(deal, r), gw: r.amount.value * scale }));
    parts.push({
      id,
      deal,
      kind: first.kind,
      from: first.from,
      to: first.to,
      steps,
      // A capacity contract with no end is capacity reserved from its start (contractStep); a
      // delivery with no end arrives over years no source gives.
      undated: first.kind === "chips" && flowRows.every((r) => isUndated(r, types)),
      sources: [...new Set(flowRows.flatMap((r) => r.sources))],
    });
  }
  return parts;
}

/** A capacity contract: its GW from the start of its period to the end (open-ended without one). */
export function contractStep(deal: Deal, flowId: string, gw: number): Step {
  const flow = deal.flows.find((f, i) => (f.id ?? String(i + 1)) === flowId);
  const period = flow?.period ?? deal.period;
  if (!period) return { on: firstDay(deal.announced), gw };
  const on = firstDay(period.start);
  if (period.end !== undefined) return { on, off: lastDay(period.end), gw };
  if (period.years !== undefined) return { on, off: endAfterYears(on, period.years), gw };
  return { on, gw };
}

/** When one year's delivery counts as arrived: at the period's start or the announcement, else by year end. */
function deliveryDay(deal: Deal, row: FlowRow): number {
  if (row.timing === "at-announcement") return firstDay(deal.announced);
  const flow = deal.flows.find((f, i) => (f.id ?? String(i + 1)) === row.flow);
  const period = flow?.period ?? deal.period;
  if (row.timing === "at-start" && period) return firstDay(period.start);
  return lastDay(String(row.year));
}
