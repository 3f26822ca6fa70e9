/**
 * Fiscal years laid over calendar years. The flows engine spreads money over calendar years; companies
 * report over fiscal years (NVIDIA's FY2025 runs 2024-01-29 to 2025-01-26, Oracle's to May 31,
 * Microsoft's to June 30). A fiscal year is named by the calendar year in which it ends. The receipts
 * of a fiscal year are the calendar-year amounts weighted by the share of each calendar year's days
 * that fall inside the fiscal year — the same even-within-a-year assumption the flows engine makes.
 */
import { ModelInputError } from "../errors.ts";
import { dayNumber, isoOfDay, lastDay, parseIsoDate, yearOfDay } from "../time/dates.ts";

/** A reporting period on the calendar: its label and its first and last day (inclusive, ISO). */
export type FiscalWindow = {
  period: string;
  start: string;
  end: string;
  /** True when the period is a plain calendar year. */
  calendar: boolean;
};

/** The share of each calendar year's amount that belongs to a window. */
export type CalendarWeight = { year: number; weight: number };

const CALENDAR_YEAR = /^\d{4}$/;
const FISCAL_YEAR = /^FY(\d{4})$/;

/** Is this the period of a whole year (2024 or FY2025)? */
export function isAnnualPeriod(period: string): boolean {
  return CALENDAR_YEAR.test(period) || FISCAL_YEAR.test(period);
}

/** The fiscal-year number of an annual period (FY2025 → 2025, 2024 → 2024). */
export function periodYear(period: string): number | null {
  if (CALENDAR_YEAR.test(period)) return Number(period);
  const m = FISCAL_YEAR.exec(period);
  return m ? Number(m[1]) : null;
}

/**
 * The window of an annual period. A calendar year needs nothing more. A fiscal year needs its last day
 * (`end`); it starts the day after the previous fiscal year's last day when that is known (52/53-week
 * years), else the day after the same date one year earlier. Null when a fiscal year has no end date.
 */
export function fiscalWindow(period: string, end?: string, previousEnd?: string): FiscalWindow | null {
  if (CALENDAR_YEAR.test(period)) {
    return { period, start: `${period}-01-01`, end: `${period}-12-31`, calendar: true };
  }
  if (!FISCAL_YEAR.test(period) || end === undefined) return null;
  const last = lastDay(end);
  const { year, month = 12, day = 31 } = parseIsoDate(end);
  const before = previousEnd !== undefined ? lastDay(previousEnd) : sameDateYearBefore(year, month, day);
  return { period, start: isoOfDay(before + 1), end: isoOfDay(last), calendar: false };
}

/**
 * The end of fiscal year `year` for a company whose known fiscal year ends on `knownEnd`: the same
 * month and day in that year. Used only for years it has not reported yet (its 52/53-week calendar can
 * move the true date by a few days).
 */
export function projectedEnd(knownEnd: string, year: number): string {
  const { month = 12, day = 31 } = parseIsoDate(knownEnd);
  return isoOfDay(sameDateYearBefore(year + 1, month, day));
}

/** Calendar years that overlap the window, each with the share of its days inside the window. */
export function calendarWeights(window: Pick<FiscalWindow, "start" | "end">): CalendarWeight[] {
  const start = lastDay(window.start);
  const end = lastDay(window.end);
  if (end < start) throw new ModelInputError("range-reversed", ["window"], { start, end });
  const weights: CalendarWeight[] = [];
  for (let year = yearOfDay(start); year <= yearOfDay(end); year++) {
    const first = dayNumber(year, 1, 1);
    const next = dayNumber(year + 1, 1, 1);
    const inside = Math.min(end, next - 1) - Math.max(start, first) + 1;
    weights.push({ year, weight: inside / (next - first) });
  }
  return weights;
}

function sameDateYearBefore(year: number, month: number, day: number): number {
  // Clamp 29 February to 28 in non-leap years.
  const last = dayNumber(year - 1, month + 1, 1) - 1;
  return Math.min(dayNumber(year - 1, month, day), last);
}
