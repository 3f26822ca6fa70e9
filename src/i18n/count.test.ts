import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { countNoun, type NounKey } from "./count.ts";
import { setDigits } from "./format.ts";
import { catalogueAr, catalogueEn } from "./messages/index.ts";

afterEach(() => setDigits("latn"));

/** The forms of a few nouns as docs/arabic-style.md lists them: singular, one, two, plural, accusative. */
const FORMS: Partial<Record<NounKey, readonly [string, string, string, string, string]>> = {
  deal: ["صفقة", "صفقة واحدة", "صفقتان", "صفقات", "صفقةً"],
  source: ["مصدر", "مصدر واحد", "مصدران", "مصادر", "مصدرًا"],
  step: ["خطوة", "خطوة واحدة", "خطوتان", "خطوات", "خطوةً"],
  year: ["سنة", "سنة واحدة", "سنتان", "سنوات", "سنةً"],
};

/** The rule of docs/arabic-style.md written out by hand, independently of CLDR's plural rules. */
function expectedArabic(n: number, noun: NounKey): string {
  const [singular, one, two, plural, accusative] = FORMS[noun] ?? [];
  const rest = n % 100;
  if (n === 1) return one as string;
  if (n === 2) return two as string;
  if (rest >= 3 && rest <= 10) return `${n.toLocaleString("en-US")} ${plural}`;
  if (rest >= 11) return `${n.toLocaleString("en-US")} ${accusative}`;
  return `${n.toLocaleString("en-US")} ${singular}`; // 0, 100–102, 200–202 …
}

const CHECKED = Object.keys(FORMS) as NounKey[];

describe("counted nouns", () => {
  it("agree with every count from 0 to 120 as the hand-written rule says", () => {
    for (const noun of CHECKED) {
      for (let n = 0; n <= 120; n++) expect(countNoun("ar", n, noun)).toBe(expectedArabic(n, noun));
    }
  });

  it("agree for any whole count (property, against the hand-written rule)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(...CHECKED), (n, noun) => {
        expect(countNoun("ar", n, noun)).toBe(expectedArabic(n, noun));
      }),
    );
  });

  it("read as the press writes them", () => {
    expect(countNoun("ar", 168, "source")).toBe("168 مصدرًا");
    expect(countNoun("ar", 86, "entity")).toBe("86 جهةً");
    expect(countNoun("ar", 98, "deal")).toBe("98 صفقةً");
    expect(countNoun("ar", 2, "step")).toBe("خطوتان");
    expect(countNoun("ar", 5, "step")).toBe("5 خطوات");
    expect(countNoun("ar", 11, "step")).toBe("11 خطوةً");
    expect(countNoun("en", 1, "deal")).toBe("1 deal");
    expect(countNoun("en", 98, "deal")).toBe("98 deals");
    expect(countNoun("en", 1234, "row")).toBe("1,234 rows");
  });

  it("write the count in the run's digits", () => {
    setDigits("arab");
    expect(countNoun("ar", 168, "source")).toBe("١٦٨ مصدرًا");
  });

  it("have the same nouns in both languages", () => {
    expect(Object.keys(catalogueAr.report.common.count).sort()).toEqual(
      Object.keys(catalogueEn.report.common.count).sort(),
    );
  });
});
