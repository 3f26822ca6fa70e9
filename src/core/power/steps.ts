/**
 * Step schedules of a level over time: capacity or power that switches on at one day (and off after
 * another). The level of a schedule in a year is its level on 31 December: "GW online by the end of
 * the year". A delay moves every step still in the future (after the as-of day) by whole months.
 * Complexity: O(S) per year for S steps.
 */
import { dayNumber, isoOfDay, lastDay, parseIsoDate } from "../time/dates.ts";

/** `gw` from day `on` until day `off` (inclusive); forever when `off` is absent. */
export type Step = { on: number; off?: number; gw: number };

/** Sum of the steps' levels on the last day of `year`. */
export function levelAtYearEnd(steps: readonly Step[], year: number): number {
  const day = lastDay(String(year));
  let level = 0;
  for (const s of steps) if (s.on <= day && (s.off === undefined || s.off >= day)) level += s.gw;
  return level;
}

/** The day `months` months after `day`, the day of month kept (clamped to the month's length). */
export function addMonths(day: number, months: number): number {
  const iso = isoOfDay(day);
  const { year, month = 1, day: dom = 1 } = parseIsoDate(iso);
  const index = year * 12 + (month - 1) + Math.round(months);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const monthLength = dayNumber(y, m + 1, 1) - dayNumber(y, m, 1);
  return dayNumber(y, m, Math.min(dom, monthLength));
}

/**
 * Steps delayed by `months`: a step that starts after `asOfDay` starts `months` later (and ends that
 * much later, so a contract keeps its length); what is already on by the as-of day cannot slip.
 */
export function delaySteps(steps: readonly Step[], months: number, asOfDay: number): Step[] {
  if (months === 0) return [...steps];
  return steps.map((s) => {
    if (s.on <= asOfDay) return s;
    const moved: Step = { on: addMonths(s.on, months), gw: s.gw };
    if (s.off !== undefined) moved.off = addMonths(s.off, months);
    return moved;
  });
}

/**
 * Steps of a cumulative schedule ("X GW online by date d"): each entry adds what it has beyond the
 * previous one, from the last day its date covers. A later, smaller entry lowers the level.
 */
export function cumulativeSteps(entries: readonly { date: string; gw: number }[]): Step[] {
  const sorted = [...entries].sort((a, b) => lastDay(a.date) - lastDay(b.date));
  const steps: Step[] = [];
  let previous = 0;
  for (const e of sorted) {
    if (e.gw !== previous) steps.push({ on: lastDay(e.date), gw: e.gw - previous });
    previous = e.gw;
  }
  return steps;
}
