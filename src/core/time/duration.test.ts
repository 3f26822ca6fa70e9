import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DurationUnit, parseDuration, SECONDS_PER_UNIT } from "./duration.ts";

const seconds = (text: string) => {
  const result = parseDuration(text);
  return result.ok ? result.seconds : result.params.reason;
};

describe("parseDuration", () => {
  it("reads each unit (checked by hand)", () => {
    expect(seconds("90s")).toBe(90);
    expect(seconds("30m")).toBe(1_800);
    expect(seconds("12h")).toBe(43_200);
    expect(seconds("365d")).toBe(31_536_000);
    expect(seconds("2w")).toBe(1_209_600);
    // A Julian year: 365.25 × 86 400.
    expect(seconds("1y")).toBe(31_557_600);
  });

  it("takes decimals, zero and surrounding spaces", () => {
    expect(seconds("1.5h")).toBe(5_400);
    expect(seconds(".5d")).toBe(43_200);
    expect(seconds("0s")).toBe(0);
    expect(seconds(" 7d ")).toBe(604_800);
    expect(seconds("7 d")).toBe(604_800);
  });

  it("returns errors as data, with the text and the reason", () => {
    expect(parseDuration("1M")).toEqual({
      ok: false,
      code: "invalid-duration",
      params: { value: "1M", reason: "unit" },
    });
    expect(seconds("")).toBe("empty");
    expect(seconds("   ")).toBe("empty");
    expect(seconds("1mo")).toBe("unit");
    expect(seconds("3D")).toBe("unit");
    expect(seconds("d")).toBe("syntax");
    expect(seconds("12")).toBe("syntax");
    expect(seconds("-1d")).toBe("syntax");
    expect(seconds("1e3s")).toBe("syntax");
    expect(seconds("1d12h")).toBe("syntax");
    expect(seconds("1.d")).toBe("syntax");
    expect(seconds("999999999999y")).toBe("too-large");
  });

  it("is n × the unit's seconds for every whole n (property)", () => {
    const units = Object.keys(SECONDS_PER_UNIT) as DurationUnit[];
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...units), (n, unit) => {
        expect(parseDuration(`${n}${unit}`)).toEqual({ ok: true, seconds: n * SECONDS_PER_UNIT[unit] });
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const result = parseDuration(text);
        if (result.ok) expect(result.seconds).toBeGreaterThanOrEqual(0);
        else expect(result.params.value).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
