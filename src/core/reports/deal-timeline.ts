/**
 * The deal timeline report: what `halqa deal ID --json` prints and `/api/deals/{id}/timeline` returns.
 * One deal's dated status events, each figure of each flow with its sources, quote and the other
 * sources' figures, its links to other deals in both directions ("replaces X", "replaced by Y"), and,
 * on each value basis, what the flows engine counts of it as of the date and why the rest is left
 * out. The reasons are the engine's own codes (`conditional`, `overlap`, `replaced`, …) passed through
 * with the engine's extra fields as params, so a reason the engine adds later is carried, not lost.
 */

import { currentView, type Replacement, type Standing } from "../dataset/current-view.ts";
import { type Amount, amountOf, sumAmounts } from "../dataset/figures.ts";
import { isBindingAsOf, statusAsOf } from "../dataset/status.ts";
import {
  BASES,
  type Basis,
  type ExcludedFlow,
  expandFlows,
  type FlowResult,
  layerFigure,
  MONEY_KINDS,
  PHYSICAL_KINDS,
} from "../flows/expand.ts";
import { isUndated } from "../flows/undated.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal, DealLink, DealStatus, Flow, FlowKind } from "../model/deal.ts";
import type { Figure } from "../model/figure.ts";
import type { Unit } from "../model/primitives.ts";
import { firstDay } from "../time/dates.ts";
import { type CitedSource, SourceCollector } from "./cited-sources.ts";

export type Localized = { en: string; ar: string };

export type TimelineEvent = {
  date: string;
  status: DealStatus;
  note: string | null;
  sources: string[];
  /** Dated after the as-of date: known to the data, not yet true on that date. */
  after: boolean;
};

export type FigureValue = {
  amount: Amount;
  /** True when the source gives a range or an open end rather than one number. */
  range: boolean;
  estimate: boolean;
  asOf: string | null;
  quote: string | null;
  note: string | null;
  sources: string[];
};

export type DealFigure = FigureValue & {
  flow: string;
  kind: FlowKind;
  from: string;
  to: string;
  unit: Unit;
  layer: Basis;
  conditional: boolean;
  condition: string | null;
  alternatives: FigureValue[];
};

export type TimelineLink = {
  /** `out`: this deal names the other; `in`: the other deal names this one. */
  direction: "out" | "in";
  type: DealLink["type"];
  deal: string;
  title: Localized | null;
  /** The other deal's announcement date. */
  date: string | null;
  note: string | null;
  /**
   * The other deal's replacement in the current view, when a later deal replaced it by the as-of date:
   * a purchase whose financing deal was replaced says so (OpenAI's 10 GW of Nvidia systems, funded by
   * the $100B LOI that the $30B equity replaced). Null otherwise.
   */
  replacedBy: Replacement | null;
};

/** Why a flow has nothing counted on a basis when the engine neither counted nor excluded it. */
export type UncountedWhy = "not-reported" | "no-figure" | "outside-totals";

export type FlowCount = {
  flow: string;
  kind: FlowKind;
  from: string;
  to: string;
  unit: Unit;
  /** What the totals count of this flow on the basis (null when nothing). */
  counted: Amount | null;
  /** The years the counted amount falls in; empty for a term contract with no known years (undatedFrom). */
  years: { year: number; amount: Amount }[];
  /**
   * A term contract placed only by its start or announcement (flows/undated.ts): the year it is paid
   * from, in an unknown split; null otherwise. The sheet said "2026" of OpenAI's ~$500B of Nvidia
   * systems, from H2 2026 with no end, where the flows report keeps it out of every year.
   */
  undatedFrom: number | null;
  /** What the engine left out, with its reason code and the engine's extra fields as params. */
  excluded: { reason: string; amount: Amount; params: Record<string, string | number | boolean> }[];
  why: UncountedWhy | null;
};

export type DealTimelineReport = {
  asOf: string;
  deal: {
    id: string;
    title: Localized;
    type: string;
    announced: string;
    period: { start: string; end: string | null; years: number | null } | null;
    confidence: string | null;
    notes: string | null;
  };
  /** Status on the as-of date (null: not yet reported then) and the last one the data knows. */
  status: DealStatus | null;
  latestStatus: DealStatus;
  /** Where the deal stands on the current view (replaced by a later deal, terminated, or its tier); null if not yet reported. */
  standing: Standing | null;
  replacedBy: Replacement | null;
  binding: boolean;
  parties: { entity: string; role: string; note: string | null }[];
  events: TimelineEvent[];
  figures: DealFigure[];
  links: TimelineLink[];
  counts: { basis: Basis; flows: FlowCount[]; counted: Amount; unit: "USD" }[];
  sources: CitedSource[];
};

function figureValue(figure: Figure, cite: (ids: readonly string[]) => string[]): FigureValue {
  return {
    amount: amountOf(figure),
    range: figure.value === undefined || figure.low !== undefined || figure.high !== undefined,
    estimate: figure.estimate === true,
    asOf: figure.asOf ?? null,
    quote: figure.quote ?? null,
    note: figure.note ?? null,
    sources: cite(figure.sources),
  };
}

const ROW_FIELDS = new Set([
  "deal",
  "flow",
  "kind",
  "from",
  "to",
  "unit",
  "amount",
  "conditional",
  "status",
  "sources",
  "reason",
  "tier",
  "estimate",
]);

/** The engine's extra fields of an exclusion (countedIn, replacedBy, since …) as message params. */
export function exclusionParams(e: ExcludedFlow): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(e)) {
    if (ROW_FIELDS.has(key)) continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      params[key] = value;
  }
  // A replacement carries the deal that took over and the date from which it counts.
  if (e.replacedBy) {
    params.by = e.replacedBy.by;
    params.from = e.replacedBy.from;
  }
  return params;
}

