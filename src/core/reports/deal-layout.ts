/**
 * The tables of the deal sheet (deal-timeline.ts), described once for the terminal, the deal panel and
 * the CSV: its parties, its dated status events, each figure of each flow (and other sources' figures),
 * its links to other deals, what counts of each flow on each value basis and why the rest does not, and
 * the numbered sources.
 */
import type { Amount } from "../dataset/figures.ts";
import type { Basis } from "../flows/expand.ts";
import type {
  DealFigure,
  DealTimelineReport,
  FigureValue,
  FlowCount,
  TimelineEvent,
  TimelineLink,
} from "./deal-timeline.ts";
import type { Headline, MessageCell, ReportLayout, TableLayout } from "./layout.ts";
import { table } from "./layout.ts";
import {
  amountUnit,
  citedSourcesTable,
  exclusionCell,
  flowCell,
  rangeOf,
  sourcesCell,
} from "./sheet-cells.ts";

type Party = DealTimelineReport["parties"][number];

export const PARTIES_TABLE = table<DealTimelineReport, Party>({
  id: "parties",
  title: "report.sheet.deal.parties",
  rows: (r) => r.parties,
  columns: [
    { id: "entity", label: "report.sheet.deal.party", unit: "entity", value: (p) => p.entity },
    {
      id: "role",
      label: "report.sheet.company.roles",
      unit: "message",
      value: (p) => `report.sheet.company.partyRole.${p.role}`,
    },
    { id: "note", label: "report.sheet.company.notes", unit: "text", value: (p) => p.note, optional: true },
  ],
});

/** A status event's status; one dated after the as-of date says so. */
function eventStatus(e: TimelineEvent): MessageCell | string {
  if (!e.after) return `enum.status.${e.status}`;
  return {
    key: "report.sheet.deal.statusAfter",
    values: { status: { value: `enum.status.${e.status}`, unit: "message" } },
  };
}

export const EVENTS_TABLE = table<DealTimelineReport, TimelineEvent>({
  id: "timeline",
  title: "report.sheet.deal.timeline",
  rows: (r) => r.events,
  columns: [
    { id: "date", label: "report.sheet.changes.date", unit: "date", value: (e) => e.date },
    { id: "status", label: "report.common.status", unit: "message", value: eventStatus },
    { id: "note", label: "report.sheet.company.notes", unit: "text", value: (e) => e.note },
    {
      id: "sources",
      label: "report.sheet.company.refs",
      unit: "source",
      value: (e) => sourcesCell(e.sources),
    },
  ],
});

/** What qualifies a figure, as a list of words: an estimate, a conditional tranche. */
function figureFlags(f: DealFigure | FigureValue): string | null {
  const flags = [
    ...(f.estimate ? ["report.sheet.company.estimate"] : []),
    ...("conditional" in f && f.conditional ? ["report.sheet.deal.conditional"] : []),
  ];
  return flags.length > 0 ? flags.join(" ") : null;
}

function amountColumns<Row>(amount: (row: Row) => Amount, dataUnit: (row: Row) => string) {
  return {
    id: "amount",
    label: "report.common.amount",
    unit: "figure" as const,
    unitOf: (row: Row) => amountUnit(dataUnit(row)),
    figureUnit: dataUnit,
    value: (row: Row) => amount(row).value,
    range: (row: Row) => rangeOf(amount(row)),
  };
}

export const FIGURES_TABLE = table<DealTimelineReport, DealFigure>({
  id: "figures",
  title: "report.sheet.deal.figures",
  rows: (r) => r.figures,
  columns: [
    { id: "flow", label: "report.sheet.deal.flow", unit: "message", value: flowCell },
    {
      id: "layer",
      label: "report.sheet.deal.layer",
      unit: "message",
      value: (f) => `report.common.${f.layer}`,
    },
    amountColumns<DealFigure>(
      (f) => f.amount,
      (f) => f.unit,
    ),
    { id: "notes", label: "report.sheet.company.notes", unit: "message", value: figureFlags, optional: true },
    {
      id: "condition",
      label: "report.sheet.deal.condition",
      unit: "text",
      value: (f) => f.condition,
      optional: true,
    },
    {
      id: "as-of",
      label: "report.sheet.company.capacityDate",
      unit: "date",
      value: (f) => f.asOf,
      optional: true,
    },
    { id: "quote", label: "report.sheet.deal.quote", unit: "text", value: (f) => f.quote, optional: true },
    {
      id: "sources",
      label: "report.sheet.company.refs",
      unit: "source",
      value: (f) => sourcesCell(f.sources),
    },
  ],
});

type AlternativeFigure = FigureValue & { figure: DealFigure };

/** Other sources' figures for the same flow and basis, kept apart, never summed. */
export const FIGURE_ALTERNATIVES_TABLE = table<DealTimelineReport, AlternativeFigure>({
  id: "figure-alternatives",
  title: "report.sheet.deal.alternatives",
  rows: (r) => r.figures.flatMap((figure) => figure.alternatives.map((a) => ({ ...a, figure }))),
  columns: [
    { id: "flow", label: "report.sheet.deal.flow", unit: "message", value: (a) => flowCell(a.figure) },
    {
      id: "layer",
      label: "report.sheet.deal.layer",
      unit: "message",
      value: (a) => `report.common.${a.figure.layer}`,
    },
    amountColumns<AlternativeFigure>(
      (a) => a.amount,
      (a) => a.figure.unit,
    ),
    { id: "notes", label: "report.sheet.company.notes", unit: "message", value: figureFlags, optional: true },
    {
      id: "as-of",
      label: "report.sheet.company.capacityDate",
      unit: "date",
      value: (a) => a.asOf,
      optional: true,
    },
    {
      id: "sources",
      label: "report.sheet.company.refs",
      unit: "source",
      value: (a) => sourcesCell(a.sources),
    },
  ],
});

