import { setDigits } from "@i18n/format.ts";
import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatDate,
  formatNumber,
  formatPercent,
  formatRatio,
  formatUsd,
  formatUsdRange,
  formatYear,
} from "./format.ts";

describe("formatting for people", () => {
  it("writes dollars compactly, with the range only when the sources disagree", () => {
    expect(formatUsd("en", 3.7e12)).toBe("$3.7T");
    expect(formatUsd("en", 1.996e12)).toBe("$2T");
    expect(formatUsd("en", 844.9e9)).toBe("$844.9B");
    expect(formatUsdRange("en", { value: 60, low: 60, high: 60 })).toBe("$60");
    expect(formatUsdRange("en", { value: 75e9, low: 60e9, high: 90e9 })).toBe("$75B ($60B – $90B)");
    expect(formatUsdRange("ar", { value: 3.2e12, low: 3e12, high: 3.4e12 })).toBe(
      "3.2 تريليون دولار (3–3.4 تريليون دولار)",
    );
    // Arabic as the press writes it: Western digits, dollars in words (docs/arabic-style.md).
    expect(formatUsd("ar", 3.7e12)).toBe("3.7 تريليون دولار");
  });

  it("writes dates at the precision the data gives, in UTC", () => {
    expect(formatDate("en", "2025")).toBe("2025");
    expect(formatDate("en", "2025-09")).toBe("September 2025");
    expect(formatDate("en", "2025-09-22")).toBe("September 22, 2025");
    expect(formatDate("ar", "2025-09-22")).toBe("22 سبتمبر 2025");
    expect(formatYear("en", 2026)).toBe("2026");
    expect(formatYear("ar", 2026)).toBe("2026");
  });

  it("writes shares and ratios, Infinity and missing included", () => {
    expect(formatPercent("en", 0.3421)).toBe("34.2%");
    expect(formatRatio("en", 1.7538)).toBe("1.75");
    expect(formatRatio("en", Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatRatio("en", null)).toBe("—");
    // One digit system in Arabic too, and no bidi marks left in the text.
    expect(formatPercent("ar", 0.3421)).not.toMatch(/[\u0660-\u0669\u200e\u200f\u061c]/);
  });

  it("writes large counts in scale words, the digits of the run in Arabic", () => {
    expect(formatCompact("en", 160e6)).toBe("160M");
    expect(formatCompact("en", 1234, 2)).toBe("1.23K");
    expect(formatCompact("ar", 160e6)).toBe("160\u00a0مليون"); // Intl keeps number and word together with a no-break space.
  });

  it("follows the shared digit setting: Arabic-Indic digits everywhere at once, or nowhere", () => {
    try {
      setDigits("arab");
      expect(formatNumber("ar", 1234.5)).toBe("١٬٢٣٤٫٥");
      expect(formatPercent("ar", 0.3421)).toBe("٣٤٫٢٪");
      expect(formatCompact("ar", 160e6)).toBe("١٦٠\u00a0مليون");
      expect(formatDate("ar", "2025-09-22")).toBe("٢٢ سبتمبر ٢٠٢٥");
      expect(formatNumber("en", 1234.5)).toBe("1,234.5");
    } finally {
      setDigits("latn");
    }
  });
});
