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
      "«lab» تخسر إيرادات قدرها ٣٤٫٤ مليار دولار أمريكي.",
      "«lab» تتعثر تعثرًا مباشرًا.",
      "الموجة ٢: تتعثر «a»، «b».",
      "أكبر خسارة تقع على «a»: ١٤١٫٣ مليار دولار أمريكي.",
      "تبقى التزامات قدرها ١٩٢٫٤ مليار دولار أمريكي في ٩ صفقات بلا تمويل.",
    ]);
  });

  it("counts deals with the Arabic forms of one, two, 3–10 and 11 and more; English singular for one", () => {
    const line = (deals: number, lang: "en" | "ar") =>
      plain(renderAccount([{ code: "unfunded", amount: 2e9, deals }], names, lang))[0];
    expect(line(1, "en")).toBe("$2B of commitments across 1 deal goes unfunded.");
    expect(line(1, "ar")).toBe("تبقى التزامات قدرها ٢ مليار دولار أمريكي في صفقة واحدة بلا تمويل.");
    expect(line(2, "ar")).toBe("تبقى التزامات قدرها ٢ مليار دولار أمريكي في صفقتين بلا تمويل.");
    expect(line(10, "ar")).toContain("في ١٠ صفقات");
    expect(line(11, "ar")).toContain("في ١١ صفقة");
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
      "١٫٢ مليار دولار أمريكي",
      "٣٥٠ مليون دولار أمريكي",
      "١٫٤ ترليون دولار أمريكي",
    ]);
    expect([count(0, "ar"), count(2026, "ar"), count(2026, "en")]).toEqual(["٠", "٢٠٢٦", "2026"]);
  });

  it("Arabic amounts use only Arabic-Indic digits and English ones only Latin digits", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), (v) => {
        expect(usd(v, "ar")).not.toMatch(/[0-9]/);
        expect(usd(v, "en")).not.toMatch(/[٠-٩]/);
        expect(usd(v, "en").startsWith("$")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
