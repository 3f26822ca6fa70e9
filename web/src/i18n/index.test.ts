import { formatTimes } from "@i18n/format.ts";
import { describe, expect, it } from "vitest";
import { makeI18n } from "./index.ts";

describe("the page's language", () => {
  it("reads the one catalogue, counts by plural rules, and joins lists with the language's comma", () => {
    const en = makeI18n("en");
    const ar = makeI18n("ar");
    expect(en.dir).toBe("ltr");
    expect(ar.dir).toBe("rtl");
    expect(en.m("web.app.asOf", { date: "2026" })).toBe("As of 2026");
    expect([1, 2, 5, 11].map((count) => en.m("report.common.count.step", { count }))).toEqual([
      "1 step",
      "2 steps",
      "5 steps",
      "11 steps",
    ]);
    expect([1, 2, 5, 11, 100].map((count) => ar.m("report.common.count.step", { count }))).toEqual([
      "خطوة واحدة",
      "خطوتان",
      "5 خطوات",
      "11 خطوةً",
      "100 خطوة",
    ]);
    expect(ar.list(["أ", "ب"])).toBe("أ، ب");
    expect(en.list(["a", "b"])).toBe("a, b");
  });

  it("writes a multiple as the terminal does: the number and مرة in Arabic, never a × that bidi moves", () => {
    const en = makeI18n("en");
    const ar = makeI18n("ar");
    expect(en.m("web.units.times", { value: en.ratio(1.554) })).toBe("1.55×");
    expect(ar.m("web.units.times", { value: ar.ratio(1.554) })).toBe("1.55 مرة");
    expect(ar.m("web.units.times", { value: ar.ratio(3) })).toBe("3 مرات");
    expect(ar.m("web.units.times", { value: ar.ratio(1.554) })).toBe(formatTimes("ar", 1.554));
    const arab = makeI18n("ar", "arab");
    expect(arab.m("web.units.times", { value: arab.ratio(4) })).toBe("٤ مرات");
    makeI18n("en");
  });

  it("falls back to the given text for a key built from data that the catalogue lacks", () => {
    const en = makeI18n("en");
    expect(en.mOr("web.models.no-such-model", "no-such-model")).toBe("no-such-model");
    expect(en.mOr("web.basis.committed", "committed")).toBe(en.m("web.basis.committed"));
  });
});
