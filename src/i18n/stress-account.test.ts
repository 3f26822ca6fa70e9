import { describe, expect, it } from "vitest";
import { setDigits } from "./format.ts";
import { phraseStressAccount } from "./stress-account.ts";

/** Intl keeps a number and its scale word together with a no-break space; compare with plain spaces. */
const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, " "));

const en = (id: string) => id.toUpperCase();
const ar = (id: string) => `«${id}»`;

describe("phraseStressAccount", () => {
  const steps = [
    { code: "revenue-loss", entity: "lab", amount: 34.4e9 },
    { code: "forced-default", entity: "lab" },
    { code: "wave", wave: 2, entities: ["a", "b"] },
    { code: "largest-loss", entity: "a", amount: 141.3e9 },
    { code: "unfunded", amount: 192.4e9, deals: 9 },
  ];

  it("phrases each coded step from its message, amounts and counts in each language's style", () => {
    expect(plain(phraseStressAccount("en", steps, en))).toEqual([
      "LAB loses revenue of $34.4B.",
      "LAB fails outright.",
      "Wave 2: A and B default.",
      "The largest loss falls on A: $141.3B.",
      "$192.4B of commitments across 9 deals go unfunded.",
    ]);
    expect(plain(phraseStressAccount("ar", steps, ar))).toEqual([
      "تخسر «lab» إيرادات قدرها 34.4 مليار دولار.",
      "تتعثر «lab» مباشرةً بفعل السيناريو.",
      "الموجة 2: تتعثر «a» و«b».",
      "أكبر خسارة تقع على «a»: 141.3 مليار دولار.",
      "تبقى التزامات قدرها 192.4 مليار دولار في 9 صفقات بلا تمويل.",
    ]);
  });

  it("agrees the verb with one defaulter in English", () => {
    expect(phraseStressAccount("en", [{ code: "wave", wave: 1, entities: ["a"] }], en)).toEqual([
      "Wave 1: A defaults.",
    ]);
  });

  it("counts deals with the Arabic forms of one, two, 3–10, 11–99 and 100; English singular for one", () => {
    const line = (deals: number, lang: "en" | "ar") =>
      plain(
        phraseStressAccount(lang, [{ code: "unfunded", amount: 2e9, deals }], lang === "en" ? en : ar),
      )[0];
    expect(line(1, "en")).toBe("$2B of commitments across 1 deal goes unfunded.");
    expect(line(1, "ar")).toBe("تبقى التزامات قدرها ملياري دولار في صفقة واحدة بلا تمويل.");
    expect(line(2, "ar")).toBe("تبقى التزامات قدرها ملياري دولار في صفقتين بلا تمويل.");
    expect(line(10, "ar")).toContain("في 10 صفقات");
    expect(line(11, "ar")).toContain("في 11 صفقةً");
    expect(line(100, "ar")).toContain("في 100 صفقة بلا");
  });

  it("writes every number of a step in the run's digits (--digits arab): wave, amount and count", () => {
    setDigits("arab");
    try {
      const lines = phraseStressAccount(
        "ar",
        [{ code: "wave", wave: 0, entities: ["a"] }, steps[4] as never],
        ar,
      );
      expect(plain(lines)).toEqual([
        "الموجة ٠: تتعثر «a».",
        "تبقى التزامات قدرها ١٩٢٫٤ مليار دولار في ٩ صفقات بلا تمويل.",
      ]);
    } finally {
      setDigits("latn");
    }
  });
});
