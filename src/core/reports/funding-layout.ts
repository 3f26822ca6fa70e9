/**
 * How the funding report (funding-report.ts) reads, without words: its headline and every table the
 * terminal (`halqa funding ID`) and the Funding page show — the years, the financing by source, the
 * summary, the assumptions, the reported figures, the model's burn against them and the contracts
 * against the sellers' backlogs. Sentences are message cells whose values keep their units, so each
 * face formats the numbers in its language; lists ("2025: …; 2026: …") are nested message cells.
 * The narrow terminal wraps the long text cells and drops the `optional` columns; `--wide` keeps all.
 */
import type { BacklogShare } from "../funding/backlog-share.ts";
import type { BurnReconciliation } from "../funding/burn-reconciliation.ts";
import type { FundingYear } from "../funding/funding-gap.ts";
import type { FundingReport, ReportedFigure } from "./funding-report.ts";
import { runwayMonth } from "./funding-report.ts";
import { type Cell, type Headline, type MessageCell, type ReportLayout, table, type Unit } from "./layout.ts";

/** A deal type that brings financing in some year. */
export type FinancingType = keyof FundingYear["financingByType"];

/** A row of the summary or the assumptions: a label, a value in its unit, and where it comes from. */
export type FundingFactRow = {
  item: Cell;
  value: Cell;
  unit: Unit;
  /** How the value is counted (summary), or the parameter or period it is read from (assumptions). */
  note: Cell;
  noteUnit?: Unit;
  estimate?: boolean;
  sources?: string;
};

/** The line above the tables: the company, the value basis, the window and the date. */
export function fundingHeadline(r: FundingReport): Headline {
  return {
    key: `cli.funding.headline`,
    values: {
      entity: { value: r.entity, unit: "entity" },
      basis: { value: `report.common.${r.basis}`, unit: "message" },
      from: { value: r.fromYear, unit: "year" },
      to: { value: r.toYear, unit: "year" },
      asOf: { value: r.asOf, unit: "date" },
    },
  };
}

/** The financing deal types that bring money in some year of the report, in a fixed order. */
export function financingTypes(years: readonly FundingYear[]): FinancingType[] {
  const seen = new Set<FinancingType>();
  for (const y of years)
    for (const [type, value] of Object.entries(y.financingByType)) if (value) seen.add(type as FinancingType);
  return [...seen].sort();
}

/** The layout for one report: the cash column's heading and the financing columns follow its data. */
export function fundingLayoutOf(r: FundingReport): ReportLayout<FundingReport> {
  return fundingLayout(r.startingCashKnown, financingTypes(r.years));
}

/**
 * The tables, given whether the starting cash is known (the heading of the cash column says whether it
 * counts from a reported figure or from $0) and the financing types that occur (one column each).
 */
