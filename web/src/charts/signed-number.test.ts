import { formatNum } from "@i18n/format.ts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signedNumber } from "./signed-number.ts";

const ar = { number: (v: number, d = 1) => formatNum("ar", v, d), dir: "rtl" as const };
const en = { number: (v: number, d = 1) => formatNum("en", v, d), dir: "ltr" as const };

describe("signedNumber", () => {
  it("puts a left-to-right mark and a true minus before a negative number in Arabic", () => {
    expect(signedNumber(ar, -0.5, 1)).toBe("\u200e\u22120.5");
    expect(signedNumber(en, -0.5, 1)).toBe("\u22120.5");
    expect(signedNumber(ar, 0.5, 1)).toBe("0.5");
  });

  it("shows a value that rounds to zero without a sign", () => {
    expect(signedNumber(ar, -0.01, 1)).toBe("0");
  });

  it("reads back as the number it formats, in both directions", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(ar, en), (n, i18n) => {
        const text = signedNumber(i18n, n / 100, 2)
          .replace("\u200e", "")
          .replace("\u2212", "-");
        expect(Number(text.replace(/,/g, ""))).toBeCloseTo(n / 100, 2);
      }),
    );
  });
});
