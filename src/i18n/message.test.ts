import { describe, expect, it } from "vitest";
import { setDigits } from "./format.ts";
import { hasMessage, message, messageOrKey } from "./message.ts";

describe("message", () => {
  it("applies English plural rules", () => {
    expect(message("en", "report.sample.deals", { count: 1 })).toBe("1 deal");
    expect(message("en", "report.sample.deals", { count: 12 })).toBe("12 deals");
  });

  it("applies all six Arabic plural forms, as the press counts", () => {
    const forms = [0, 1, 2, 3, 11, 100].map((count) => message("ar", "report.sample.deals", { count }));
    expect(forms).toEqual(["لا صفقات", "صفقة واحدة", "صفقتان", "3 صفقات", "11 صفقةً", "100 صفقة"]);
  });

  it("writes counts in the run's digit system", () => {
    setDigits("arab");
    try {
      expect(message("ar", "report.sample.deals", { count: 11 })).toBe("١١ صفقةً");
    } finally {
      setDigits("latn");
    }
  });

  it("joins list values with the language's comma", () => {
    expect(message("en", "report.sample.dealsIn", { count: 2, place: ["Texas", "Ohio"] })).toBe(
      "2 deals in Texas, Ohio",
    );
  });

  it("reads an unknown run-time key as itself and knows which keys exist", () => {
    expect(messageOrKey("en", "problem.no-such-code")).toBe("problem.no-such-code");
    expect(hasMessage("ar", "report.sample.deals")).toBe(true);
    expect(hasMessage("ar", "report.sample")).toBe(false);
  });
});
