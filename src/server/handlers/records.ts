/**
 * The record routes: the normalized dataset, its summary, entities and deals. Every number comes from
 * a core function (normalizeDataset, datasetStats, expandFlows); this file selects and joins records.
 */
import { type Amount, sumAmounts, ZERO } from "../../core/dataset/figures.ts";
import type { NormalizedFigure } from "../../core/dataset/normalize.ts";
import { BASES, type Basis, type ExcludedFlow, ownAmountsByDeal } from "../../core/flows/expand.ts";
import { resolveSource } from "../../core/reports/cited-sources.ts";
import { summaryReport } from "../../core/reports/summary-report.ts";
import type { DealsQuery, EntitiesQuery, StatsQuery } from "../../schema/api.ts";
import type { DataContext, DealView } from "../context.ts";
import { ApiError } from "../errors.ts";

export type ResolvedSource = {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
};

export function datasetRoute(data: DataContext, asOf: string) {
  return data.view(asOf).normalized;
}

/**
 * The merged dataset exactly as the loader produced it (the schema's output `Dataset`): the input the
 * core functions take, so a client that imports src/core (the dashboard) computes what the API does.
 */
export function datasetModelRoute(data: DataContext) {
  return data.dataset;
}

export function statsRoute(data: DataContext, asOf: string, query: StatsQuery) {
  return summaryReport(data.dataset, { asOf, top: query.top });
}

type FlowView = DealView["flows"][number];

/** A deal as seen from one entity: the flows of the deal that reach it or leave it. */
function dealLink(deal: DealView, flows: FlowView[]) {
  return {
    id: deal.id,
    title: deal.title,
    type: deal.type,
    status: deal.status,
    announced: deal.announced,
    flows,
  };
}

/** The deals an entity receives something in, gives something in, or is only a party to. */
function entityDeals(deals: Iterable<DealView>, id: string) {
  const incoming: ReturnType<typeof dealLink>[] = [];
  const outgoing: ReturnType<typeof dealLink>[] = [];
  const other: ReturnType<typeof dealLink>[] = [];
  for (const deal of deals) {
    const ins = deal.flows.filter((f) => f.to.id === id);
    const outs = deal.flows.filter((f) => f.from.id === id);
    if (ins.length > 0) incoming.push(dealLink(deal, ins));
    if (outs.length > 0) outgoing.push(dealLink(deal, outs));
    if (ins.length === 0 && outs.length === 0 && deal.parties.some((p) => p.id === id)) {
      other.push(dealLink(deal, []));
    }
  }
  return { in: incoming, out: outgoing, other };
}

export function entitiesRoute(data: DataContext, asOf: string, query: EntitiesQuery) {
  const view = data.view(asOf);
  const entities = view.normalized.entities
    .filter((e) => query.kind === undefined || e.kind === query.kind)
    .map((entity) => {
      const deals = entityDeals(view.deals.values(), entity.id);
      return { ...entity, deals: { in: deals.in.length, out: deals.out.length, other: deals.other.length } };
    });
  return { asOf, count: entities.length, entities };
}

export function entityRoute(data: DataContext, asOf: string, id: string) {
  const view = data.view(asOf);
  const entity = view.normalized.entities.find((e) => e.id === id);
  if (!entity) throw new ApiError(404, { code: "unknown-entity", path: "id", params: { id } });
  return { asOf, entity, deals: entityDeals(view.deals.values(), id) };
}

/**
 * Each deal's own USD money on each basis on the current view (overlaps not removed), as
 * `datasetStats` sizes a deal: read from the whole dataset's flows, so replacements resolve.
 */
function ownAmounts(view: ReturnType<DataContext["view"]>): (id: string) => Record<Basis, Amount> {
  const byBasis = BASES.map((basis) => [basis, ownAmountsByDeal(view.money(basis))] as const);
  return (id) =>
    Object.fromEntries(byBasis.map(([b, own]) => [b, own.get(id) ?? ZERO])) as Record<Basis, Amount>;
}

function matches(deal: DealView, query: DealsQuery): boolean {
  if (query.type !== undefined && deal.type !== query.type) return false;
  if (query.status !== undefined && deal.status !== query.status) return false;
  if (
    query.entity !== undefined &&
    !deal.parties.some((p) => p.id === query.entity) &&
    !deal.flows.some((f) => f.from.id === query.entity || f.to.id === query.entity)
  ) {
    return false;
  }
  if (query.q !== undefined) {
    const needle = query.q.trim().toLowerCase();
    const hay = [deal.id, deal.title.en, deal.title.ar].map((t) => t.toLowerCase());
    if (!hay.some((t) => t.includes(needle))) return false;
  }
  return true;
}

export function dealsRoute(data: DataContext, asOf: string, query: DealsQuery) {
  const view = data.view(asOf);
  const own = ownAmounts(view);
  const deals = view.normalized.deals
    .filter((d) => matches(d, query))
    .map((d) => ({
      id: d.id,
      title: d.title,
      type: d.type,
      status: d.status,
      announced: d.announced,
      parties: d.parties,
      flows: d.flows.length,
      usd: own(d.id),
    }));
  return { asOf, count: deals.length, deals };
}

function figureSourceIds(figure: NormalizedFigure | null): string[] {
  if (!figure) return [];
  return [...figure.sources, ...figure.alternatives.flatMap(figureSourceIds)];
}

/** Every source a deal cites (the deal's own first, then its statuses' and figures'), resolved. */
function dealSources(data: DataContext, deal: DealView): ResolvedSource[] {
  const ids = new Set([
    ...deal.sources,
    ...deal.statusHistory.flatMap((s) => s.sources),
    ...deal.flows.flatMap((f) => [f.announced, f.committed, f.paid].flatMap(figureSourceIds)),
  ]);
  const byId = new Map(data.dataset.sources.map((s) => [s.id, s]));
  return [...ids].map((id) => {
    const { file: _file, ...source } = resolveSource(byId, id);
    return source;
  });
}

export function dealRoute(data: DataContext, asOf: string, id: string) {
  const view = data.view(asOf);
  const deal = view.deals.get(id);
  const raw = data.dataset.deals.find((d) => d.id === id);
  if (!deal || !raw) throw new ApiError(404, { code: "unknown-deal", path: "id", params: { id } });
  const own = ownAmounts(view)(id);
  const money = Object.fromEntries(
    BASES.map((basis) => {
      const flows = view.money(basis);
      const rows = flows.rows.filter((r) => r.deal === id);
      const excluded: ExcludedFlow[] = flows.excluded.filter((r) => r.deal === id);
      return [basis, { own: own[basis], counted: sumAmounts(rows.map((r) => r.amount)), excluded }];
    }),
  );
  return {
    asOf,
    deal: { ...deal, sources: dealSources(data, deal) },
    money,
  };
}
