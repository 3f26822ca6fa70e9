import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { calendarWeights, fiscalWindow, isAnnualPeriod, periodYear, projectedEnd } from "./fiscal-year.ts";

const DAY = 86_400_000;
const days = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / DAY + 1;
const daysInYear = (y: number) => days(`${y}-01-01`, `${y}-12-31`);

describe("fiscal windows", () => {
  it("a plain year is the calendar year", () => {
    expect(fiscalWindow("2024")).toEqual({
      period: "2024",
      start: "2024-01-01",
      end: "2024-12-31",
      calendar: true,
    });
  });

  it("NVIDIA FY2025 runs from the day after FY2024's end (2024-01-28) to 2025-01-26", () => {
    expect(fiscalWindow("FY2025", "2025-01-26", "2024-01-28")).toEqual({
      period: "FY2025",
      start: "2024-01-29",
      end: "2025-01-26",
      calendar: false,
    });
  });

  it("without the previous end, a fiscal year starts the day after the same date a year before", () => {
    expect(fiscalWindow("FY2025", "2025-06-30")?.start).toBe("2024-07-01");
    expect(fiscalWindow("FY2025", "2025-01-26")?.start).toBe("2024-01-27");
  });

  it("a fiscal year without an end date cannot be placed; quarters are not annual", () => {
    expect(fiscalWindow("FY2025")).toBeNull();
    expect(fiscalWindow("2025-Q3", "2025-09-30")).toBeNull();
    expect(isAnnualPeriod("2025-Q3")).toBe(false);
    expect([periodYear("FY2026"), periodYear("2024"), periodYear("FY2026-Q3")]).toEqual([2026, 2024, null]);
  });

  it("carries a fiscal calendar forward, clamping 29 February", () => {
    expect(projectedEnd("2025-01-26", 2027)).toBe("2027-01-26");
    expect(projectedEnd("2024-02-29", 2025)).toBe("2025-02-28");
  });
});

describe("calendar weights", () => {
  it("NVIDIA FY2025: 338 of 2024's 366 days and 26 of 2025's 365", () => {
    const w = calendarWeights({ start: "2024-01-29", end: "2025-01-26" });
    expect(w.map((x) => x.year)).toEqual([2024, 2025]);
    expect(w[0]?.weight).toBeCloseTo(338 / 366, 12);
    expect(w[1]?.weight).toBeCloseTo(26 / 365, 12);
  });

  it("a calendar year takes the whole of its year and nothing else", () => {
    expect(calendarWeights({ start: "2023-01-01", end: "2023-12-31" })).toEqual([{ year: 2023, weight: 1 }]);
  });

  it("weights × days in each year add up to the window's days (any window)", () => {
    const dayArb = fc.integer({ min: 0, max: 20_000 });
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 1500 }), (a, length) => {
        const start = new Date(a * DAY).toISOString().slice(0, 10);
        const end = new Date((a + length) * DAY).toISOString().slice(0, 10);
        const w = calendarWeights({ start, end });
        const covered = w.reduce((s, x) => s + x.weight * daysInYear(x.year), 0);
        expect(covered).toBeCloseTo(length + 1, 6);
        for (const x of w) expect(x.weight > 0 && x.weight <= 1).toBe(true);
      }),
    );
  });

  it("rejects a window that ends before it starts", () => {
    expect(() => calendarWeights({ start: "2025-02-01", end: "2025-01-31" })).toThrow(ModelInputError);
  });
});
