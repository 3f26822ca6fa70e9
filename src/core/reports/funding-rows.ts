/**
 * The rows and sentence cells of the funding layout (funding-layout.ts), built from the report without
 * words: the summary and assumption rows, the contracts placed in a seller's backlog, the notes under
 * them, and lists ("2025: …; 2026: …") as nested message cells whose values keep their units.
 */
import type { BacklogShare } from "../funding/backlog-share.ts";
import type { BurnReconciliation } from "../funding/burn-reconciliation.ts";
import type { FundingYear } from "../funding/funding-gap.ts";
import { type FundingReport, runwayMonth } from "./funding-report.ts";
import type { Cell, Headline, MessageCell, Unit } from "./layout.ts";

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

/** The totals, the funding still needed with its formula, the runway and the growth that closes the gap. */
export function summaryRows(r: FundingReport): FundingFactRow[] {
  // A total with no year of financials behind it, or with a year whose costs cannot be counted, reads
  // "unknown", never $0 (fundingReport gives null); the note says which.
  const why: Cell =
    r.costsUnknownFrom === null
      ? "cli.funding.noFinancialsAtAll"
      : { key: "cli.funding.costsUnknown", values: { year: { value: r.costsUnknownFrom, unit: "year" } } };
  const usd = (item: string, value: number | null, note: Cell = null): FundingFactRow =>
    value === null
      ? { item, value: "cli.funding.unknown", unit: "message", note: why }
      : { item, value, unit: "usd", note };
  const parts = r.shortfallParts;
  const g = r.growthToClose;
  const share = (value: number) => ({ value, unit: "share" as const });
  const closes: Pick<FundingFactRow, "value" | "unit"> =
    g.status === "solved"
      ? { value: g.growth, unit: "share" }
      : g.status === "unreachable"
        ? { value: { key: `cli.funding.unreachable`, values: { high: share(g.high) } }, unit: "message" }
        : {
            value:
              g.status === "closed"
                ? "cli.funding.closed"
                : g.status === "unknown-costs"
                  ? "cli.funding.unknown"
                  : "cli.funding.noProjection",
            unit: "message",
          };
  return [
    dueRow(r),
    // None recorded is not $0 raised: a round the data does not hold is not in it.
    r.totals.financing === 0
      ? {
          item: "cli.funding.financing",
          value: "cli.funding.noFinancingRecorded",
          unit: "message",
          note: null,
        }
      : usd("cli.funding.financing", r.totals.financing),
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
          note:
            r.costsUnknownFrom !== null ? why : r.runway === "unknown" ? `cli.funding.runwayUnknown` : null,
        },
    ...(r.runway === "unknown" ? laterCash(r) : []),
    { item: `cli.funding.growthToClose`, ...closes, note: g.status === "unknown-costs" ? why : null },
  ];
}

/**
 * The commitments due: the priced total, "unknown" when only unpriced commitments fall due, or "none
 * recorded" when the deals hold none for the window (not $0: commitments outside the deals are unknown); the note
 * names the leases and purchases with no price in the data, which no sum includes.
 */
function dueRow(r: FundingReport): FundingFactRow {
  const { commitmentsDue, dueUnknown } = r.totals;
  const note = unpricedNote(r);
  if (commitmentsDue !== null) return { item: "cli.funding.due", value: commitmentsDue, unit: "usd", note };
  const value = dueUnknown === "none-recorded" ? "cli.funding.noneRecorded" : "cli.funding.unknown";
  return { item: "cli.funding.due", value, unit: "message", note };
}

/** The leases and purchases with no price in the data, named by their titles; null when there are none. */
export function unpricedNote(r: FundingReport): MessageCell | null {
  const ids = r.totals.unpricedCommitments;
  if (ids.length === 0) return null;
  const items = ids.map((id) => ({
    key: `cli.funding.dealItem`,
    values: { deal: { value: id, unit: "deal" as const } },
  }));
  return { key: `cli.funding.dueUnpriced`, values: { deals: { value: listCell(items), unit: "message" } } };
}

/** Reported cash figures inside the window: a later `--from` can start from one. */
function laterCash(r: FundingReport): FundingFactRow[] {
  return r.reported
    .filter((f) => f.metric === "cash" && !f.forecast)
    .map((f) => ({ f, from: Number(f.period.replace(/^FY/, "").slice(0, 4)) + 1 }))
    .filter(({ from }) => from <= r.toYear)
    .map(({ f, from }) => ({
      item: { key: `cli.funding.cashLaterItem`, values: { period: { value: f.period, unit: "period" } } },
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
    ...(r.ownCostRatio
      ? [
          {
            item: `cli.funding.costRatioProjected`,
            value: r.ownCostRatio.value,
            unit: "number" as const,
            note: {
              key: `cli.funding.costRatioOwn`,
              values: { year: { value: r.ownCostRatio.year, unit: "year" as const } },
            },
            noteUnit: "message" as const,
            sources: r.ownCostRatio.sources.join(" "),
          },
        ]
      : []),
    cited("cli.funding.horizon", r.commitmentYears, "number", null),
    cash
      ? {
          item: `cli.funding.startingCash`,
          value: r.startingCash,
          unit: "usd",
          note: { key: `cli.funding.cashFrom`, values: { period: { value: cash.period, unit: "period" } } },
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
        from: { value: c.jump?.from ?? "", unit: "period" },
        to: { value: c.jump?.to ?? "", unit: "period" },
        contract: { value: c.contract, unit: "usd" },
        share: { value: c.jump?.contractShareOfRise ?? 0, unit: "share" },
      },
    }));
}

