import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../time/dates.ts";
import { spread, yearSharesOfRange, yearSharesOfSchedule } from "./spread.ts";

describe("spreading over years", () => {
  it("splits a two-year period by days: 2025 has 365 of 731 days of 2025–2026-01-01", () => {
    const shares = yearSharesOfRange({ start: dayNumber(2025, 1, 1), end: dayNumber(2026, 1, 1) });
    expect(shares).toEqual([
      { year: 2025, share: 365 / 366 },
      { year: 2026, share: 1 / 366 },
    ]);
  });

  it("normalises schedule weights and sorts them by year", () => {
    expect(
      yearSharesOfSchedule([
        { year: 2027, share: 3 },
        { year: 2026, share: 1 },
      ]),
    ).toEqual([
      { year: 2026, share: 0.25 },
      { year: 2027, share: 0.75 },
    ]);
  });

  it("year shares of any day range are positive and sum to 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18000, max: 25000 }),
        fc.integer({ min: 0, max: 4000 }),
        (start, length) => {
          const shares = yearSharesOfRange({ start, end: start + length });
          expect(shares.every((s) => s.share > 0)).toBe(true);
          expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it("spread parts of an amount sum to the amount, range included", () => {
    const parts = spread(
      { value: 90, low: 60, high: 120 },
      yearSharesOfSchedule([
        { year: 1, share: 1 },
        { year: 2, share: 2 },
      ]),
    );
    expect(parts.map((p) => p.amount)).toEqual([
      { value: 30, low: 20, high: 40 },
      { value: 60, low: 40, high: 80 },
    ]);
  });
});
