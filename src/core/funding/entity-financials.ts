/**
 * An entity's financials read per calendar year for the funding view.
 *
 * - Revenue: the full-year figure (reported before forecast); else the two halves or four quarters
 *   summed when all are given. Forecasts count, flagged as forecasts.
 * - Result (the cash the operations make or use): operating cash flow where given, else minus the
 *   cash burn, else net income — cash measures first, since the model counts cash; net income stands
 *   in where the sources give only that.
 * - A multi-year result ("$44B cumulative loss 2023–2028", "$115B cash burn 2025–2029") fills the
 *   years of its range that have no yearly figure of any metric: what the yearly figures of the same
 *   metric leave of the total, spread evenly over the range's years without one (cash burn first).
 * - Fiscal years (FY2025 with its last day) fill the calendar years they cover entirely, pro rata by
 *   months (calendarise.ts), after the calendar-year figures of the same metric; source "fiscal".
 *   A fiscal year with no last day takes the month and day of the company's other fiscal years.
 * Complexity: O(F) for F financial records.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Financial, FinancialMetric } from "../model/records.ts";
import { type CalendarisedYear, calendarise, type FiscalFigure } from "./calendarise.ts";

export type YearSource = "reported" | "forecast" | "cumulative" | "fiscal";

export type YearFigure = {
  value: number;
  source: YearSource;
  sources: string[];
  /** For a result: the metric it was read from. */
  metric?: FinancialMetric;
  /** For source "fiscal": the fiscal years it is built from and their months in the calendar year. */
  fiscal?: CalendarisedYear["parts"];
};

export type EntityYears = {
  revenue: Map<number, YearFigure>;
  result: Map<number, YearFigure>;
  /** Multi-year result figures, to show and to check the yearly split against. */
  cumulative: {
    metric: FinancialMetric;
    period: string;
    first: number;
    last: number;
    /** As a cash flow: a cash burn is negative. */
    value: number;
    sources: string[];
  }[];
  /** Reported cash on hand, by period. */
  cash: { period: string; value: number; sources: string[] }[];
  /** The fiscal-year revenue figures the calendar years are built from: a projection continues them. */
  fiscalRevenue?: FiscalFigure[];
};

const RESULT_METRICS = ["operating-cash-flow", "cash-burn", "net-income"] as const;
/** Multi-year results, split in this order (a cash figure before an accounting one). */
const CUMULATIVE_METRICS = ["cash-burn", "net-income"] as const;

export function entityYears(financials: readonly Financial[], entity: string): EntityYears {
  const own = financials.filter((f) => f.entity === entity && f.unit === "USD");
  const revenue = new Map<number, YearFigure>();
  const result = new Map<number, YearFigure>();
  const cumulative: EntityYears["cumulative"] = [];
  for (const f of preferReported(own.filter((x) => x.metric === "revenue"))) {
    const year = wholeYear(f.period);
    if (year !== undefined && !revenue.has(year)) revenue.set(year, figure(f));
  }
  for (const [year, parts] of partsByYear(own.filter((x) => x.metric === "revenue"))) {
    if (!revenue.has(year) && parts.complete) revenue.set(year, parts.figure);
  }
  for (const c of fiscalYears(own, "revenue")) if (!revenue.has(c.year)) revenue.set(c.year, fiscalFigure(c));
  for (const metric of RESULT_METRICS) {
    const sign = metric === "cash-burn" ? -1 : 1;
    for (const f of preferReported(own.filter((x) => x.metric === metric))) {
      const year = wholeYear(f.period);
      if (year !== undefined && !result.has(year)) {
        const y = figure(f);
        result.set(year, { ...y, value: sign * y.value, metric });
      }
    }
    for (const c of fiscalYears(own, metric))
      if (!result.has(c.year)) result.set(c.year, { ...fiscalFigure(c), value: sign * c.value, metric });
  }
  for (const metric of CUMULATIVE_METRICS) {
    const sign = metric === "cash-burn" ? -1 : 1;
    const yearly = new Map<number, number>();
    for (const f of preferReported(own.filter((x) => x.metric === metric))) {
      const year = wholeYear(f.period);
      if (year !== undefined && !yearly.has(year)) yearly.set(year, sign * amountOf(f).value);
    }
    for (const f of own.filter((x) => x.metric === metric)) {
      const range = /^(\d{4})-(\d{4})$/.exec(f.period);
      if (!range) continue;
      const first = Number(range[1]);
      const last = Number(range[2]);
      const value = sign * amountOf(f).value;
      cumulative.push({ metric, period: f.period, first, last, value, sources: [...f.sources] });
      const missing: number[] = [];
      let known = 0;
      for (let y = first; y <= last; y++) {
        const own = yearly.get(y);
        if (own !== undefined) known += own;
        else missing.push(y);
      }
      for (const y of missing)
        if (!result.has(y))
          result.set(y, {
            value: (value - known) / missing.length,
            source: "cumulative",
            sources: [...f.sources],
            metric,
          });
    }
  }
  const cash = own
    .filter((f) => f.metric === "cash" && !f.forecast)
    .map((f) => ({ period: f.period, value: amountOf(f).value, sources: [...f.sources] }));
  return { revenue, result, cumulative, cash, fiscalRevenue: fiscalFigures(own, "revenue") };
}

