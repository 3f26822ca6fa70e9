/**
 * Exposure against reported revenue, per fiscal year: for one company, what each counterparty in the
 * dataset paid it in the year (from the flows engine, on the chosen basis), how much of that came from
 * companies it invested in, and the part of its REPORTED revenue that the dataset does not explain —
 * beside the company's own customer-concentration disclosures (anonymous "Customer A" shown as such).
 *
 * Years: every annual period with a reported revenue record, and every fiscal year into which the
 * dataset's receipts fall. A year without reported revenue says so and gives no share: the flows the
 * dataset holds are never used as the denominator. Calendar-year flows are laid over fiscal years by
 * days (fiscal-year.ts). See docs/methods/exposure.md.
 */

import { compareText } from "../compare.ts";
import { type Basis, type FlowRow, layerFigure } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { lastDay } from "../time/dates.ts";
import {
  type CalendarWeight,
  calendarWeights,
  type FiscalWindow,
  fiscalWindow,
  isAnnualPeriod,
  periodYear,
  projectedEnd,
} from "./fiscal-year.ts";
import { ownMoneyBackByYear } from "./own-money-back.ts";
import {
  type Disclosure,
  disclosures,
  fiscalEnds,
  type RevenueRecord,
  reportedRevenue,
} from "./reported-records.ts";
import { type Receipt, type RevenueSplit, splitRevenue } from "./revenue-shares.ts";

export type { Disclosure, RevenueRecord };

import { overlapShare, rowDays } from "./row-days.ts";

type Financial = Dataset["financials"][number];

/** Deal types whose inflows are sales (goods, compute, leases, power, licences). */
const COMMERCIAL_TYPES = new Set([
  "compute-commitment",
  "chip-supply",
  "lease",
  "power-purchase",
  "licensing",
  "revenue-share",
  "partnership",
]);
/** Payers buying, whatever the deal's type (an SPV buying GPUs inside an SPV financing). */
const BUYING_ROLES = new Set(["buyer", "customer", "lessee", "vehicle"]);

export type RevenueYear = {
  period: string;
  /** Null when a fiscal period has no end date in the data (its days cannot be laid over the calendar). */
  window: FiscalWindow | null;
  /** True when the window's end is projected from the company's fiscal calendar (no record yet). */
  projected: boolean;
  /**
   * Calendar years the period overlaps, with the share of each year's days inside it. Each flow row is
   * placed by its own dates within its year (row-days.ts), so a row dated outside the period's part of
   * the year does not count in it.
   */
  mapping: CalendarWeight[];
  status: "reported" | "revenue-unknown" | "window-unknown";
  revenue: RevenueRecord | null;
  /** What each counterparty in the dataset paid in the period, prorated by days. */
  receipts: Receipt[];
  /** Shares of reported revenue; null when the revenue is unknown. */
  split: RevenueSplit | null;
  /**
   * The part of the receipts that is the company's own money coming back (proportional tracing on each
   * calendar year's cash flows, own-money-back.ts), and its share of reported revenue (null if unknown).
   */
  ownMoneyBack: { amount: number; share: number | null };
  /**
   * The part of the receipts on deals that bind nobody on the as-of date (LOI, MoU, talks, a party's
   * announcement), and those deals: Nvidia's FY2027 "receipts" are mostly the 10 GW letter of intent
   * with OpenAI, which a reader must not take for contracted sales.
   */
  notBinding: { amount: number; deals: string[] };
  /** Investments, loans and other financing received in the period: money in, but not revenue. */
  financingReceived: { amount: number; from: string[] };
  disclosures: Disclosure[];
};

export type RevenueExposure = {
  /** The last day of the latest reported fiscal year, or null for a calendar-year reporter. */
  fiscalYearEnd: string | null;
  years: RevenueYear[];
  /** Customer-share disclosures that are not for a whole reported year (quarters, analysts' years). */
  otherDisclosures: Disclosure[];
};

export type RevenueExposureOptions = { basis: Basis; year?: number };

/**
 * @param rows cash flow rows of the dataset on the chosen basis (expandFlows), all entities
 * @param investees the entities the company invested in
 */
export function revenueExposure(
  dataset: Pick<Dataset, "financials" | "sources" | "deals">,
  entity: string,
  rows: readonly FlowRow[],
  investees: ReadonlySet<string>,
  options: RevenueExposureOptions,
): RevenueExposure {
  const records = dataset.financials.filter((f) => f.entity === entity && !f.forecast);
  const ends = fiscalEnds(records);
  const latestEnd = [...ends.values()].sort(compareText).pop() ?? null;
  const fiscal = latestEnd !== null || records.some((f) => /^FY\d{4}$/.test(f.period));
  const deals = new Map(dataset.deals.map((d) => [d.id, d]));
  const inflows = rows.filter((r) => r.to === entity && r.from !== entity);
  const back = ownMoneyBackByYear(rows, entity);

  const labels = new Set(
    records.filter((f) => f.metric === "revenue" && isAnnualPeriod(f.period)).map((f) => f.period),
  );
  for (const year of new Set(inflows.map((r) => r.year))) {
    if (!fiscal) labels.add(String(year));
    else for (const n of [year, year + 1]) labels.add(`FY${n}`);
  }
  const years = [...labels]
    .filter((p) => options.year === undefined || periodYear(p) === options.year)
    .sort((a, b) => (periodYear(a) ?? 0) - (periodYear(b) ?? 0) || compareText(a, b))
    .map((period) =>
      yearOf(period, {
        dataset,
        entity,
        records,
        ends,
        latestEnd,
        inflows,
        deals,
        investees,
        back,
        basis: options.basis,
      }),
    )
    // A year with neither reported revenue nor sales in the dataset says nothing about revenue.
    .filter((y) => y.revenue !== null || y.receipts.length > 0);

  // Disclosures for a listed year sit in that year; the rest (quarters, analysts' calendar years for a
  // fiscal-year reporter) are listed apart, for the year asked for when there is one.
  const listed = new Set(years.map((y) => y.period));
  const inYear = (p: string) => options.year === undefined || leadingYear(p) === options.year;
  return {
    fiscalYearEnd: latestEnd,
    years,
    otherDisclosures: disclosures(records, (p) => !listed.has(p) && inYear(p)),
  };
}

