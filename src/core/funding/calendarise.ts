/**
 * Fiscal-year figures laid over calendar years, as analysts calendarise them: calendar year Y is the
 * sum, over the fiscal years that cover a month of Y, of the fiscal year's figure times the share of
 * its twelve months that fall in Y. The figure is assumed to accrue evenly over the fiscal year's
 * months (docs/methods/funding.md): for a growing company this understates the later calendar year
 * and overstates the earlier one.
 *
 * A fiscal year is the twelve months ending with its last month: the month of its last day, or the
 * month before when it ends in the first half of a month (Broadcom's FY2024 ends on 3 November 2024:
 * November 2023 to October 2024). Nvidia's FY2025 ends on 26 January 2025, so calendar 2024 is
 * 1/12 of FY2024 and 11/12 of FY2025. A calendar year is given only when every one of its months is
 * covered: a missing fiscal year leaves the calendar years it covers unknown.
 * Complexity: O(F·Y) for F fiscal-year figures over the Y calendar years they cover.
 */

import { parseIsoDate } from "../time/dates.ts";

export type FiscalFigure = {
  /** "FY2025". */
  period: string;
  /** The fiscal year's last day (ISO). */
  periodEnd: string;
  value: number;
  forecast: boolean;
  sources: readonly string[];
};

export type CalendarisedYear = {
  year: number;
  value: number;
  /** True when a part is a forecast. */
  forecast: boolean;
  sources: string[];
  /** The fiscal years it is built from, with the months of each in the calendar year (summing to 12). */
  parts: { period: string; months: number }[];
};

/** Months counted from year 0 (year × 12 + month − 1) of a fiscal year's last month. */
export function lastMonthIndex(periodEnd: string): number {
  const { year, month = 12, day = 31 } = parseIsoDate(periodEnd);
  return year * 12 + (month - 1) - (day < 15 ? 1 : 0);
}

/**
 * The calendar years that fiscal-year figures of one metric cover entirely, in year order. Figures
 * for the same fiscal year (the same last month) are read first come, first kept: pass reported
 * figures before forecasts.
 */
export function calendarise(figures: readonly FiscalFigure[]): CalendarisedYear[] {
  const byEnd = new Map<number, FiscalFigure>();
  for (const f of figures) {
    const end = lastMonthIndex(f.periodEnd);
    if (!byEnd.has(end)) byEnd.set(end, f);
  }
  if (byEnd.size === 0) return [];
  const ends = [...byEnd.keys()];
  const firstYear = Math.floor((Math.min(...ends) - 11) / 12);
  const lastYear = Math.floor(Math.max(...ends) / 12);
  const out: CalendarisedYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const yearStart = year * 12;
    const yearEnd = yearStart + 11;
    let months = 0;
    let value = 0;
    let forecast = false;
    const sources = new Set<string>();
    const parts: CalendarisedYear["parts"] = [];
    for (const [end, f] of [...byEnd].sort((a, b) => a[0] - b[0])) {
      const inside = Math.min(end, yearEnd) - Math.max(end - 11, yearStart) + 1;
      if (inside <= 0) continue;
      months += inside;
      value += (f.value * inside) / 12;
      forecast ||= f.forecast;
      for (const s of f.sources) sources.add(s);
      parts.push({ period: f.period, months: inside });
    }
    // Fiscal years that overlap (a changed fiscal calendar) or leave a gap do not make a calendar year.
    if (months === 12) out.push({ year, value, forecast, sources: [...sources], parts });
  }
  return out;
}

/**
 * A calendar year's value when the fiscal years after the last one given are projected: fiscal year
 * j after the last grows as last × (1 + g)^j, and the calendar year is calendarised as above from the
 * given fiscal years and the projected ones. This is how a fiscal-year reporter is projected (project
 * the fiscal series, then calendarise), so a year partly covered by a reported fiscal year keeps those
 * months: Broadcom's 2024 is 10 months of its FY2024 and 2 of a projected FY2025. Undefined when a
 * month of the year comes before the first fiscal year given, or falls in a gap between two.
 */
export function projectFiscal(
  figures: readonly FiscalFigure[],
  growth: number,
  year: number,
): number | undefined {
  const byEnd = new Map<number, number>();
  for (const f of figures) {
    const end = lastMonthIndex(f.periodEnd);
    if (!byEnd.has(end)) byEnd.set(end, f.value);
  }
  if (byEnd.size === 0) return undefined;
  const lastEnd = Math.max(...byEnd.keys());
  const lastValue = byEnd.get(lastEnd) as number;
  let value = 0;
  for (let m = year * 12; m <= year * 12 + 11; m++) {
    if (m > lastEnd) {
      value += (lastValue * (1 + growth) ** Math.ceil((m - lastEnd) / 12)) / 12;
      continue;
    }
    const end = [...byEnd.keys()].find((e) => e >= m && e - 11 <= m);
    if (end === undefined) return undefined;
    value += (byEnd.get(end) as number) / 12;
  }
  return value;
}