/** The calendar years a metric's fiscal-year figures cover entirely (reported figures before forecasts). */
function fiscalYears(own: readonly Financial[], metric: FinancialMetric): CalendarisedYear[] {
  return calendarise(fiscalFigures(own, metric));
}

/** A metric's fiscal-year figures with their last days (reported figures before forecasts). */
function fiscalFigures(own: readonly Financial[], metric: FinancialMetric): FiscalFigure[] {
  const fiscal = own.filter((f) => /^FY\d{4}$/.test(f.period));
  // A fiscal year the data gives without its last day ends on the month and day of the others.
  const known = fiscal.find((f) => f.periodEnd !== undefined)?.periodEnd;
  return preferReported(fiscal.filter((f) => f.metric === metric)).flatMap((f) => {
    const periodEnd = f.periodEnd ?? (known ? `${f.period.slice(2)}${known.slice(4)}` : undefined);
    if (periodEnd === undefined) return [];
    const { value } = amountOf(f);
    return [{ period: f.period, periodEnd, value, forecast: f.forecast ?? false, sources: f.sources }];
  });
}

function fiscalFigure(c: CalendarisedYear): YearFigure {
  return { value: c.value, source: "fiscal", sources: c.sources, fiscal: c.parts };
}

function figure(f: Financial): YearFigure {
  return { value: amountOf(f).value, source: f.forecast ? "forecast" : "reported", sources: [...f.sources] };
}

/** Reported figures first, so a year with both keeps the reported one. */
function preferReported(fs: readonly Financial[]): Financial[] {
  return [...fs].sort((a, b) => Number(a.forecast ?? false) - Number(b.forecast ?? false));
}

/** The calendar year of a whole-year period ("2024"; fiscal years are left out: their year differs). */
function wholeYear(period: string): number | undefined {
  return /^\d{4}$/.test(period) ? Number(period) : undefined;
}

function partsByYear(fs: readonly Financial[]): Map<number, { complete: boolean; figure: YearFigure }> {
  const byYear = new Map<number, Financial[]>();
  for (const f of fs) {
    const m = /^(\d{4})-(H[12]|Q[1-4])$/.exec(f.period);
    if (m) byYear.set(Number(m[1]), [...(byYear.get(Number(m[1])) ?? []), f]);
  }
  const out = new Map<number, { complete: boolean; figure: YearFigure }>();
  for (const [year, parts] of byYear) {
    const periods = new Set(parts.map((p) => p.period.slice(5)));
    const complete =
      (periods.has("H1") && periods.has("H2")) || ["Q1", "Q2", "Q3", "Q4"].every((q) => periods.has(q));
    const halves = periods.has("H1") && periods.has("H2");
    const used = parts.filter((p) => (halves ? p.period.includes("-H") : p.period.includes("-Q")));
    out.set(year, {
      complete,
      figure: {
        value: used.reduce((s, p) => s + amountOf(p).value, 0),
        source: used.some((p) => p.forecast) ? "forecast" : "reported",
        sources: [...new Set(used.flatMap((p) => p.sources))],
      },
    });
  }
  return out;
}
