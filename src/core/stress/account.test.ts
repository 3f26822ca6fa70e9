import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AccountEvent, count, renderAccount, usd } from "./account.ts";

/** Intl keeps a number and its scale word together with a no-break space; compare with plain spaces. */
const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, " "));

const names = (id: string) => ({ en: id.toUpperCase(), ar: `«${id}»` });

describe("renderAccount", () => {
  it("renders each event from its template, with amounts and counts in each language's style", () => {
    const events: AccountEvent[] = [
      { code: "shock", entity: "lab", detail: "revenue", amount: 34.4e9 },
      { code: "shock", entity: "lab", detail: "default", amount: 0 },
      { code: "wave", wave: 2, entities: ["a", "b"] },
      { code: "largest-loss", entity: "a", amount: 141.3e9 },
      { code: "unfunded", amount: 192.4e9, deals: 9 },
    ];
    expect(plain(renderAccount(events, names, "en"))).toEqual([
      "LAB loses revenue of $34.4B.",
      "LAB fails outright.",
      "Wave 2: A, B default.",
      "The largest loss falls on A: $141.3B.",
      "$192.4B of commitments across 9 deals go unfunded.",
    ]);
    expect(plain(renderAccount(events, names, "ar"))).toEqual([
      "«lab» تخسر إيرادات قدرها 34.4 مليار دولار.",
      "«lab» تتعثر تعثرًا مباشرًا.",
      "الموجة 2: تتعثر «a»، «b».",
      "أكبر خسارة تقع على «a»: 141.3 مليار دولار.",
      "تبقى التزامات قدرها 192.4 مليار دولار في 9 صفقات بلا تمويل.",
    ]);
  });

  it("counts deals with the Arabic forms of one, two, 3–10 and 11 and more; English singular for one", () => {
    const line = (deals: number, lang: "en" | "ar") =>
      plain(renderAccount([{ code: "unfunded", amount: 2e9, deals }], names, lang))[0];
    expect(line(1, "en")).toBe("$2B of commitments across 1 deal goes unfunded.");
    expect(line(1, "ar")).toBe("تبقى التزامات قدرها ملياري دولار في صفقة واحدة بلا تمويل.");
    expect(line(2, "ar")).toBe("تبقى التزامات قدرها ملياري دولار في صفقتين بلا تمويل.");
    expect(line(10, "ar")).toContain("في 10 صفقات");
    expect(line(11, "ar")).toContain("في 11 صفقةً");
  });
});

describe("usd and count", () => {
  it("write dollars compactly: English symbol, Arabic name and Arabic-Indic digits", () => {
    expect([usd(1.23e9), usd(350e6), usd(1.4e12), usd(12), usd(-2.5e9)]).toEqual([
      "$1.2B",
      "$350M",
      "$1.4T",
      "$12",
      "-$2.5B",
    ]);
    expect(plain([usd(1.23e9, "ar"), usd(350e6, "ar"), usd(1.4e12, "ar")])).toEqual([
      "1.2 مليار دولار",
      "350 مليون دولار",
      "1.4 تريليون دولار",
    ]);
    // The scale word agrees with the number: dual for 2, plural for 3–10, singular from 11.
    expect([usd(1e9, "ar"), usd(2e9, "ar"), usd(5e9, "ar"), usd(11e9, "ar"), usd(3e12, "ar")]).toEqual([
      "مليار دولار",
      "ملياري دولار",
      "5 مليارات دولار",
      "11 مليار دولار",
      "3 تريليونات دولار",
    ]);
    expect(usd(105e9, "ar")).toBe("105 مليارات دولار");
    expect(usd(950e9, "ar")).toBe("950 مليار دولار");
    expect(usd(999.96e9, "ar")).toBe("تريليون دولار");
    expect([count(0, "ar"), count(2026, "ar"), count(2026, "en")]).toEqual(["0", "2026", "2026"]);
  });

  it("amounts use only Western digits in both languages, Arabic in words without a currency sign", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), (v) => {
        expect(usd(v, "ar")).not.toMatch(/[٠-٩$]|ترليون/);
        expect(usd(v, "ar")).toMatch(/دولار$/);
        expect(usd(v, "en")).not.toMatch(/[٠-٩]/);
        expect(usd(v, "en").startsWith("$")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