export function fundingLayout(
  startingCashKnown: boolean,
  types: readonly FinancingType[] = [],
): ReportLayout<FundingReport> {
  const known = (y: FundingYear, value: number) => (y.missing ? null : value);
  return {
    id: "funding",
    title: `cli.funding.title`,
    headlines: (r) => [fundingHeadline(r)],
    tables: [
      table<FundingReport, FundingYear>({
        id: "funding-years",
        title: `cli.funding.years`,
        rows: (r) => r.years,
        columns: [
          { id: "year", label: `cli.funding.year`, unit: "year", value: (y) => y.year },
          {
            id: "revenue",
            label: `cli.funding.revenue`,
            unit: "usd",
            value: (y) => known(y, y.revenue),
            missing: `cli.funding.missingYear`,
            // Kept longest of the optional columns: the narrow Arabic table has room for five.
            optional: true,
          },
          {
            id: "revenueFrom",
            label: `cli.funding.revenueFrom`,
            unit: "message",
            value: (y) => (y.missing || !y.revenueSource ? null : `cli.funding.sources.${y.revenueSource}`),
            optional: true,
          },
          { id: "commitmentsDue", label: `cli.funding.due`, unit: "usd", value: (y) => y.commitmentsDue },
          {
            id: "otherCosts",
            label: `cli.funding.other`,
            unit: "usd",
            value: (y) => known(y, y.otherCosts),
            optional: true,
          },
          {
            id: "costRule",
            label: `cli.funding.rule`,
            unit: "message",
            value: (y) => (y.missing || !y.costRule ? null : `cli.funding.rules.${y.costRule}`),
            optional: true,
          },
          {
            id: "operatingCashFlow",
            label: `cli.funding.ocf`,
            unit: "usd",
            value: (y) => known(y, y.operatingCashFlow),
            optional: true,
          },
          { id: "financing", label: `cli.funding.financing`, unit: "usd", value: (y) => y.financing },
          { id: "gap", label: `cli.funding.gap`, unit: "usd", value: (y) => known(y, y.gap) },
          {
            id: "cumulativeBurn",
            label: `cli.funding.burn`,
            unit: "usd",
            value: (y) => known(y, y.cumulativeBurn),
            optional: true,
          },
          {
            id: "cash",
            label: startingCashKnown ? `cli.funding.cash` : `cli.funding.cashFromZero`,
            unit: "usd",
            value: (y) => known(y, y.cash),
          },
        ],
      }),
      table<FundingReport, FundingYear>({
        id: "financing",
        title: `cli.funding.financingTable`,
        empty: `cli.funding.noFinancing`,
        rows: (r) => r.years.filter((y) => y.financing > 0),
        columns: [
          { id: "year", label: `cli.funding.year`, unit: "year", value: (y) => y.year },
          ...types.map((type) => ({
            id: type,
            label: `enum.dealType.${type}`,
            unit: "usd" as const,
            value: (y: FundingYear) => y.financingByType[type] ?? 0,
          })),
          { id: "total", label: `cli.funding.total`, unit: "usd", value: (y) => y.financing },
        ],
      }),
      table<FundingReport, FundingFactRow>({
        id: "summary",
        title: `cli.funding.summary`,
        rows: summaryRows,
        columns: [
          { id: "item", label: `cli.funding.item`, unit: "message", value: (f) => f.item },
          {
            id: "value",
            label: `cli.funding.value`,
            unit: "usd",
            unitOf: (f) => f.unit,
            value: (f) => f.value,
          },
          { id: "note", label: `cli.funding.note`, unit: "message", value: (f) => f.note },
        ],
      }),
      table<FundingReport, FundingFactRow>({
        id: "assumptions",
        title: `cli.funding.assumptions`,
        rows: assumptionRows,
        columns: [
          { id: "item", label: `cli.funding.item`, unit: "message", value: (f) => f.item },
          {
            id: "value",
            label: `cli.funding.value`,
            unit: "number",
            unitOf: (f) => f.unit,
            value: (f) => f.value,
            digits: 2,
            mark: (f) => (f.estimate ? "*" : undefined),
          },
          {
            id: "from",
            label: `cli.funding.from`,
            unit: "text",
            unitOf: (f) => f.noteUnit ?? "text",
            value: (f) => f.note,
          },
          {
            id: "sources",
            label: `cli.funding.sourcesCol`,
            unit: "source",
            value: (f) => f.sources,
            optional: true,
          },
        ],
      }),
      table<FundingReport, ReportedFigure>({
        id: "reported",
        title: `cli.funding.reported`,
        empty: `cli.funding.noReported`,
        rows: (r) => r.reported,
        columns: [
          { id: "metric", label: `cli.funding.metric`, unit: "message", value: (f) => metricKey(f.metric) },
          { id: "period", label: `cli.funding.period`, unit: "text", value: (f) => f.period },
          { id: "value", label: `cli.funding.value`, unit: "usd", value: (f) => f.value },
          { id: "flags", label: `cli.funding.flags`, unit: "message", value: (f) => flagKey(f) },
          {
            id: "sources",
            label: `cli.funding.sourcesCol`,
            unit: "source",
            value: (f) => f.sources.join(" "),
            optional: true,
          },
        ],
      }),
      table<FundingReport, BurnReconciliation>({
        id: "reconciliation",
        title: `cli.funding.reconciliation`,
        empty: `cli.funding.noReconciliation`,
        rows: (r) => r.reconciliation,
        columns: [
          { id: "metric", label: `cli.funding.metric`, unit: "message", value: (c) => metricKey(c.metric) },
          { id: "period", label: `cli.funding.period`, unit: "text", value: (c) => c.period },
          { id: "reported", label: `cli.funding.reportedCol`, unit: "usd", value: (c) => c.reported },
          { id: "model", label: `cli.funding.model`, unit: "usd", value: (c) => c.model },
          {
            id: "difference",
            label: `cli.funding.difference`,
            unit: "usd",
            value: (c) => c.difference,
            // Model less reported, read from the two before it: the narrow Arabic table drops it last.
            optional: true,
          },
          { id: "why", label: `cli.funding.why`, unit: "message", value: (c) => whyCell(c.years) },
          {
            id: "flags",
            label: `cli.funding.flags`,
            unit: "message",
            value: (c) => flagKey(c),
            optional: true,
          },
          {
            id: "sources",
            label: `cli.funding.sourcesCol`,
            unit: "source",
            value: (c) => c.sources.join(" "),
            optional: true,
          },
        ],
      }),
      table<FundingReport, BacklogShare>({
        id: "backlog",
        title: `cli.funding.backlog`,
        empty: `cli.funding.noBacklog`,
        rows: placedContracts,
        columns: [
          { id: "deal", label: `cli.funding.contract`, unit: "deal", value: (c) => c.deal },
          { id: "contract", label: `cli.funding.amount`, unit: "usd", value: (c) => c.contract },
          { id: "seller", label: `cli.funding.seller`, unit: "entity", value: (c) => c.seller },
          { id: "start", label: `cli.funding.starts`, unit: "text", value: (c) => c.start, optional: true },
          { id: "binding", label: `cli.funding.binding`, unit: "message", value: bindingCell },
          {
            id: "share",
            label: `cli.funding.share`,
            unit: "message",
            value: backlogShareCell,
            optional: true,
          },
          { id: "jump", label: `cli.funding.jump`, unit: "message", value: jumpCell },
        ],
      }),
    ],
  };
}