type Context = {
  dataset: Pick<Dataset, "sources">;
  entity: string;
  records: Financial[];
  ends: Map<string, string>;
  latestEnd: string | null;
  inflows: FlowRow[];
  deals: Map<string, Deal>;
  investees: ReadonlySet<string>;
  /** The share of the company's receipts that is its own money coming back, per calendar year. */
  back: Map<number, number>;
  basis: Basis;
};

function yearOf(period: string, ctx: Context): RevenueYear {
  const n = periodYear(period) as number;
  const calendar = /^\d{4}$/.test(period);
  // A reported end date when the data has one, else the company's fiscal calendar carried forward; the
  // start is the day after the previous reported end, else the same date a year earlier.
  const end = ctx.ends.get(period) ?? (ctx.latestEnd ? projectedEnd(ctx.latestEnd, n) : undefined);
  const window = calendar ? fiscalWindow(period) : fiscalWindow(period, end, ctx.ends.get(`FY${n - 1}`));
  const mapping = window ? calendarWeights(window) : [];
  const days = window ? { start: lastDay(window.start), end: lastDay(window.end) } : null;

  type Entry = Omit<Receipt, "sources"> & { sources: Set<string> };
  const revenueByPayer = new Map<string, Entry>();
  const financing = new Map<string, number>();
  const notBindingDeals = new Set<string>();
  let backAmount = 0;
  for (const row of ctx.inflows) {
    const deal = ctx.deals.get(row.deal);
    const w = days ? overlapShare(rowDays(deal, row, ctx.basis), days) : 0;
    if (w === 0) continue;
    const amount = row.amount.value * w;
    if (!isRevenue(deal, row.from)) {
      financing.set(row.from, (financing.get(row.from) ?? 0) + amount);
      continue;
    }
    const entry: Entry = revenueByPayer.get(row.from) ?? {
      counterparty: row.from,
      amount: 0,
      investee: ctx.investees.has(row.from),
      deals: [],
      estimate: false,
      notBinding: 0,
      sources: new Set<string>(),
    };
    entry.amount += amount;
    if (row.tier !== "binding") {
      entry.notBinding += amount;
      notBindingDeals.add(row.deal);
    }
    backAmount += amount * (ctx.back.get(row.year) ?? 0);
    if (!entry.deals.includes(row.deal)) entry.deals.push(row.deal);
    entry.estimate ||= isEstimate(deal, row, ctx.basis);
    for (const s of row.sources) entry.sources.add(s);
    revenueByPayer.set(row.from, entry);
  }
  const receipts = [...revenueByPayer.values()]
    .map(({ sources, ...r }) => ({
      ...r,
      deals: r.deals.sort(compareText),
      sources: [...sources].sort(compareText),
    }))
    .filter((r) => r.amount > 0)
    .sort((a, b) => b.amount - a.amount || compareText(a.counterparty, b.counterparty));

  const revenue = window ? reportedRevenue(ctx.records, ctx.dataset.sources, period) : null;
  return {
    period,
    window,
    projected: !calendar && !ctx.ends.has(period),
    mapping,
    status: window === null ? "window-unknown" : revenue ? "reported" : "revenue-unknown",
    revenue,
    receipts,
    split: revenue && revenue.value > 0 ? splitRevenue(revenue.value, receipts) : null,
    ownMoneyBack: {
      amount: backAmount,
      share: revenue && revenue.value > 0 ? backAmount / revenue.value : null,
    },
    notBinding: {
      amount: receipts.reduce((sum, r) => sum + r.notBinding, 0),
      deals: [...notBindingDeals].filter((d) => receipts.some((r) => r.deals.includes(d))).sort(compareText),
    },
    financingReceived: {
      amount: [...financing.values()].reduce((s, v) => s + v, 0),
      from: [...financing.keys()].sort(compareText),
    },
    disclosures: disclosures(ctx.records, (p) => p === period),
  };
}

function leadingYear(period: string): number {
  return Number(/\d{4}/.exec(period)?.[0]);
}

function isRevenue(deal: Deal | undefined, payer: string): boolean {
  if (!deal) return false;
  const role = deal.parties.find((p) => p.entity === payer)?.role ?? "";
  return COMMERCIAL_TYPES.has(deal.type) || BUYING_ROLES.has(role);
}

function isEstimate(deal: Deal | undefined, row: FlowRow, basis: Basis): boolean {
  const flow = deal?.flows.find((f, i) => (f.id ?? String(i + 1)) === row.flow);
  const figure = flow ? layerFigure(flow, basis) : undefined;
  return figure?.estimate === true;
}
