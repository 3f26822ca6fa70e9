import { describe, expect, it } from "vitest";
import { dayNumber, isoOfDay } from "../time/dates.ts";
import { addMonths, cumulativeSteps, delaySteps, levelAtYearEnd } from "./steps.ts";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayNumber(y as number, m as number, d as number);
};

describe("step schedules", () => {
  it("reads the level on 31 December, switching steps on and off", () => {
    const steps = [
      { on: day("2026-06-30"), gw: 1 },
      { on: day("2027-01-01"), off: day("2028-12-30"), gw: 2 },
    ];
    expect([2025, 2026, 2027, 2028].map((y) => levelAtYearEnd(steps, y))).toEqual([0, 1, 3, 1]);
  });

  it("adds months, keeping the day of month within the month's length", () => {
    expect(isoOfDay(addMonths(day("2026-01-31"), 1))).toBe("2026-02-28");
    expect(isoOfDay(addMonths(day("2027-12-31"), 2))).toBe("2028-02-29");
    expect(isoOfDay(addMonths(day("2026-06-30"), 24))).toBe("2028-06-30");
    expect(isoOfDay(addMonths(day("2026-03-15"), -3))).toBe("2025-12-15");
  });

  it("delays only what is not yet on by the as-of day, keeping a contract's length", () => {
    const steps = [
      { on: day("2025-01-01"), gw: 1 },
      { on: day("2026-01-01"), off: day("2030-12-31"), gw: 2 },
    ];
    const delayed = delaySteps(steps, 24, day("2025-06-01"));
    expect(delayed[0]).toEqual(steps[0]);
    expect(delayed[1]).toEqual({ on: day("2028-01-01"), off: day("2032-12-31"), gw: 2 });
  });

  it("turns a cumulative schedule into increments, in date order", () => {
    const steps = cumulativeSteps([
      { date: "2028", gw: 2 },
      { date: "2026-06", gw: 1 },
    ]);
    expect(steps).toEqual([
      { on: day("2026-06-30"), gw: 1 },
      { on: day("2028-12-31"), gw: 1 },
    ]);
  });
});
