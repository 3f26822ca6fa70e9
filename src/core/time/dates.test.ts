import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { dayNumber, endAfterYears, firstDay, isoOfDay, lastDay, yearOfDay } from "./dates.ts";

describe("ISO dates of any precision", () => {
  it("reads a year, a month and a day as their first and last days", () => {
    expect(isoOfDay(firstDay("2025"))).toBe("2025-01-01");
    expect(isoOfDay(lastDay("2025"))).toBe("2025-12-31");
    expect(isoOfDay(lastDay("2024-02"))).toBe("2024-02-29");
    expect(isoOfDay(lastDay("2025-02"))).toBe("2025-02-28");
    expect(isoOfDay(lastDay("2025-12"))).toBe("2025-12-31");
    expect(firstDay("2025-09-22")).toBe(lastDay("2025-09-22"));
  });

  it("counts a term in years from a start day, ending the day before the anniversary", () => {
    expect(isoOfDay(endAfterYears(firstDay("2025-03-10"), 5))).toBe("2030-03-09");
    expect(isoOfDay(endAfterYears(firstDay("2026-01-01"), 1))).toBe("2026-12-31");
  });

  it("knows the year of a day at the edges", () => {
    expect(yearOfDay(dayNumber(2025, 12, 31))).toBe(2025);
    expect(yearOfDay(dayNumber(2026, 1, 1))).toBe(2026);
  });

  it("rejects text that is not an ISO date", () => {
    expect(() => firstDay("22/09/2025")).toThrow(ModelInputError);
  });
});
