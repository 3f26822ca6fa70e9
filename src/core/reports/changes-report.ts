/**
 * The changes digest: what `halqa changes --json` prints and `/api/changes` returns. Every dated event
 * of every deal between two dates, newest first: the deal's status events (reported, LOI, signed,
 * revised, closed, terminated …) and its replacements (a deal that `replaces` another, dated by the
 * replacing deal's announcement). Each change carries the deal's title, parties, headline amount
 * (its USD cash on the announced basis, with the range) and its sources.
 * Partial dates count from their first day: "2026-02" is inside a window that starts 2026-02-01.
 * Complexity: O(D·S + D·L) for D deals of S status events and L links, then a sort.
 */

import { compareText } from "../compare.ts";
import { figureInForce } from "../dataset/current-view.ts";
import { type Amount, amountOf, sumAmounts } from "../dataset/figures.ts";
import { layerFigure } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal, DealStatus, FlowKind } from "../model/deal.ts";
import { firstDay, lastDay } from "../time/dates.ts";
import { type CitedSource, SourceCollector } from "./cited-sources.ts";
import type { Localized } from "./deal-timeline.ts";

export type ChangeKind = DealStatus | "replaced";

export type Change = {
  date: string;
  kind: ChangeKind;
  /** The deal's first event: it entered the record on this date. */
  first: boolean;
  deal: string;
  title: Localized;
  type: string;
  parties: string[];
  /** The deal's USD headline on the announced basis (null when it has no USD flow). */
  amount: Amount | null;
  /** What the amount is of: cash, or the deal's other USD kind (guarantee, equity …). */
  amountKind: FlowKind | null;
  /** Some figure of that amount is an analyst's or halqa's estimate. */
  estimate: boolean;
  /** For `replaced`: the deal that replaces it. */
  replacedBy: string | null;
  note: string | null;
  sources: string[];
};

export type ChangesOptions = { since: string; until: string; entity?: string };

export type ChangesReport = {
  since: string;
  until: string;
  entity: string | null;
  count: number;
  byKind: Record<string, number>;
  changes: Change[];
  sources: CitedSource[];
};

/**
 * A deal's headline in USD on the announced basis: its cash, or when it moves no cash (a guarantee,
 * shares valued in dollars) its USD flows of the first kind it has, named by `amountKind`.
 */
function headline(
  deal: Deal,
  date: string,
): { amount: Amount | null; amountKind: FlowKind | null; estimate: boolean } {
  const usd = deal.flows.filter((f) => f.unit === "USD");
  const kind = usd.some((f) => f.kind === "cash") ? "cash" : usd[0]?.kind;
  const figures = usd
    .filter((f) => f.kind === kind)
    .map((f) => layerFigure(f, "announced"))
    .filter((f) => f !== undefined)
    // The amount as it stood on the change's date: a revision shows the revised reading.
    .map((f) => figureInForce(f, date));
  if (kind === undefined || figures.length === 0) return { amount: null, amountKind: null, estimate: false };
  return {
    amount: sumAmounts(figures.map(amountOf)),
    amountKind: kind,
    estimate: figures.some((f) => f.estimate === true),
  };
}

function involves(deal: Deal, entity: string): boolean {
  return (
    deal.parties.some((p) => p.entity === entity) ||
    deal.flows.some((f) => f.from === entity || f.to === entity)
  );
}

export function changesReport(
  dataset: Pick<Dataset, "deals" | "sources">,
  options: ChangesOptions,
): ChangesReport {
  const from = firstDay(options.since);
  const to = lastDay(options.until);
  const inside = (date: string) => firstDay(date) >= from && firstDay(date) <= to;
  const byId = new Map(dataset.deals.map((d) => [d.id, d]));
  const found: Omit<Change, "sources">[] = [];
  const cited = new Map<Omit<Change, "sources">, string[]>();

  for (const deal of dataset.deals) {
    if (options.entity !== undefined && !involves(deal, options.entity)) continue;
    const base = {
      deal: deal.id,
      title: deal.title,
      type: deal.type,
      parties: [...new Set(deal.parties.map((p) => p.entity))],
    };
    deal.status.forEach((event, i) => {
      if (!inside(event.date)) return;
      const change = {
        ...base,
        ...headline(deal, event.date),
        date: event.date,
        kind: event.status,
        first: i === 0,
        replacedBy: null,
        note: event.note ?? null,
      };
      found.push(change);
      cited.set(change, event.sources && event.sources.length > 0 ? event.sources : deal.sources);
    });
  }
  // A replacement is dated by the replacing deal's announcement and reported on the replaced deal.
  for (const replacing of dataset.deals) {
    for (const link of replacing.links ?? []) {
      const replaced = byId.get(link.deal);
      if (link.type !== "replaces" || !replaced || !inside(replacing.announced)) continue;
      if (
        options.entity !== undefined &&
        !involves(replaced, options.entity) &&
        !involves(replacing, options.entity)
      )
        continue;
      const change = {
        deal: replaced.id,
        title: replaced.title,
        type: replaced.type,
        parties: [...new Set(replaced.parties.map((p) => p.entity))],
        ...headline(replaced, replacing.announced),
        date: replacing.announced,
        kind: "replaced" as const,
        first: false,
        replacedBy: replacing.id,
        note: link.note ?? null,
      };
      found.push(change);
      cited.set(change, replacing.sources);
    }
  }

  found.sort(
    (a, b) =>
      firstDay(b.date) - firstDay(a.date) ||
      compareText(b.date, a.date) ||
      compareText(a.deal, b.deal) ||
      compareText(a.kind, b.kind),
  );
  const sources = new SourceCollector();
  const changes = found.map((c) => ({ ...c, sources: sources.cite(cited.get(c) ?? []) }));
  const byKind: Record<string, number> = {};
  for (const c of changes) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  return {
    since: options.since,
    until: options.until,
    entity: options.entity ?? null,
    count: changes.length,
    byKind,
    changes,
    sources: sources.list(dataset),
  };
}
