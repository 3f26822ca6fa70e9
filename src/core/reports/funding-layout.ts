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
import {
  assumptionRows,
  backlogShareCell,
  bindingCell,
  type FinancingType,
  type FundingFactRow,
  financingTypes,
  flagKey,
  fundingHeadline,
  jumpCell,
  metricKey,
  placedContracts,
  summaryRows,
  whyCell,
} from "./funding-rows.ts";
import { type ReportLayout, table } from "./layout.ts";

/** The layout for one report: the cash column's heading and the financing columns follow its data. */
export function fundingLayoutOf(r: FundingReport): ReportLayout<FundingReport> {
  return fundingLayout(r.startingCashKnown, financingTypes(r.years), r.costsUnknownFrom);
}

/**
 * The tables, given whether the starting cash is known (the heading of the cash column says whether it
 * counts from a reported figure or from $0) and the financing types that occur (one column each).
 */
export function fundingLayout(
  startingCashKnown: boolean,
  types: readonly FinancingType[] = [],
  costsUnknownFrom: number | null = null,
): ReportLayout<FundingReport> {
  // From the first year whose costs cannot be counted, its cash flow and every later cash and burn
  // are unknown: the model's numbers there count an unpriced lease as $0.
  const counted = (y: FundingYear) => !y.missing && (costsUnknownFrom === null || y.year < costsUnknownFrom);
  const known = (y: FundingYear, value: number) => (counted(y) ? value : null);
  const revenue = (y: FundingYear, value: number) => (y.missing ? null : value);
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
            value: (y) => revenue(y, y.revenue),
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
          {
            id: "commitmentsDue",
            label: `cli.funding.due`,
            unit: "usd",
            // A year with no recorded commitment reads so, not $0; null when only unpriced ones fall due.
            unitOf: (y) => (y.dueUnknown === "none-recorded" ? "message" : "usd"),
            value: (y) => (y.dueUnknown === "none-recorded" ? `cli.funding.noneRecorded` : y.commitmentsDue),
            missing: `cli.funding.unknown`,
          },
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
          {
            id: "financing",
            label: `cli.funding.financing`,
            unit: "usd",
            // No financing deal recorded that year reads so, not $0: the data holds the recorded deals,
            // not every round (counted as none in the cash path, which says so).
            unitOf: (y) => (y.financing === 0 ? "message" : "usd"),
            value: (y) => (y.financing === 0 ? `cli.funding.noFinancingRecorded` : y.financing),
          },
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
          { id: "period", label: `cli.funding.period`, unit: "period", value: (f) => f.period },
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
          { id: "period", label: `cli.funding.period`, unit: "period", value: (c) => c.period },
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
