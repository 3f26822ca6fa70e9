/**
 * Durations written as a number and one unit letter ("90s", "30m", "12h", "365d", "2w", "1y"), read as
 * seconds: the time windows of loop search over timestamped edges (whose times are seconds since the
 * Unix epoch). Pure; O(length of the text).
 *
 * A year ("y") is the Julian year of 365.25 days (31 557 600 s), the year astronomy uses as a unit
 * (G. A. Wilkins, 1989, "The IAU Style Manual"). A window in seconds cannot follow the calendar, and
 * 365.25 days is the calendar's long-run average: "1y" is 6 hours longer than a common year and
 * 18 hours shorter than a leap year, never a whole day off either.
 * Months are refused: "m" is minutes, and a month's length varies too much (28–31 days) to guess.
 */

export type DurationResult =
  | { ok: true; seconds: number }
  | {
      ok: false;
      code: "invalid-duration";
      params: { value: string; reason: "empty" | "syntax" | "unit" | "too-large" };
    };

export const SECONDS_PER_UNIT = {
  s: 1,
  m: 60,
  h: 3_600,
  d: 86_400,
  w: 604_800,
  y: 31_557_600,
} as const;

export type DurationUnit = keyof typeof SECONDS_PER_UNIT;

const DURATION = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]+)$/;

/**
 * Parses "<number><unit>" (the number non-negative, decimals allowed: "1.5h"; spaces around are
 * ignored) into seconds. Units: s, m, h, d, w, y, lowercase only, so that "M" is never misread as a
 * month. Errors are returned, not thrown: `{ ok: false, code: "invalid-duration", params }`.
 *
 * @example parseDuration("2w") // { ok: true, seconds: 1_209_600 }
 */
export function parseDuration(text: string): DurationResult {
  const value = text.trim();
  const fail = (reason: "empty" | "syntax" | "unit" | "too-large"): DurationResult => ({
    ok: false,
    code: "invalid-duration",
    params: { value: text, reason },
  });
  if (value === "") return fail("empty");
  const match = DURATION.exec(value);
  if (!match) return fail("syntax");
  const unit = match[2] as string;
  if (!Object.hasOwn(SECONDS_PER_UNIT, unit)) return fail("unit");
  const seconds = Number(match[1]) * SECONDS_PER_UNIT[unit as DurationUnit];
  // Past 2^53 seconds whole seconds are no longer exact; no real window is that long.
  if (!Number.isSafeInteger(Math.round(seconds))) return fail("too-large");
  return { ok: true, seconds };
}
