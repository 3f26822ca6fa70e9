import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { isolateLatin, LRI, PDI } from "./bidi.ts";
import {
  formatDate,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatRange,
  formatTimes,
  inRunDigits,
  joinList,
  joinProse,
  setDigits,
} from "./format.ts";

afterEach(() => setDigits("latn"));

describe("money", () => {
  it("writes dollars in words with the scale agreeing with the number", () => {
    expect(formatMoney("ar", 3.7e12)).toBe("3.7 تريليون دولار");
    expect(formatMoney("ar", 500e9)).toBe("500 مليار دولار");
    expect(formatMoney("ar", 5e9)).toBe("5 مليارات دولار");
    expect(formatMoney("ar", 10e9)).toBe("10 مليارات دولار");
    expect(formatMoney("ar", 11e9)).toBe("11 مليار دولار");
    expect(formatMoney("ar", 105e9)).toBe("105 مليارات دولار");
    expect(formatMoney("ar", 111e9)).toBe("111 مليار دولار");
    expect(formatMoney("ar", 100e9)).toBe("100 مليار دولار");
    expect(formatMoney("ar", 2e9)).toBe("ملياري دولار");
    expect(formatMoney("ar", 1e9)).toBe("مليار دولار");
    expect(formatMoney("ar", 7e6)).toBe("7 ملايين دولار");
    expect(formatMoney("ar", 750_000)).toBe("750,000 دولار");
    expect(formatMoney("ar", -5e9)).toBe("-5 مليارات دولار");
    // 999.96 billion rounds to a trillion, not to "1,000 مليار".
    expect(formatMoney("ar", 999.96e9)).toBe("تريليون دولار");
    expect(formatMoney("ar", 950e9)).toBe("950 مليار دولار");
    expect(formatMoney("ar", 999.96e6)).toBe("مليار دولار");
  });

  it("agrees for every whole number of billions (property, against the hand-written rule)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        // (950 billion once read "تريليون دولار": the scale was picked after rounding)
        const rest = n % 100;
        const expected =
          n === 1
            ? "مليار دولار"
            : n === 2
              ? "ملياري دولار"
              : `${n} ${rest >= 3 && rest <= 10 ? "مليارات" : "مليار"} دولار`;
        expect(formatMoney("ar", n * 1e9)).toBe(expected);
      }),
    );
  });

  it("keeps English as before", () => {
    expect(formatMoney("en", 3.7e12)).toBe("$3.7T");
    expect(formatMoney("en", 853.4e9)).toBe("$853.4B");
  });

  it("never writes a dollar sign, ترليون or a bidi mark in Arabic (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), (v) => {
        const text = formatMoney("ar", v);
        expect(text).not.toMatch(/\$|ترليون|[\u200e\u200f\u061c]|[٠-٩]/);
        expect(text.endsWith("دولار")).toBe(true);
      }),
    );
  });
});

