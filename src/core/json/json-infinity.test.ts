import { describe, expect, it } from "vitest";
import { infinityAsString } from "./json-infinity.ts";

describe("infinityAsString", () => {
  it("writes ±Infinity as strings, NaN as null, and leaves other values alone", () => {
    const text = JSON.stringify(
      { up: Number.POSITIVE_INFINITY, down: [Number.NEGATIVE_INFINITY], nan: Number.NaN, x: 1.5, s: "a" },
      infinityAsString,
    );
    expect(JSON.parse(text)).toEqual({ up: "Infinity", down: ["-Infinity"], nan: null, x: 1.5, s: "a" });
  });
});