/** The totals, the funding still needed with its formula, the runway and the growth that closes the gap. */
export function summaryRows(r: FundingReport): FundingFactRow[] {
  const usd = (item: string, value: number, note: Cell = null): FundingFactRow => ({
    item,
    value,
    unit: "usd",
    note,
  });
  const parts = r.shortfallParts;
  const g = r.growthToClose;
  const share = (value: number) => ({ value, unit: "share" as const });
  const closes: Pick<FundingFactRow, "value" | "unit"> =
    g.status === "solved"
      ? { value: g.growth, unit: "share" }
      : g.status === "unreachable"
        ? { value: { key: `cli.funding.unreachable`, values: { high: share(g.high) } }, unit: "message" }
        : {
            value: g.status === "closed" ? "cli.funding.closed" : "cli.funding.noProjection",
            unit: "message",
          };
  return [
    usd("cli.funding.due", r.totals.commitmentsDue),
    usd("cli.funding.financing", r.totals.financing),
    usd("cli.funding.burn", r.totals.cumulativeBurn),
    usd("cli.funding.netBurn", r.totals.netBurn),
    usd(
      "cli.funding.shortfall",
      r.shortfall,
      parts
        ? {
            key: `cli.funding.shortfallFormula`,
            values: {
              year: { value: parts.year, unit: "year" },
              burn: { value: parts.netBurn, unit: "usd" },
              financing: { value: parts.financing, unit: "usd" },
              cash: { value: parts.startingCash, unit: "usd" },
              fromZero: { value: r.startingCashKnown ? "no" : "yes", unit: "text" },
            },
          }
        : `cli.funding.shortfallNone`,
    ),
    r.runway === "runs-out" && r.runsOut !== null
      ? { item: `cli.funding.runway`, value: runwayMonth(r.runsOut), unit: "text", note: null }
      : {
          item: `cli.funding.runway`,
          value: r.runway === "unknown" ? `cli.funding.unknown` : `cli.funding.lasts`,
          unit: "message",
          note: r.runway === "unknown" ? `cli.funding.runwayUnknown` : null,
        },
    ...(r.runway === "unknown" ? laterCash(r) : []),
    { item: `cli.funding.growthToClose`, ...closes, note: null },
  ];
}

/** Reported cash figures inside the window: a later `--from` can start from one. */
function laterCash(r: FundingReport): FundingFactRow[] {
  return r.reported
    .filter((f) => f.metric === "cash" && !f.forecast)
    .map((f) => ({ f, from: Number(f.period.replace(/^FY/, "").slice(0, 4)) + 1 }))
    .filter(({ from }) => from <= r.toYear)
    .map(({ f, from }) => ({
      item: { key: `cli.funding.cashLaterItem`, values: { period: { value: f.period, unit: "text" } } },
      value: f.value,
      unit: "usd",
      note: { key: `cli.funding.cashLater`, values: { from: { value: from, unit: "year" } } },
    }));
}

