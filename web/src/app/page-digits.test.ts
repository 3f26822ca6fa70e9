import { describe, expect, it } from "vitest";
import { arabicDigitsOf } from "./page-digits.ts";

describe("the page's numbers under Arabic-Indic digits", () => {
  it("converts the data's own numbers in Arabic text, decimals and percentages included", () => {
    expect(arabicDigitsOf("صفقة بقيمة 500 مليار دولار", false)).toBe("صفقة بقيمة ٥٠٠ مليار دولار");
    expect(arabicDigitsOf("3.7 تريليون دولار (30%)", false)).toBe("٣٫٧ تريليون دولار (٣٠٪)");
    expect(arabicDigitsOf("إس آند بي 500", false)).toBe("إس آند بي ٥٠٠");
  });

  it("in a Latin fragment converts only a number standing alone, never one inside a name or a code", () => {
    expect(arabicDigitsOf("Form 10-K", true)).toBe("Form 10-K");
    expect(arabicDigitsOf("GB200", true)).toBe("GB200");
    expect(arabicDigitsOf("https://example.com/2025/10", true)).toBe("https://example.com/2025/10");
    expect(arabicDigitsOf("ledger.csv: 3", true)).toBe("ledger.csv: ٣");
  });

  it("leaves a text without digits as it is", () => {
    expect(arabicDigitsOf("أوبن أيه آي", false)).toBe("أوبن أيه آي");
  });
});
