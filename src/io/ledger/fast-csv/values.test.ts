/**
 * The fast reader's cell readers against JavaScript's own (Date.parse and Number are exact for these
 * spellings), and the spellings they must refuse.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, readIsoUtcMs, readPlainAmount, readWholeId } from "./values.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const iso = (text: string) => readIsoUtcMs(bytes(text), 0, text.length);
const amount = (text: string) => readPlainAmount(bytes(text), 0, text.length);
const id = (text: string) => readWholeId(bytes(text), 0, text.length);

describe("readIsoUtcMs", () => {
  it("reads every instant of years 0001–9999 as Date.parse does, with 0–3 fraction digits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        fc.integer({ min: 0, max: 3 }),
        (ms, digits) => {
          const full = new Date(ms).toISOString();
          const text = digits === 3 ? full : `${full.slice(0, digits === 0 ? 19 : 20 + digits)}Z`;
          expect(iso(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("knows leap days and the epoch", () => {
    expect(iso("1970-01-01T00:00:00Z")).toBe(0);
    expect(iso("2024-02-29T12:00:00.5Z")).toBe(Date.UTC(2024, 1, 29, 12, 0, 0, 500));
    expect(iso("2000-02-29T00:00:00Z")).toBe(Date.UTC(2000, 1, 29));
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
  });

  it("refuses every other spelling (the careful route reads or reports those)", () => {
    for (const text of [
      "2025-02-29T00:00:00Z",
      "1900-02-29T00:00:00Z",
      "2025-04-31T00:00:00Z",
      "2025-13-01T00:00:00Z",
      "2025-01-01T24:00:00Z",
      "2025-01-01T00:60:00Z",
      "2025-01-01T00:00:60Z",
      "0000-01-01T00:00:00Z",
      "2025-01-01T00:00:00",
      "2025-01-01T00:00:00z",
      "2025-01-01 00:00:00Z",
      "2025-01-01T00:00:00.Z",
      "2025-01-01T00:00:00.1234Z",
      "2025-01-01T00:00:00+00:00",
      "2025-1-01T00:00:00Z",
      "+2025-01-01T00:00:00Z",
      "2025-01-01",
    ])
      expect(iso(text), text).toBeNaN();
  });
});

describe("readPlainAmount", () => {
  it("reads plain decimals of up to 15 digits to the double Number gives", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,8}(\.\d{1,7})?$/), (text) => {
        expect(amount(text)).toBe(Number(text));
      }),
      { numRuns: 3000 },
    );
    expect(amount("999999999999999")).toBe(999999999999999);
    expect(amount("0.00000000000001")).toBe(1e-14);
    expect(amount("007.50")).toBe(7.5);
  });

  it("refuses signs, exponents, bare points, blanks and more than 15 digits", () => {
    for (const text of [
      "-1",
      "+1",
      "1e3",
      ".5",
      "5.",
      "1.2.3",
      "",
      " 1",
      "1,5",
      "1234567890123456",
      "NaN",
      "Infinity",
    ])
      expect(amount(text), text).toBeNaN();
  });
});

describe("readWholeId", () => {
  it("reads what ingest.ts keeps as a number, and nothing else", () => {
    expect(id("0")).toBe(0);
    expect(id("123456789012345")).toBe(123456789012345);
    for (const text of ["007", "1234567890123456", "-1", "1.0", "T1", "", "1e3"])
      expect(id(text), text).toBe(-1);
  });
});