/** The growth, the cost ratio, the commitment years and the starting cash, each with its parameter and sources. */
export function assumptionRows(r: FundingReport): FundingFactRow[] {
  const cited = (item: string, p: FundingReport["costRatio"], unit: Unit, none: Cell): FundingFactRow =>
    p
      ? {
          item,
          value: p.value,
          unit,
          estimate: p.estimate,
          note: p.overridden ? "cli.funding.overridden" : `parameters:${p.id}`,
          noteUnit: p.overridden ? "message" : "record",
          sources: p.sources.join(" "),
        }
      : { item, value: none, unit: "message", note: null };
  const cash = r.startingCashSource;
  return [
    cited("cli.funding.growth", r.growth, "share", `cli.funding.flat`),
    cited("cli.funding.costRatio", r.costRatio, "number", null),
    cited("cli.funding.horizon", r.commitmentYears, "number", null),
    cash
      ? {
          item: `cli.funding.startingCash`,
          value: r.startingCash,
          unit: "usd",
          note: { key: `cli.funding.cashFrom`, values: { period: { value: cash.period, unit: "text" } } },
          noteUnit: "message",
          sources: cash.sources.join(" "),
        }
      : { item: `cli.funding.startingCash`, value: `cli.funding.cashUnknown`, unit: "message", note: null },
  ];
}

/** The contracts whose seller reports a backlog rise to place them in. */
export function placedContracts(r: FundingReport): BacklogShare[] {
  return r.backlog.filter((c) => c.jump !== null);
}

/**
 * The sentences under the backlog table: a contract that can explain a seller's backlog rise but that
 * halqa does not count as binding (so it is not among the commitments due on the committed basis).
 */
export function backlogFlags(r: FundingReport): MessageCell[] {
  return placedContracts(r)
    .filter((c) => c.inBacklog === true && !c.binding && c.jump)
    .map((c) => ({
      key: `cli.funding.backlogFlag`,
      values: {
        seller: { value: c.seller, unit: "entity" },
        rise: { value: c.jump?.rise ?? 0, unit: "usd" },
        from: { value: c.jump?.from ?? "", unit: "text" },
        to: { value: c.jump?.to ?? "", unit: "text" },
        contract: { value: c.contract, unit: "usd" },
        share: { value: c.jump?.contractShareOfRise ?? 0, unit: "share" },
      },
    }));
}

function bindingCell(c: BacklogShare): Cell {
  if (c.binding) return "report.common.yes";
  return {
    key: `cli.funding.bindingNo`,
    values: {
      status: { value: `enum.status.${c.status ?? "unreported"}`, unit: "message" },
      layer: { value: `report.common.${c.contractLayer}`, unit: "message" },
    },
  };
}

function backlogShareCell(c: BacklogShare): Cell {
  return listCell(
    c.backlog.flatMap((b) =>
      b.share === null
        ? []
        : [
            {
              key: `cli.funding.shareItem`,
              values: {
                period: { value: b.period, unit: "text" },
                value: { value: b.value, unit: "usd" },
                share: { value: b.share, unit: "share" },
              },
            },
          ],
    ),
  );
}

function jumpCell(c: BacklogShare): Cell {
  if (!c.jump) return null;
  return {
    key: `cli.funding.jumpItem`,
    values: {
      from: { value: c.jump.from, unit: "text" },
      to: { value: c.jump.to, unit: "text" },
      rise: { value: c.jump.rise, unit: "usd" },
      share: { value: c.jump.contractShareOfRise, unit: "share" },
    },
  };
}

/** Why the model differs from a reported result, per year; runs of years with one reason read as a span. */
export function whyCell(years: BurnReconciliation["years"]): Cell {
  const spans: { from: number; to: number; reason: string }[] = [];
  for (const y of years) {
    const last = spans[spans.length - 1];
    if (last && last.reason === y.reason && last.to === y.year - 1) last.to = y.year;
    else spans.push({ from: y.year, to: y.year, reason: y.reason });
  }
  return listCell(
    spans.map((s) => ({
      key: s.from === s.to ? `cli.funding.whyYear` : `cli.funding.whyYears`,
      values: {
        from: { value: s.from, unit: "year" },
        to: { value: s.to, unit: "year" },
        reason: { value: `cli.funding.reasons.${s.reason}`, unit: "message" },
      },
    })),
  );
}

/** Items joined as one cell, "a; b; c" in the language's list punctuation; null when there are none. */
export function listCell(items: readonly MessageCell[]): Cell {
  let cell: MessageCell | null = null;
  for (const item of [...items].reverse())
    cell = cell
      ? {
          key: `cli.funding.list`,
          values: { first: { value: item, unit: "message" }, rest: { value: cell, unit: "message" } },
        }
      : item;
  return cell;
}

function metricKey(metric: string): string {
  return `report.sheet.company.metrics.${metric}`;
}

/** The flags of a reported figure as one message key: forecast, estimate, both or neither. */
function flagKey(f: { forecast: boolean; estimate: boolean }): string | null {
  if (f.forecast && f.estimate) return `cli.funding.forecastEstimate`;
  if (f.forecast) return `cli.funding.forecast`;
  if (f.estimate) return `cli.funding.estimate`;
  return null;
}
