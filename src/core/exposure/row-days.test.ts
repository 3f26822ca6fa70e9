import { describe, expect, it } from "vitest";
import type { FlowRow } from "../flows/expand.ts";
import type { Deal } from "../model/deal.ts";
import { dayNumber } from "../time/dates.ts";
import { overlapShare, rowDays } from "./row-days.ts";

const deal = (extra: Partial<Deal>, flow: object = {}) =>
  ({ id: "d", announced: "2025-10-28", flows: [{ id: "f", ...flow }], ...extra }) as unknown as Deal;
const row = (year: number, timing: FlowRow["timing"]) => ({ deal: "d", flow: "f", year, timing }) as FlowRow;
const day = (iso: string) => Date.parse(iso) / 86_400_000;
const JUNE_FY2025 = { start: day("2024-07-01"), end: day("2025-06-30") };

describe("the days of a flow row", () => {
  it("a lump at announcement sits on its day: a fiscal year ending in June takes none of an October deal", () => {
    const r = rowDays(deal({}), row(2025, "at-announcement"), "announced");
    expect(r).toEqual({ start: day("2025-10-28"), end: day("2025-10-28") });
    expect(overlapShare(r, JUNE_FY2025)).toBe(0);
  });

  it("an announcement dated to the month covers the month", () => {
    const r = rowDays(deal({ announced: "2025-03" }), row(2025, "at-announcement"), "announced");
    expect(r).toEqual({ start: day("2025-03-01"), end: day("2025-03-31") });
    expect(overlapShare(r, JUNE_FY2025)).toBe(1);
  });

  it("a spread flow covers the period's days inside the row's year", () => {
    const d = deal({ period: { start: "2024-10-01", end: "2026-09-30" } } as Partial<Deal>);
    const r = rowDays(d, row(2025, "spread"), "announced");
    expect(r).toEqual({ start: dayNumber(2025, 1, 1), end: dayNumber(2025, 12, 31) });
    const first = rowDays(d, row(2024, "spread"), "announced");
    expect(first).toEqual({ start: day("2024-10-01"), end: day("2024-12-31") });
    // All of Oct–Dec 2024 lies inside FY2025 (July 2024 to June 2025).
    expect(overlapShare(first, JUNE_FY2025)).toBe(1);
    // 181 of 2025's 365 days lie inside it.
    expect(overlapShare(r, JUNE_FY2025)).toBeCloseTo(181 / 365, 12);
  });

  it("on the paid basis the paid-to date ends the period", () => {
    const d = deal({ period: { start: "2025-01-01", end: "2026-12-31" } } as Partial<Deal>, {
      paid: { value: 1, sources: ["s"], asOf: "2025-03-31" },
    });
    expect(rowDays(d, row(2025, "spread"), "paid")).toEqual({
      start: day("2025-01-01"),
      end: day("2025-03-31"),
    });
  });

  it("a schedule (or an unknown deal) says nothing finer than the year", () => {
    const whole = { start: dayNumber(2025, 1, 1), end: dayNumber(2025, 12, 31) };
    expect(rowDays(deal({}), row(2025, "schedule"), "announced")).toEqual(whole);
    expect(rowDays(undefined, row(2025, "spread"), "announced")).toEqual(whole);
  });
});
