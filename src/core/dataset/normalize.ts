/**
 * The normalized dataset: what `halqa data export` writes and other tools read. Every reference is
 * resolved (entity and deal names beside their ids), every figure carries its point estimate and
 * range, every deal its status as of the export date. The shape is documented in
 * docs/data-format.md and versioned by `version`.
 */
import type { Dataset } from "../model/dataset.ts";
import type { Deal, Flow } from "../model/deal.ts";
import type { Figure } from "../model/figure.ts";
import { amountOf } from "./figures.ts";
import { statusAsOf } from "./status.ts";

export const EXPORT_FORMAT = "halqa.dataset";
export const EXPORT_VERSION = 1;

type Names = { en: string; ar: string };
export type EntityRef = { id: string; name: Names };

export type NormalizedFigure = {
  value: number | null;
  low: number | null;
  high: number | null;
  /** The number analyses use: value, else the midpoint of low and high, else the one end given. */
  point: number;
  sources: string[];
  quote: string | null;
  confidence: string | null;
  asOf: string | null;
  estimate: boolean;
  note: string | null;
  alternatives: NormalizedFigure[];
};

export function normalizeFigure(figure: Figure | Omit<Figure, "alternatives">): NormalizedFigure {
  return {
    value: figure.value ?? null,
    low: figure.low ?? null,
    high: figure.high ?? null,
    point: amountOf(figure).value,
    sources: [...figure.sources],
    quote: figure.quote ?? null,
    confidence: figure.confidence ?? null,
    asOf: figure.asOf ?? null,
    estimate: figure.estimate ?? false,
    note: figure.note ?? null,
    alternatives: ("alternatives" in figure ? (figure.alternatives ?? []) : []).map(normalizeFigure),
  };
}

export function normalizeDataset(dataset: Dataset, asOf: string) {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const titles = new Map(dataset.deals.map((d) => [d.id, d.title]));
  const ref = (id: string): EntityRef => ({ id, name: names.get(id) ?? { en: id, ar: id } });
  const optionalFigure = (f: Figure | undefined) => (f ? normalizeFigure(f) : null);

  const flow = (f: Flow, index: number) => ({
    id: f.id ?? String(index + 1),
    kind: f.kind,
    from: ref(f.from),
    to: ref(f.to),
    unit: f.unit,
    conditional: f.conditional,
    condition: f.condition ?? null,
    period: f.period ?? null,
    schedule: f.schedule ?? null,
    announced: optionalFigure(f.announced),
    committed: optionalFigure(f.committed),
    paid: optionalFigure(f.paid),
    note: f.note ?? null,
  });

  const deal = (d: Deal) => ({
    id: d.id,
    title: d.title,
    type: d.type,
    announced: d.announced,
    period: d.period ?? null,
    status: statusAsOf(d, asOf) ?? null,
    statusHistory: d.status.map((e) => ({
      status: e.status,
      date: e.date,
      sources: e.sources ?? [],
      note: e.note ?? null,
    })),
    parties: d.parties.map((p) => ({ ...ref(p.entity), role: p.role })),
    flows: d.flows.map(flow),
    links: (d.links ?? []).map((l) => ({
      type: l.type,
      deal: l.deal,
      title: titles.get(l.deal) ?? null,
      note: l.note ?? null,
    })),
    sources: d.sources,
    confidence: d.confidence ?? null,
    notes: d.notes ?? null,
  });

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    asOf,
    sources: dataset.sources,
    entities: dataset.entities.map((e) => ({
      ...e,
      parent: e.parent ? ref(e.parent) : null,
      sponsors: (e.sponsors ?? []).map((s) => ({
        ...ref(s.entity),
        stakePct: s.stakePct ?? null,
        guarantees: (s.guarantees ?? []).map((g) => ({ ...g, amount: optionalFigure(g.amount) })),
        note: s.note ?? null,
      })),
    })),
    deals: dataset.deals.map(deal),
    financials: dataset.financials.map((f) => ({
      entity: ref(f.entity),
      metric: f.metric,
      period: f.period,
      unit: f.unit,
      label: f.label ?? null,
      counterparty: f.counterparty ? ref(f.counterparty) : null,
      forecast: f.forecast ?? false,
      figure: normalizeFigure(f),
    })),
    indicators: dataset.indicators.map((i) => ({ ...i, figure: normalizeFigure(i.figure) })),
    sites: dataset.sites.map((s) => ({
      ...s,
      operators: s.operators.map(ref),
      developer: s.developer ? ref(s.developer) : null,
      owner: s.owner ? ref(s.owner) : null,
      capacity: s.capacity.map((c) => ({ date: c.date, unit: c.unit, figure: normalizeFigure(c) })),
      power: s.power.map((p) => ({
        kind: p.kind,
        unit: p.unit,
        date: p.date ?? null,
        status: p.status ?? null,
        counterparty: p.counterparty ? ref(p.counterparty) : null,
        deal: p.deal ?? null,
        units: p.units ?? null,
        figure: normalizeFigure(p),
      })),
    })),
    parameters: dataset.parameters.map((p) => ({ ...p, figure: normalizeFigure(p.figure) })),
  };
}

export type NormalizedDataset = ReturnType<typeof normalizeDataset>;