describe("units, percentages, dates, lists", () => {
  it("writes units in Arabic words", () => {
    expect(formatQuantity("ar", 51.8, "GW")).toBe("51.8 جيجاوات");
    expect(formatQuantity("ar", 300, "MW")).toBe("300 ميجاوات");
    expect(formatQuantity("ar", 4.2, "TWh")).toBe("4.2 تيراوات ساعة");
    expect(formatQuantity("ar", 25e9, "USD-per-GW")).toBe("25 مليار دولار لكل جيجاوات");
    expect(formatQuantity("en", 51.8, "GW")).toBe("51.8 GW");
  });

  it("never shows a compound unit's code in English: a dollar rate is money over the unit", () => {
    // The power page's electricity price read "80.6 USD-per-MWh" (the unit's id as its label).
    expect(formatQuantity("en", 80.6, "USD-per-MWh")).toBe("$80.6/MWh");
    expect(formatQuantity("en", 25e9, "USD-per-GW")).toBe("$25B/GW");
    expect(formatQuantity("en", 750_000, "homes-per-GW")).toBe("750,000 homes per GW");
    expect(formatQuantity("en", 82, "basis-points")).toBe("82 bp");
    expect(formatQuantity("en", 900_000, "wafers-per-month")).toBe("900,000 wafers a month");
  });

  it("writes a multiple as the Arabic press does, the word after the number, never a × sign", () => {
    expect(formatTimes("en", 1.554)).toBe("1.55×");
    expect(formatTimes("ar", 1.554)).toBe("1.55 مرة");
    expect(formatTimes("ar", 3)).toBe("3 مرات");
    expect(formatTimes("ar", 15)).toBe("15 مرة");
    expect(formatTimes("ar", 1)).toBe("مرة واحدة");
    expect(formatTimes("ar", 0.999)).toBe("مرة واحدة");
    expect(formatTimes("ar", 2)).toBe("مرتان");
    expect(formatTimes("ar", 2.5)).toBe("2.5 مرة");
    expect(formatTimes("en", 1)).toBe("1×");
    expect(formatTimes("ar", 2.999)).toBe("3 مرات");
    expect(formatQuantity("ar", 1.24, "ratio")).toBe("1.24 مرة");
    expect(formatQuantity("ar", 1.24, "ratio")).not.toContain("×");
    setDigits("arab");
    expect(formatTimes("ar", 1.554)).toBe("١٫٥٥ مرة");
  });

  it("writes the percent sign of the digit system", () => {
    expect(formatPercent("ar", 12.5)).toBe("12.5%");
    setDigits("arab");
    expect(formatPercent("ar", 12.5)).toBe("١٢٫٥٪");
    expect(formatMoney("ar", 3.7e12)).toBe("٣٫٧ تريليون دولار");
  });

  it("writes dates as the press does in Arabic and keeps ISO in English", () => {
    expect(formatDate("ar", "2026-12-05")).toBe("5 ديسمبر 2026");
    expect(formatDate("ar", "2025-03")).toBe("مارس 2025");
    expect(formatDate("ar", "2026")).toBe("2026");
    expect(formatDate("ar", "FY2026")).toBe("FY2026");
    expect(formatDate("en", "2026-12-05")).toBe("2026-12-05");
    setDigits("arab");
    expect(formatDate("ar", "2026-12-05")).toBe("٥ ديسمبر ٢٠٢٦");
  });

  it("writes ranges with the scale and unit once in Arabic, both ends in full in English", () => {
    expect(formatRange("ar", 3e12, 3.4e12, "USD")).toBe("3–3.4 تريليون دولار");
    expect(formatRange("ar", 3e9, 5e9, "USD")).toBe("3–5 مليارات دولار");
    expect(formatRange("ar", 1e9, 2e9, "USD")).toBe("1–2 مليار دولار");
    expect(formatRange("ar", 900e9, 1.2e12, "USD")).toBe("900 مليار دولار – 1.2 تريليون دولار");
    expect(formatRange("ar", 50.3, 53.3, "GW")).toBe("50.3–53.3 جيجاوات");
    expect(formatRange("en", 3e12, 3.4e12, "USD")).toBe("$3T – $3.4T");
  });

  it("joins Arabic lists with the Arabic comma", () => {
    expect(joinList("ar", ["إنفيديا", "أوراكل"])).toBe("إنفيديا، أوراكل");
    expect(joinList("en", ["Nvidia", "Oracle"])).toBe("Nvidia, Oracle");
    expect(joinProse("ar", ["كورويف", "أوبن أيه آي"])).toBe("كورويف وأوبن أيه آي");
    expect(joinProse("ar", ["أ", "ب", "ج"])).toBe("أ، ب وج");
    expect(joinProse("en", ["CoreWeave", "Nvidia", "OpenAI"])).toBe("CoreWeave, Nvidia and OpenAI");
    expect(joinProse("en", ["Oracle"])).toBe("Oracle");
  });
});

describe("text from core in the run's digits", () => {
  it("turns Western numbers into Arabic-Indic ones under --digits arab only, leaving isolates alone", () => {
    const line = `تخسر 34.4 مليار دولار في 1,200 صفقة ${LRI}S&P 500${PDI}`;
    expect(inRunDigits("ar", line)).toBe(line);
    setDigits("arab");
    expect(inRunDigits("ar", line)).toBe(`تخسر ٣٤٫٤ مليار دولار في ١٬٢٠٠ صفقة ${LRI}S&P 500${PDI}`);
    expect(inRunDigits("en", "34.4")).toBe("34.4");
  });
});

describe("isolating Latin fragments in Arabic text", () => {
  const shown = (text: string) => isolateLatin(text).replaceAll(LRI, "[").replaceAll(PDI, "]");

  it("wraps names, titles, tickers and options, leaving the Arabic sentence's punctuation outside", () => {
    expect(shown("استثمرت Nvidia في OpenAI.")).toBe("استثمرت [Nvidia] في [OpenAI].");
    expect(shown('Reuters، "OpenAI\'s $110 billion round"')).toBe(
      '[Reuters]، ["OpenAI\'s $110 billion round"]',
    );
    expect(shown("حساب 401(k) للتقاعد")).toBe("حساب [401(k)] للتقاعد");
    expect(shown("(الخيار --json)")).toBe("(الخيار [--json])");
    // a path keeps its leading slash or dot inside the isolate
    expect(shown("/tmp/l.csv (csv): قُرئ")).toBe("[/tmp/l.csv (csv)]: قُرئ");
    expect(shown("الملف ./ledger.csv")).toBe("الملف [./ledger.csv]");
    expect(shown("نقد) ⟦Memesita 2026-02-27⟧".replace("⟦", "[").replace("⟧", "]"))).toBe(
      "نقد) [[Memesita 2026-02-27]]",
    );
  });

  it("leaves Arabic with Western digits alone and does not wrap twice", () => {
    expect(shown("بلغت 3.7 مليار دولار في 2025")).toBe("بلغت 3.7 مليار دولار في 2025");
    expect(isolateLatin(`مؤشر ${LRI}S&P 500${PDI}`)).toBe(`مؤشر ${LRI}S&P 500${PDI}`);
    // a first-strong isolate (FSI) around a ticker is kept as it is too
    expect(isolateLatin("أوراكل (\u2068NYSE:ORCL\u2069)")).toBe("أوراكل (\u2068NYSE:ORCL\u2069)");
  });
});
