/**
 * The API's query schemas against brute-force rules written out plainly: which texts each kind of
 * parameter accepts, and the year-window rule, on thousands of random inputs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../i18n/index.ts";
import { API_LANGUAGES, CircularityQuery, FlowsQuery, LoopsQuery, RankQuery, StatsQuery } from "./api.ts";
import { FlowKind } from "./deal.ts";

const digits = fc.stringMatching(/^-?[0-9]{0,5}$/);
const junk = fc.string({ maxLength: 6 });

describe("API query schemas", () => {
  it("speak the languages of src/i18n", () => {
    expect([...API_LANGUAGES]).toEqual([...LANGUAGES]);
  });

  it("an integer parameter takes whole numbers in range and nothing else", () => {
    fc.assert(
      fc.property(fc.oneof(digits, junk), (text) => {
        const expected = /^-?\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 1000;
        const result = StatsQuery.safeParse({ top: text });
        expect(result.success).toBe(expected);
        if (result.success) expect(result.data.top).toBe(Number(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("a year is four digits; a window has year, or from ≤ to", () => {
    const year = fc.option(fc.integer({ min: 1990, max: 2040 }).map(String), { nil: undefined });
    fc.assert(
      fc.property(year, year, year, (y, from, to) => {
        const query = Object.fromEntries(
          Object.entries({ year: y, from, to }).filter(([, v]) => v !== undefined),
        );
        const expected =
          !(y !== undefined && (from !== undefined || to !== undefined)) &&
          !(from !== undefined && to !== undefined && Number(from) > Number(to));
        expect(FlowsQuery.safeParse(query).success).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9]{1,6}$/), junk), (text) => {
        expect(FlowsQuery.safeParse({ year: text }).success).toBe(/^[1-9]\d{3}$/.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("asOf takes exactly the calendar dates YYYY, YYYY-MM, YYYY-MM-DD", () => {
    const date = fc
      .tuple(
        fc.integer({ min: 1990, max: 2040 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(date, (text) => {
        const [y, m, d] = text.split("-").map(Number) as [number, number, number];
        const real = new Date(Date.UTC(y, m - 1, d));
        const expected =
          m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
        expect(StatsQuery.safeParse({ asOf: text }).success).toBe(expected);
        expect(StatsQuery.safeParse({ asOf: text.slice(0, 7) }).success).toBe(m >= 1 && m <= 12);
      }),
      { numRuns: 3000 },
    );
  });

  it("a list takes comma-separated known items, spaces allowed, and nothing unknown", () => {
    const item = fc.oneof(fc.constantFrom(...FlowKind.options), fc.constantFrom("", "cash2", "Cash", "x"));
    fc.assert(
      fc.property(fc.array(fc.tuple(item, fc.boolean()), { minLength: 1, maxLength: 5 }), (items) => {
        const text = items.map(([k, pad]) => (pad ? ` ${k} ` : k)).join(",");
        const expected = items.every(([k]) => (FlowKind.options as string[]).includes(k));
        const result = LoopsQuery.safeParse({ kinds: text });
        expect(result.success).toBe(expected);
        if (result.success) expect(result.data.kinds).toEqual(items.map(([k]) => k));
      }),
      { numRuns: 2000 },
    );
  });

  it("minAmount takes non-negative numbers up to 10^15, plain or with an exponent", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e16, max: 1e16, noNaN: true }), (x) => {
        const text = String(x);
        const result = LoopsQuery.safeParse({ minAmount: text });
        expect(result.success).toBe(x >= 0 && x <= 1e15);
      }),
      { numRuns: 2000 },
    );
    expect(LoopsQuery.safeParse({ minAmount: "0x10" }).success).toBe(false);
    expect(LoopsQuery.safeParse({ minAmount: "" }).success).toBe(false);
    expect(LoopsQuery.safeParse({ minAmount: "Infinity" }).success).toBe(false);
  });

  it("flags are 1, 0, true or false (any case); defaults fill in", () => {
    for (const [text, value] of [
      ["1", true],
      ["true", true],
      ["True", true],
      ["0", false],
      ["false", false],
    ] as const) {
      expect(RankQuery.parse({ rank: text }).rank).toBe(value);
    }
    for (const text of ["yes", "", "on", "2"])
      expect(RankQuery.safeParse({ rank: text }).success).toBe(false);
    expect(LoopsQuery.parse({})).toEqual({
      basis: "announced",
      maxLength: 6,
      temporal: false,
      limit: 20,
      includeReported: false,
    });
    expect(CircularityQuery.parse({})).toEqual({ basis: "announced", seed: 1 });
    expect(FlowsQuery.parse({})).toEqual({ basis: "committed", unit: "USD", includeReported: false });
  });
});
