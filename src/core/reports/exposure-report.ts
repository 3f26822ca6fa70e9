/**
 * The exposure reports: one entity's exposure (`halqa exposure ID`, `/api/exposure/{id}`, the entity
 * panel's revenue shares) and every entity's place in the network (`halqa exposure --rank`,
 * `/api/rankings`). The numbers are core/exposure's; this module fixes the options and the order, and
 * describes the tables.
 */

import {
  type EntityExposure,
  type ExposureOptions,
  entityExposure,
  type Rank,
  rankEntities,
} from "../exposure/entity-exposure.ts";
import type { Disclosure } from "../exposure/reported-records.ts";
import type { RevenueExposure } from "../exposure/revenue-exposure.ts";
import type { Basis } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import {
  type Cell,
  type MessageCell,
  type ReportLayout,
  type TableLayout,
  table,
  type Unit,
} from "./layout.ts";

export type ExposureReport = EntityExposure;
export type ExposureReportOptions = ExposureOptions;

export function exposureReport(
  dataset: Dataset,
  entity: string,
  options: ExposureReportOptions,
): ExposureReport {
  return entityExposure(dataset, entity, {
    basis: options.basis,
    asOf: options.asOf,
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
}

export type RankingsReport = { basis: Basis; asOf: string; entities: Rank[] };

/** Every entity's PageRank, betweenness and circular share with their ranks, by PageRank. */
export function rankingsReport(dataset: Dataset, options: { basis: Basis; asOf: string }): RankingsReport {
  const entities = rankEntities(dataset, options).sort((a, b) => a.pageRankRank - b.pageRankRank);
  return { basis: options.basis, asOf: options.asOf, entities };
}

const rankingsTable = table<RankingsReport, Rank>({
  id: "rankings",
  title: "report.exposure.rankingsTitle",
  rows: (r) => r.entities,
  columns: [
    { id: "rank", label: "report.exposure.rank", unit: "count", value: (x) => x.pageRankRank },
    { id: "entity", label: "report.exposure.entity", unit: "entity", value: (x) => x.id },
    // Both are normalised to 0..1 (PageRank sums to 1 over the entities), so they read as shares.
    { id: "pageRank", label: "report.exposure.pageRank", unit: "share", value: (x) => x.pageRank },
    { id: "betweenness", label: "report.exposure.betweenness", unit: "share", value: (x) => x.betweenness },
    {
      id: "betweennessRank",
      label: "report.exposure.betweennessRank",
      unit: "count",
      value: (x) => x.betweennessRank,
      optional: true,
    },
    {
      id: "circularShare",
      label: "report.exposure.ownMoneyBack",
      unit: "share",
      value: (x) => x.circularShare,
    },
    {
      id: "circularRank",
      label: "report.exposure.circularRank",
      unit: "count",
      value: (x) => x.circularRank,
      optional: true,
    },
  ],
});

export const RANKINGS_LAYOUT: ReportLayout<RankingsReport> = {
  id: "exposure",
  title: "report.exposure.rankingsReportTitle",
  tables: [rankingsTable],
};

type Counterparty = EntityExposure["customers"]["counterparties"][number];

/** Who pays the entity, or whom it pays, over every year of the dataset's flows, largest first. */
export function exposureSideTable(id: "customers" | "suppliers"): TableLayout<ExposureReport, Counterparty> {
  return table<ExposureReport, Counterparty>({
    id,
    title: `report.exposure.${id}`,
    empty: "report.exposure.none",
    rows: (r) => r[id].counterparties,
    columns: [
      { id: "entity", label: "report.exposure.entity", unit: "entity", value: (c) => c.id },
      // The share is what the table is for (the HHI line beside it reads the shares); a narrow
      // terminal drops the amount first.
      { id: "amount", label: "report.exposure.amount", unit: "usd", value: (c) => c.amount, optional: true },
      { id: "share", label: "report.exposure.datasetShare", unit: "share", value: (c) => c.share },
    ],
  });
}

type RevenueYear = RevenueExposure["years"][number];

/** What the dataset's flows pay the entity in one fiscal year, whether or not its revenue is known. */
export function receivedIn(year: Pick<RevenueYear, "receipts">): number {
  return year.receipts.reduce((sum, x) => sum + x.amount, 0);
}

/** An amount with its share of reported revenue after it, as one cell: "$10B (25%)". */
function withShare(amount: number, share: number | null | undefined): MessageCell {
  return {
    key: "report.exposure.amountShare",
    values: { amount: { value: amount, unit: "usd" }, share: { value: share ?? null, unit: "share" } },
  };
}

/** "FY2025" as the language writes a fiscal year, a calendar year as a year. */
function periodCell(period: string): Cell {
  const fiscal = /^FY(\d{4})$/.exec(period);
  if (fiscal)
    return {
      key: "report.exposure.fiscalYear",
      values: { year: { value: Number(fiscal[1]), unit: "year" } },
    };
  return /^\d{4}$/.test(period) ? Number(period) : period;
}

function periodUnit(period: string): Unit {
  return /^FY\d{4}$/.test(period) ? "message" : /^\d{4}$/.test(period) ? "year" : "text";
}

/**
 * Receipts as shares of reported revenue, one row per fiscal year: each amount with its share beside
 * it. A year whose revenue is unknown shows what the dataset pays and nothing it cannot divide by.
 */
const revenueTable = table<ExposureReport, RevenueYear>({
  id: "revenue",
  title: "report.exposure.revenueTitle",
  empty: "report.exposure.noYears",
  rows: (r) => r.revenue.years,
  columns: [
    {
      id: "period",
      label: "report.exposure.period",
      unit: "text",
      unitOf: (y) => periodUnit(y.period),
      value: (y) => periodCell(y.period),
    },
    {
      id: "reported",
      label: "report.exposure.reportedRevenue",
      unit: "usd",
      value: (y) => y.split?.revenue ?? null,
      missing: "report.exposure.unknown",
    },
    {
      id: "inDataset",
      label: "report.exposure.inDataset",
      unit: "message",
      unitOf: (y) => (y.split ? "message" : "usd"),
      value: (y) => (y.split ? withShare(y.split.inDataset.amount, y.split.inDataset.share) : receivedIn(y)),
    },
    {
      id: "fromInvestees",
      label: "report.exposure.fromInvestees",
      unit: "message",
      value: (y) => (y.split ? withShare(y.split.fromInvestees.amount, y.split.fromInvestees.share) : null),
    },
    {
      id: "outside",
      label: "report.exposure.outside",
      unit: "message",
      value: (y) =>
        !y.split
          ? null
          : y.split.excess
            ? {
                key: "report.exposure.excess",
                values: { share: { value: y.split.excess.share, unit: "share" } },
              }
            : withShare(y.split.outside.amount, y.split.outside.share),
      optional: true,
    },
    {
      id: "ownMoneyBack",
      label: "report.exposure.ownMoneyBackYear",
      unit: "message",
      value: (y) => (y.split ? withShare(y.ownMoneyBack.amount, y.ownMoneyBack.share) : null),
      optional: true,
    },
  ],
});

/** The revenue table by itself (the terminal prints it before the years' details). */
export const EXPOSURE_REVENUE_TABLE = revenueTable;

/** Customer-share disclosures (a filing's "Customer A: 12%"), with their period when `withPeriod`. */
export function exposureDisclosuresTable(
  withPeriod: boolean,
): TableLayout<readonly Disclosure[], Disclosure> {
  return table<readonly Disclosure[], Disclosure>({
    id: withPeriod ? "otherDisclosures" : "disclosures",
    title: "report.exposure.disclosures",
    rows: (list) => list,
    columns: [
      ...(withPeriod
        ? [
            {
              id: "period",
              label: "report.exposure.period",
              unit: "text" as const,
              unitOf: (d: Disclosure) => periodUnit(d.period),
              value: (d: Disclosure) => periodCell(d.period),
            },
          ]
        : []),
      {
        id: "customer",
        label: "report.exposure.entity",
        unit: "entity",
        unitOf: (d) => (d.counterparty ? "entity" : "message"),
        value: (d) =>
          d.counterparty ?? {
            key: "report.exposure.anonymous",
            values: { label: { value: d.label, unit: "text" } },
          },
      },
      { id: "share", label: "report.exposure.inDatasetShare", unit: "share", value: (d) => d.share },
      {
        id: "sources",
        label: "report.exposure.sources",
        unit: "source",
        value: (d) => [...new Set(d.sources)].join(" "),
      },
    ],
  });
}

/** A row of one year's receipts: a counterparty in the dataset, or the outside rest of the revenue. */
export type YearReceiptRow = {
  counterparty: string | null;
  amount: number;
  /** Share of reported revenue; null when the revenue is unknown. */
  share: number | null;
  investee: boolean;
  estimate: boolean;
};

/** One year's receipts from the dataset's counterparties, and the outside rest when revenue is known. */
export function yearReceiptRows(year: RevenueYear, limit: number): YearReceiptRow[] {
  const plain = { investee: false, estimate: false };
  if (!year.split) return year.receipts.slice(0, limit).map((r) => ({ ...r, share: null }));
  const { lines, outside } = year.split;
  return [
    ...lines.slice(0, limit),
    { counterparty: null, amount: outside.amount, share: outside.share, ...plain },
  ];
}

/** Who paid the entity in one year, with the share of its reported revenue (rows: yearReceiptRows). */
export const EXPOSURE_YEAR_RECEIPTS_TABLE = table<readonly YearReceiptRow[], YearReceiptRow>({
  id: "yearReceipts",
  title: "report.exposure.yearReceipts",
  rows: (rows) => rows,
  columns: [
    {
      id: "paidBy",
      label: "report.exposure.paidBy",
      unit: "entity",
      unitOf: (r) => (r.counterparty === null ? "message" : "entity"),
      value: (r) => r.counterparty ?? "report.exposure.outsideRest",
    },
    { id: "amount", label: "report.exposure.inDataset", unit: "usd", value: (r) => r.amount },
    { id: "share", label: "report.exposure.inDatasetShare", unit: "share", value: (r) => r.share },
    {
      id: "note",
      label: "report.exposure.note",
      unit: "message",
      value: (r) =>
        r.investee && r.estimate
          ? "report.exposure.investeeEstimate"
          : r.investee
            ? "report.exposure.investee"
            : r.estimate
              ? "report.exposure.estimate"
              : null,
    },
  ],
});

export const EXPOSURE_OFF_BALANCE_TABLE = table<
  ExposureReport,
  ExposureReport["offBalanceSheet"]["items"][number]
>({
  id: "offBalanceSheet",
  title: "report.exposure.offBalanceSheet",
  empty: "report.exposure.none",
  rows: (r) => r.offBalanceSheet.items,
  columns: [
    {
      id: "kind",
      label: "report.exposure.kind",
      unit: "enum",
      enumGroup: "contingent",
      value: (i) => i.kind,
    },
    { id: "counterparty", label: "report.exposure.entity", unit: "entity", value: (i) => i.counterparty },
    { id: "amount", label: "report.exposure.amount", unit: "usd", value: (i) => i.amount },
    {
      id: "deals",
      label: "report.exposure.deals",
      unit: "count",
      value: (i) => i.deals.length,
      optional: true,
    },
  ],
});

export const EXPOSURE_LAYOUT: ReportLayout<ExposureReport> = {
  id: "exposure",
  title: "report.exposure.title",
  headlines: (r) => [
    {
      key: "report.exposure.vendorFinancingLine",
      values: {
        invested: { value: r.vendorFinancing.investmentsInCustomers, unit: "usd" },
        revenue: { value: r.vendorFinancing.revenue?.value, unit: "usd" },
        ratio: { value: r.vendorFinancing.ratio, unit: "share" },
      },
    },
  ],
  tables: [
    revenueTable,
    exposureSideTable("customers"),
    exposureSideTable("suppliers"),
    EXPOSURE_OFF_BALANCE_TABLE,
  ],
};
