import { describe, expect, it } from "vitest";
import type { Financial } from "../model/records.ts";
import { calendarise, lastMonthIndex, projectFiscal } from "./calendarise.ts";
import { entityYears } from "./entity-financials.ts";

const fy = (period: string, periodEnd: string, value: number, forecast = false) => ({
  period,
  periodEnd,
  value,
  forecast,
  sources: [`s-${period}`],
});

describe("fiscal years laid over calendar years, pro rata by months", () => {
  it("builds Nvidia's calendar 2024 from 1 month of FY2024 and 11 of FY2025, and no year it cannot cover", () => {
    // FY2024 ends 2024-01-28 (February 2023 to January 2024), FY2025 ends 2025-01-26: $60.922B and
    // $130.497B (10-K). 60.922/12 + 130.497 × 11/12 = 124.70.
    const years = calendarise([fy("FY2024", "2024-01-28", 60.922), fy("FY2025", "2025-01-26", 130.497)]);
    expect(years.map((y) => y.year)).toEqual([2024]);
    expect(years[0]?.value).toBeCloseTo(5.0768 + 119.6223, 3);
    expect(years[0]?.parts).toEqual([
      { period: "FY2024", months: 1 },
      { period: "FY2025", months: 11 },
    ]);
    expect(years[0]?.sources).toEqual(["s-FY2024", "s-FY2025"]);
  });

  it("ends a fiscal year that closes early in a month with the month before (Broadcom, 3 November)", () => {
    expect(lastMonthIndex("2024-11-03") % 12).toBe(9); // October
    expect(lastMonthIndex("2024-06-30") % 12).toBe(5); // June (Microsoft)
    const years = calendarise([fy("FY2023", "2023-10-29", 12), fy("FY2024", "2024-11-03", 24)]);
    // Calendar 2023: November and December belong to FY2024, January to October to FY2023.
    expect(years).toMatchObject([{ year: 2023, value: 10 + 4, parts: [{ months: 10 }, { months: 2 }] }]);
  });

  it("keeps the first figure of a fiscal year and marks a year with a forecast part", () => {
    const years = calendarise([
      fy("FY2024", "2024-06-30", 12),
      fy("FY2024", "2024-06-30", 99, true),
      fy("FY2025", "2025-06-30", 24, true),
    ]);
    expect(years).toMatchObject([{ year: 2024, value: 18, forecast: true }]);
  });

  it("fills the funding view's calendar years after the calendar figures, revenue and result alike", () => {
    const f = (metric: string, period: string, value: number, periodEnd?: string) =>
      ({ entity: "co", metric, period, unit: "USD", value, sources: ["s"], periodEnd }) as Financial;
    const years = entityYears(
      [
        f("revenue", "FY2024", 12, "2024-06-30"),
        f("revenue", "FY2025", 24, "2025-06-30"),
        f("revenue", "2023", 7),
        f("operating-cash-flow", "FY2024", 6, "2024-06-30"),
        // No last day: it takes the month and day of the company's other fiscal years.
        f("operating-cash-flow", "FY2025", 10),
      ],
      "co",
    );
    expect(years.revenue.get(2024)).toMatchObject({ value: 18, source: "fiscal" });
    expect(years.revenue.get(2023)).toMatchObject({ value: 7, source: "reported" });
    expect(years.revenue.has(2025)).toBe(false);
    expect(years.result.get(2024)).toMatchObject({
      value: 8,
      source: "fiscal",
      metric: "operating-cash-flow",
    });
  });
});

describe("a fiscal-year reporter projected: the fiscal series grows, then is calendarised", () => {
  // Fiscal years ending 31 October (Broadcom's, near enough): FY2024 is November 2023 to October 2024.
  const figures = [fy("FY2023", "2023-10-31", 36), fy("FY2024", "2024-10-31", 48)];

  it("keeps the months a reported fiscal year covers and projects only the rest", () => {
    // 2024 = 10/12 of FY2024 (48) + 2/12 of FY2025 projected at 48 × 1.5 = 72: 40 + 12 = 52.
    expect(projectFiscal(figures, 0.5, 2024)).toBeCloseTo(52, 9);
    // 2025 = 10/12 of FY2025 (72) + 2/12 of FY2026 (108): 60 + 18 = 78.
    expect(projectFiscal(figures, 0.5, 2025)).toBeCloseTo(78, 9);
    // Held flat, every later year is the last fiscal year's figure.
    expect(projectFiscal(figures, 0, 2030)).toBeCloseTo(48, 9);
  });

  it("gives the years the figures cover as calendarise does, and nothing before them or across a gap", () => {
    expect(projectFiscal(figures, 0.5, 2023)).toBeCloseTo(calendarise(figures)[0]?.value ?? Number.NaN, 9);
    expect(projectFiscal(figures, 0.5, 2022)).toBeUndefined();
    const gap = [fy("FY2021", "2021-10-31", 10), fy("FY2023", "2023-10-31", 30)];
    expect(projectFiscal(gap, 0, 2022)).toBeUndefined();
    expect(projectFiscal([], 0, 2024)).toBeUndefined();
  });
});
