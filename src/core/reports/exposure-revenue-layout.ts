/**
 * The exposure report's revenue tables (`halqa exposure ID`): receipts as shares of reported revenue
 * by fiscal year, each year's payers, and the customer shares the filings disclose.
 */
import type { EntityExposure } from "../exposure/entity-exposure.ts";
import type { Disclosure } from "../exposure/reported-records.ts";
import type { RevenueExposure } from "../exposure/revenue-exposure.ts";
import { type MessageCell, type TableLayout, table } from "./layout.ts";

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

/**
 * Receipts as shares of reported revenue, one row per fiscal year: each amount with its share beside
 * it. A year whose revenue is unknown shows what the dataset pays and nothing it cannot divide by.
 */
const revenueTable = table<EntityExposure, RevenueYear>({
  id: "revenue",
  title: "report.exposure.revenueTitle",
  empty: "report.exposure.noYears",
  rows: (r) => r.revenue.years,
  columns: [
    {
      id: "period",
      label: "report.exposure.period",
      unit: "period",
      value: (y) => y.period,
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
      // Promised, not contracted: shown beside the receipts so a letter of intent never reads as sales.
      id: "notBinding",
      label: "report.exposure.notBinding",
      unit: "usd",
      value: (y) => (y.notBinding.amount > 0 ? y.notBinding.amount : null),
      optional: true,
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
              unit: "period" as const,
              value: (d: Disclosure) => d.period,
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
  /** The part of the amount on deals that bind nobody yet (0 for the outside rest). */
  notBinding: number;
};

/** One year's receipts from the dataset's counterparties, and the outside rest when revenue is known. */
export function yearReceiptRows(year: RevenueYear, limit: number): YearReceiptRow[] {
  const plain = { investee: false, estimate: false, notBinding: 0 };
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
      value: (r) => {
        const flags = [
          r.investee && r.estimate
            ? "report.exposure.investeeEstimate"
            : r.investee
              ? "report.exposure.investee"
              : r.estimate
                ? "report.exposure.estimate"
                : null,
          // Promised, not contracted (the year's line under the table gives the amount and the deals).
          r.notBinding > 0 ? "report.exposure.notBindingFlag" : null,
        ].filter((f) => f !== null);
        return flags.length > 0 ? flags.join(" ") : null;
      },
    },
  ],
});