/**
 * The note under the years: which calendar years are built from fiscal years and how (calendarise.ts),
 * with the assumption that a fiscal year's figure accrues evenly over its months; null when none is.
 */
export function fiscalNote(r: FundingReport): MessageCell | null {
  const items: MessageCell[] = [];
  for (const [metric, byYear] of [
    ["revenue", r.fiscal.revenue],
    ["result", r.fiscal.result],
  ] as const)
    for (const { year, parts } of byYear)
      items.push({
        key: `cli.funding.fiscalItem`,
        values: {
          year: { value: year, unit: "year" },
          metric: { value: metric, unit: "text" },
          parts: {
            value: joinedCell(
              parts.map((p) => ({
                key: `cli.funding.fiscalPart`,
                values: {
                  months: { value: p.months, unit: "count" },
                  period: { value: p.period, unit: "period" },
                },
              })),
              `cli.funding.plus`,
            ),
            unit: "message",
          },
        },
      });
  return items.length
    ? { key: `cli.funding.fiscalNote`, values: { items: { value: listCell(items), unit: "message" } } }
    : null;
}

export function bindingCell(c: BacklogShare): Cell {
  if (c.binding) return "report.common.yes";
  return {
    key: `cli.funding.bindingNo`,
    values: {
      status: { value: `enum.status.${c.status ?? "unreported"}`, unit: "message" },
      layer: { value: `report.common.${c.contractLayer}`, unit: "message" },
    },
  };
}

export function backlogShareCell(c: BacklogShare): Cell {
  return listCell(
    c.backlog.flatMap((b) =>
      b.share === null
        ? []
        : [
            {
              key: `cli.funding.shareItem`,
              values: {
                period: { value: b.period, unit: "period" },
                value: { value: b.value, unit: "usd" },
                share: { value: b.share, unit: "share" },
              },
            },
          ],
    ),
  );
}

export function jumpCell(c: BacklogShare): Cell {
  if (!c.jump) return null;
  return {
    key: `cli.funding.jumpItem`,
    values: {
      from: { value: c.jump.from, unit: "period" },
      to: { value: c.jump.to, unit: "period" },
      rise: { value: c.jump.rise, unit: "usd" },
      share: { value: c.jump.contractShareOfRise, unit: "share" },
    },
  };
}

/** Why the model differs from a reported result, per year; runs of years with one reason read as a span. */
export function whyCell(years: BurnReconciliation["years"]): Cell {
  // A fiscal year's part of a calendar year is named with its months ("2024 (7 months)"), never merged.
  const spans: { from: number; to: number; reason: string; months?: number }[] = [];
  for (const y of years) {
    const last = spans[spans.length - 1];
    const part = y.months !== undefined && y.months < 12;
    if (!part && last && last.months === undefined && last.reason === y.reason && last.to === y.year - 1)
      last.to = y.year;
    else spans.push({ from: y.year, to: y.year, reason: y.reason, ...(part ? { months: y.months } : {}) });
  }
  return listCell(
    spans.map((s) => ({
      key:
        s.months !== undefined
          ? `cli.funding.whyYearMonths`
          : s.from === s.to
            ? `cli.funding.whyYear`
            : `cli.funding.whyYears`,
      values: {
        from: { value: s.from, unit: "year" },
        to: { value: s.to, unit: "year" },
        ...(s.months !== undefined ? { months: { value: s.months, unit: "count" as const } } : {}),
        reason: { value: `cli.funding.reasons.${s.reason}`, unit: "message" },
      },
    })),
  );
}

/** Items joined as one cell, "a; b; c" in the language's list punctuation; null when there are none. */
export function listCell(items: readonly MessageCell[]): Cell {
  return joinedCell(items, `cli.funding.list`);
}

/** Items joined by a message of two values, {first} and {rest}; null when there are none. */
function joinedCell(items: readonly MessageCell[], key: string): Cell {
  let cell: MessageCell | null = null;
  for (const item of [...items].reverse())
    cell = cell
      ? { key, values: { first: { value: item, unit: "message" }, rest: { value: cell, unit: "message" } } }
      : item;
  return cell;
}

export function metricKey(metric: string): string {
  return `report.sheet.company.metrics.${metric}`;
}

/** The flags of a reported figure as one message key: forecast, estimate, both or neither. */
export function flagKey(f: { forecast: boolean; estimate: boolean }): string | null {
  if (f.forecast && f.estimate) return `cli.funding.forecastEstimate`;
  if (f.forecast) return `cli.funding.forecast`;
  if (f.estimate) return `cli.funding.estimate`;
  return null;
}
