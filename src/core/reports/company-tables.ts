/**
 * The company sheet's tables of money and records (company-layout.ts assembles the sheet): its
 * financials and other sources' figures for them, its deals in and out, what the totals leave out and
 * why, and the other deals it is party to.
 */
import type { FinancialLine } from "./company-financials.ts";
import type { CompanyDeal, CompanyReport } from "./company-report.ts";
import type { MessageCell } from "./layout.ts";
import { table } from "./layout.ts";
import { amountUnit, type Exclusion, exclusionCell, rangeOf, sourcesCell } from "./sheet-cells.ts";

/** "segment revenue · OCI · Nvidia": the metric, the record's own label and its counterparty. */
function metricCell(f: FinancialLine): MessageCell {
  return {
    key: "report.sheet.company.metricLine",
    values: {
      metric: { value: `report.sheet.company.metrics.${f.metric}`, unit: "message" },
      ...(f.label ? { label: { value: f.label, unit: "text" as const } } : {}),
      ...(f.counterparty ? { counterparty: { value: f.counterparty, unit: "entity" as const } } : {}),
    },
  };
}

function flagsCell(f: { forecast: boolean; estimate: boolean }): MessageCell | null {
  if (!f.forecast && !f.estimate) return null;
  const kind = f.forecast && f.estimate ? "both" : f.forecast ? "forecast" : "estimate";
  return { key: "report.sheet.company.flags", values: { kind: { value: kind, unit: "text" } } };
}

export const FINANCIALS_TABLE = table<CompanyReport, FinancialLine>({
  id: "financials",
  title: "report.sheet.company.financials",
  empty: "report.sheet.company.noFinancials",
  rows: (r) => r.financials,
  columns: [
    { id: "metric", label: "report.sheet.company.metric", unit: "message", value: metricCell },
    { id: "period", label: "report.sheet.company.period", unit: "period", value: (f) => f.period },
    {
      id: "value",
      label: "report.sheet.company.value",
      unit: "figure",
      unitOf: (f) => amountUnit(f.unit),
      figureUnit: (f) => f.unit,
      value: (f) => f.amount.value,
      range: (f) => rangeOf(f.amount),
    },
    { id: "notes", label: "report.sheet.company.notes", unit: "message", value: flagsCell, optional: true },
    {
      id: "sources",
      label: "report.sheet.company.refs",
      unit: "source",
      value: (f) => sourcesCell(f.sources),
    },
  ],
});

type Alternative = { line: FinancialLine; amount: FinancialLine["amount"]; sources: string[] };

/** Other sources' figures for a financial record, kept beside the preferred one, never summed. */
export const ALTERNATIVES_TABLE = table<CompanyReport, Alternative>({
  id: "financial-alternatives",
  title: "report.sheet.company.alternativesTitle",
  rows: (r) => r.financials.flatMap((line) => line.alternatives.map((a) => ({ line, ...a }))),
  columns: [
    { id: "metric", label: "report.sheet.company.metric", unit: "message", value: (a) => metricCell(a.line) },
    { id: "period", label: "report.sheet.company.period", unit: "period", value: (a) => a.line.period },
    {
      id: "value",
      label: "report.sheet.company.value",
      unit: "figure",
      unitOf: (a) => amountUnit(a.line.unit),
      figureUnit: (a) => a.line.unit,
      value: (a) => a.amount.value,
      range: (a) => rangeOf(a.amount),
    },
    {
      id: "sources",
      label: "report.sheet.company.refs",
      unit: "source",
      value: (a) => sourcesCell(a.sources),
    },
  ],
});

const leftOut = (d: CompanyDeal) => d.excluded.reduce((sum, e) => sum + e.amount.value, 0);

function dealsTable(id: "deals-in" | "deals-out", title: string, side: "in" | "out") {
  return table<CompanyReport, CompanyDeal>({
    id,
    title,
    empty: "report.sheet.company.noDeals",
    rows: (r) => r.deals[side],
    columns: [
      { id: "deal", label: "report.common.deal", unit: "deal", value: (d) => d.deal },
      {
        id: "counterparty",
        label: "report.sheet.company.counterparty",
        unit: "entity",
        value: (d) => d.counterparties.join(" "),
      },
      {
        id: "status",
        label: "report.common.status",
        unit: "enum",
        enumGroup: "status",
        value: (d) => d.status ?? "unreported",
        optional: true,
      },
      {
        id: "counted",
        label: "report.sheet.company.counted",
        unit: "usd",
        value: (d) => d.counted.value,
        range: (d) => rangeOf(d.counted),
        mark: (d) => (d.estimate ? "≈" : undefined),
      },
      {
        id: "left-out",
        label: "report.sheet.company.leftOutAmount",
        unit: "usd",
        value: (d) => (d.excluded.length > 0 ? leftOut(d) : null),
        optional: true,
      },
      {
        id: "sources",
        label: "report.sheet.company.refs",
        unit: "source",
        value: (d) => sourcesCell(d.sources),
      },
    ],
  });
}

export const DEALS_IN_TABLE = dealsTable("deals-in", "report.sheet.company.dealsIn", "in");
export const DEALS_OUT_TABLE = dealsTable("deals-out", "report.sheet.company.dealsOut", "out");

type LeftOut = Exclusion & { deal: string; side: "in" | "out"; amount: CompanyDeal["counted"] };

/** What the totals leave out of its deals, one line per reason: the money and why. */
export const LEFT_OUT_TABLE = table<CompanyReport, LeftOut>({
  id: "left-out",
  title: "report.sheet.company.leftOut",
  rows: (r) =>
    (["in", "out"] as const).flatMap((side) =>
      r.deals[side].flatMap((d) => d.excluded.map((e) => ({ ...e, deal: d.deal, side }))),
    ),
  columns: [
    { id: "deal", label: "report.common.deal", unit: "deal", value: (e) => e.deal },
    {
      id: "side",
      label: "report.sheet.company.side",
      unit: "message",
      value: (e) => (e.side === "in" ? "report.sheet.company.receives" : "report.sheet.company.pays"),
      optional: true,
    },
    {
      id: "amount",
      label: "report.common.amount",
      unit: "usd",
      value: (e) => e.amount.value,
      range: (e) => rangeOf(e.amount),
    },
    { id: "why", label: "report.sheet.company.why", unit: "message", value: exclusionCell },
  ],
});

type OtherDeal = CompanyReport["deals"]["other"][number];

export const OTHER_DEALS_TABLE = table<CompanyReport, OtherDeal>({
  id: "deals-other",
  title: "report.sheet.company.dealsOther",
  empty: "report.sheet.company.noDeals",
  rows: (r) => r.deals.other,
  columns: [
    { id: "deal", label: "report.common.deal", unit: "deal", value: (d) => d.deal },
    {
      id: "status",
      label: "report.common.status",
      unit: "enum",
      enumGroup: "status",
      value: (d) => d.status ?? "unreported",
    },
    {
      id: "roles",
      label: "report.sheet.company.roles",
      unit: "message",
      value: (d) => d.roles.map((role) => `report.sheet.company.partyRole.${role}`).join(" "),
    },
  ],
});