function linkCell(link: TimelineLink): MessageCell {
  // A deal that funds this one but was replaced: the financing as announced is no longer in force.
  if (link.direction === "in" && link.type === "funds" && link.replacedBy)
    return {
      key: "report.sheet.deal.link.in-funds-replaced",
      values: {
        deal: { value: link.deal, unit: "deal" },
        by: { value: link.replacedBy.by, unit: "deal" },
        date: { value: link.replacedBy.from, unit: "date" },
      },
    };
  return {
    key: `report.sheet.deal.link.${link.direction}-${link.type}`,
    values: {
      deal: { value: link.deal, unit: "deal" },
      ...(link.date ? { date: { value: link.date, unit: "date" as const } } : {}),
    },
  };
}

export const LINKS_TABLE = table<DealTimelineReport, TimelineLink>({
  id: "links",
  title: "report.sheet.deal.links",
  empty: "report.sheet.deal.noLinks",
  rows: (r) => r.links,
  columns: [
    { id: "link", label: "report.sheet.deal.link.title", unit: "message", value: linkCell },
    { id: "note", label: "report.sheet.company.notes", unit: "text", value: (l) => l.note, optional: true },
  ],
});

/** One line of what counts: a flow's counted amount, an amount left out and why, or why nothing counts. */
export type CountLine = {
  basis: Basis;
  flow: FlowCount;
  amount: Amount | null;
  years: readonly number[];
  /** A term contract with no known years: the year it is paid from (deal-timeline.ts). */
  undatedFrom?: number | null;
  why: MessageCell | string | null;
};

export function countLines(r: DealTimelineReport): CountLine[] {
  return r.counts.flatMap(({ basis, flows }) =>
    flows.flatMap((flow) => [
      ...(flow.counted
        ? [
            {
              basis,
              flow,
              amount: flow.counted,
              years: flow.years.map((y) => y.year),
              undatedFrom: flow.undatedFrom,
              why: null,
            },
          ]
        : []),
      ...flow.excluded.map((e) => ({ basis, flow, amount: e.amount, years: [], why: exclusionCell(e) })),
      ...(flow.why
        ? [{ basis, flow, amount: null, years: [], why: `report.sheet.deal.why.${flow.why}` }]
        : []),
    ]),
  );
}

function yearsCell(years: readonly number[], undatedFrom?: number | null): MessageCell | null {
  if (undatedFrom !== undefined && undatedFrom !== null)
    return { key: "report.sheet.deal.yearsUnknown", values: { first: { value: undatedFrom, unit: "year" } } };
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return {
    key: "report.sheet.deal.years",
    values: {
      first: { value: first, unit: "year" },
      ...(last !== first ? { last: { value: last, unit: "year" as const } } : {}),
    },
  };
}

export const COUNTS_TABLE = table<DealTimelineReport, CountLine>({
  id: "counts",
  title: "report.sheet.deal.counts",
  rows: countLines,
  columns: [
    {
      id: "basis",
      label: "report.sheet.deal.layer",
      unit: "message",
      value: (c) => `report.common.${c.basis}`,
    },
    { id: "flow", label: "report.sheet.deal.flow", unit: "message", value: (c) => flowCell(c.flow) },
    {
      id: "counted",
      label: "report.sheet.deal.counted",
      unit: "figure",
      unitOf: (c) => amountUnit(c.flow.unit),
      figureUnit: (c) => c.flow.unit,
      value: (c) => (c.why === null ? (c.amount?.value ?? null) : null),
      range: (c) => (c.why === null ? rangeOf(c.amount) : undefined),
    },
    {
      id: "years",
      label: "report.sheet.deal.yearsTitle",
      unit: "message",
      value: (c) => yearsCell(c.years, c.undatedFrom),
      optional: true,
    },
    {
      id: "left-out",
      label: "report.sheet.company.leftOutAmount",
      unit: "figure",
      unitOf: (c) => amountUnit(c.flow.unit),
      figureUnit: (c) => c.flow.unit,
      value: (c) => (c.why !== null ? (c.amount?.value ?? null) : null),
      range: (c) => (c.why !== null ? rangeOf(c.amount) : undefined),
    },
    { id: "why", label: "report.sheet.company.why", unit: "message", value: (c) => c.why },
  ],
});

export const DEAL_SOURCES_TABLE = citedSourcesTable<DealTimelineReport>("sources");

/** Each basis's total: "committed: $10B counted" or "nothing counted". */
export function dealCountHeadlines(r: DealTimelineReport): Headline[] {
  return r.counts.map((c): Headline => {
    const basis = { value: `report.common.${c.basis}`, unit: "message" as const };
    return c.counted.value > 0
      ? {
          key: "report.sheet.deal.countedLine",
          values: { basis, amount: { value: c.counted.value, unit: "usd" } },
        }
      : { key: "report.sheet.deal.nothingLine", values: { basis } };
  });
}

export const DEAL_LAYOUT: ReportLayout<DealTimelineReport> = {
  id: "deal",
  title: "report.sheet.deal.sheetTitle",
  headlines: dealCountHeadlines,
  tables: [
    PARTIES_TABLE,
    EVENTS_TABLE,
    FIGURES_TABLE,
    FIGURE_ALTERNATIVES_TABLE,
    LINKS_TABLE,
    COUNTS_TABLE,
    DEAL_SOURCES_TABLE,
  ] as readonly TableLayout<DealTimelineReport, unknown>[],
};
