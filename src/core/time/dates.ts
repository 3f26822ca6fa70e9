/**
 * Calendar arithmetic on ISO dates of year, month or day precision ("2025", "2025-09", "2025-09-22").
 * All dates are UTC calendar days counted as integers (days since 1970-01-01), so there is no clock
 * and no time zone in any computation.
 */
import { ModelInputError } from "../errors.ts";

const DAY_MS = 86_400_000;

type Parts = { year: number; month?: number; day?: number };

export function parseIsoDate(text: string): Parts {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) throw new ModelInputError("invalid-date", [], { value: text });
  const parts: Parts = { year: Number(match[1]) };
  if (match[2] !== undefined) parts.month = Number(match[2]);
  if (match[3] !== undefined) parts.day = Number(match[3]);
  return parts;
}

/** Day number of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The first day an ISO date of any precision covers. */
export function firstDay(text: string): number {
  const { year, month = 1, day = 1 } = parseIsoDate(text);
  return dayNumber(year, month, day);
}

/** The last day an ISO date of any precision covers ("2025" → 31 Dec 2025). */
export function lastDay(text: string): number {
  const { year, month, day } = parseIsoDate(text);
  if (day !== undefined && month !== undefined) return dayNumber(year, month, day);
  if (month !== undefined) return dayNumber(year, month + 1, 1) - 1;
  return dayNumber(year + 1, 1, 1) - 1;
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** ISO yyyy-mm-dd of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day `years` years after `day` (fractions of a year counted as 365.25 days), minus one day. */
export function endAfterYears(startDay: number, years: number): number {
  const start = new Date(startDay * DAY_MS);
  const whole = Math.floor(years);
  const end = Date.UTC(start.getUTCFullYear() + whole, start.getUTCMonth(), start.getUTCDate()) / DAY_MS;
  return end + Math.round((years - whole) * 365.25) - 1;
}

/** Is `a` on or before `b`, reading each at its first day? */
export function compareIsoDates(a: string, b: string): number {
  return firstDay(a) - firstDay(b);
}
