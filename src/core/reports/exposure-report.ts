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
import type { RevenueExposure } from "../exposure/revenue-exposure.ts";
import type { Basis } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { type ReportLayout, type TableLayout, table } from "./layout.ts";

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

/** Receipts as shares of reported revenue, one row per fiscal year (the entity panel's table). */
const revenueTable = table<ExposureReport, RevenueYear>({
  id: "revenue",
  title: "report.exposure.revenueTitle",
  empty: "report.exposure.noYears",
  rows: (r) => r.revenue.years,
  columns: [
    { id: "period", label: "report.exposure.period", unit: "period", value: (y) => y.period },
    { id: "reported", label: "report.exposure.reportedRevenue", unit: "usd", value: (y) => y.split?.revenue },
    {
      id: "inDataset",
      label: "report.exposure.inDataset",
      unit: "usd",
      value: receivedIn,
    },
    {
      id: "fromInvestees",
      label: "report.exposure.fromInvestees",
      unit: "usd",
      value: (y) => y.split?.fromInvestees.amount,
    },
    {
      id: "ownMoneyBack",
      label: "report.exposure.ownMoneyBackYear",
      unit: "usd",
      value: (y) => (y.split ? y.ownMoneyBack.amount : undefined),
    },
    {
      id: "outside",
      label: "report.exposure.outside",
      unit: "usd",
      value: (y) => y.split?.outside.amount,
      optional: true,
    },
    {
      id: "inDatasetShare",
      label: "report.exposure.inDatasetShare",
      unit: "share",
      value: (y) => y.split?.inDataset.share,
      optional: true,
    },
  ],
});

const offBalanceTable = table<ExposureReport, ExposureReport["offBalanceSheet"]["items"][number]>({
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
  tables: [revenueTable, exposureSideTable("customers"), exposureSideTable("suppliers"), offBalanceTable],
};