/** The flows engine's result for every (basis, unit) the deal's flows use, computed once each. */
function expansions(dataset: Pick<Dataset, "deals">, asOf: string) {
  const cache = new Map<string, FlowResult>();
  return (basis: Basis, unit: Unit): FlowResult => {
    const key = `${basis}/${unit}`;
    let result = cache.get(key);
    if (!result) {
      result = expandFlows(dataset, { basis, asOf, unit });
      cache.set(key, result);
    }
    return result;
  };
}

function flowCount(
  deal: Deal,
  flow: Flow,
  index: number,
  basis: Basis,
  asOf: string,
  result: FlowResult,
): FlowCount {
  const id = flow.id ?? String(index + 1);
  const rows = result.rows.filter((r) => r.deal === deal.id && r.flow === id);
  const undated = rows.filter((r) => isUndated(r, new Map([[deal.id, deal.type]])));
  const excluded = result.excluded
    .filter((e) => e.deal === deal.id && e.flow === id)
    .map((e) => ({ reason: e.reason as string, amount: e.amount, params: exclusionParams(e) }));
  const kinds = flow.unit === "USD" ? MONEY_KINDS : PHYSICAL_KINDS;
  let why: UncountedWhy | null = null;
  if (rows.length === 0 && excluded.length === 0) {
    if (statusAsOf(deal, asOf) === undefined) why = "not-reported";
    else if (!kinds.includes(flow.kind)) why = "outside-totals";
    else if (!layerFigure(flow, basis)) why = "no-figure";
  }
  return {
    flow: id,
    kind: flow.kind,
    from: flow.from,
    to: flow.to,
    unit: flow.unit,
    counted: rows.length > 0 ? sumAmounts(rows.map((r) => r.amount)) : null,
    years: undated.length > 0 ? [] : rows.map((r) => ({ year: r.year, amount: r.amount })),
    undatedFrom: undated.length > 0 ? Math.min(...undated.map((r) => r.year)) : null,
    excluded,
    why,
  };
}

export function dealTimeline(
  dataset: Pick<Dataset, "deals" | "sources">,
  id: string,
  options: { asOf: string },
): DealTimelineReport | undefined {
  const deal = dataset.deals.find((d) => d.id === id);
  if (!deal) return undefined;
  const { asOf } = options;
  const view = currentView(dataset.deals, asOf);
  const current = view.byId.get(id);
  const sources = new SourceCollector();
  const { cite } = sources;
  cite(deal.sources);
  const cutoff = firstDay(asOf);
  const events = deal.status.map((e) => ({
    date: e.date,
    status: e.status,
    note: e.note ?? null,
    sources: cite(e.sources ?? []),
    after: firstDay(e.date) > cutoff,
  }));
  const figures: DealFigure[] = deal.flows.flatMap((flow, index) =>
    BASES.flatMap((layer) => {
      const figure = flow[layer];
      if (!figure) return [];
      return [
        {
          flow: flow.id ?? String(index + 1),
          kind: flow.kind,
          from: flow.from,
          to: flow.to,
          unit: flow.unit,
          layer,
          conditional: flow.conditional,
          condition: flow.condition ?? null,
          ...figureValue(figure, cite),
          alternatives: (figure.alternatives ?? []).map((alt) => figureValue(alt as Figure, cite)),
        },
      ];
    }),
  );
  const expand = expansions(dataset, asOf);
  const counts = BASES.map((basis) => {
    const flows = deal.flows.map((flow, index) =>
      flowCount(deal, flow, index, basis, asOf, expand(basis, flow.unit)),
    );
    const usd = flows.filter((f) => f.unit === "USD" && f.counted !== null).map((f) => f.counted as Amount);
    return { basis, flows, counted: sumAmounts(usd), unit: "USD" as const };
  });
  return {
    asOf,
    deal: {
      id: deal.id,
      title: deal.title,
      type: deal.type,
      announced: deal.announced,
      period: deal.period
        ? { start: deal.period.start, end: deal.period.end ?? null, years: deal.period.years ?? null }
        : null,
      confidence: deal.confidence ?? null,
      notes: deal.notes ?? null,
    },
    status: statusAsOf(deal, asOf) ?? null,
    latestStatus: (deal.status[deal.status.length - 1] as Deal["status"][number]).status,
    standing: current?.standing ?? null,
    replacedBy: current?.replacedBy ?? null,
    binding: isBindingAsOf(deal, asOf),
    parties: deal.parties.map((p) => ({ entity: p.entity, role: p.role, note: p.note ?? null })),
    events,
    figures,
    links: dealLinks(dataset.deals, deal).map((link) => ({
      ...link,
      replacedBy: view.byId.get(link.deal)?.replacedBy ?? null,
    })),
    counts,
    sources: sources.list(dataset as Pick<Dataset, "sources">),
  };
}

/** The deal's links both ways: those it states, and those other deals state about it. */
export function dealLinks(deals: readonly Deal[], deal: Deal): Omit<TimelineLink, "replacedBy">[] {
  const byId = new Map(deals.map((d) => [d.id, d]));
  const out = (deal.links ?? []).map((link) => {
    const other = byId.get(link.deal);
    return {
      direction: "out" as const,
      type: link.type,
      deal: link.deal,
      title: other?.title ?? null,
      date: other?.announced ?? null,
      note: link.note ?? null,
    };
  });
  const incoming = deals.flatMap((other) =>
    (other.links ?? [])
      .filter((link) => link.deal === deal.id && other.id !== deal.id)
      .map((link) => ({
        direction: "in" as const,
        type: link.type,
        deal: other.id,
        title: other.title,
        date: other.announced,
        note: link.note ?? null,
      })),
  );
  return [...out, ...incoming];
}
