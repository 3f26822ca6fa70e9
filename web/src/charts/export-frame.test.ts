import { message } from "@i18n/message.ts";
import { describe, expect, it } from "vitest";
import { makeI18n } from "../i18n/index.ts";
import { barOption } from "./bar-option.ts";
import { type ExportText, frameLines, frameSvg, rtlChartTexts, wrapWords } from "./export-frame.ts";

const CHART =
  '<svg width="400" height="200" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';

function text(lang: "en" | "ar", title: string): ExportText {
  return {
    title,
    subtitle: "Bars of GW by year",
    source: message(lang, "report.brief.chartSource", { asOf: "2026-11-21" }),
    credit: message(lang, "report.brief.credit"),
    dir: lang === "ar" ? "rtl" : "ltr",
  };
}

describe("the exported chart's frame", () => {
  it("wraps words into lines no longer than the width allows, losing none", () => {
    const words = "the system loss passes ten billion dollars in one sample of twenty".split(" ");
    const lines = wrapWords(words.join(" "), 10, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ").split(" ")).toEqual(words);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(120 / 5.5));
  });

  it("puts title, units, source with date and credit around the chart, in the page's language", () => {
    for (const lang of ["en", "ar"] as const) {
      const frame = text(
        lang,
        lang === "en" ? "Power falls short from 2027" : "الطاقة تقصر عن السعة من 2027",
      );
      const svg = frameSvg(CHART, 400, 200, frame, "sans-serif");
      // Lines wrap at the chart's width: the words are read back across the lines.
      const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]).join(" ");
      for (const part of [frame.title, frame.subtitle, frame.source, frame.credit])
        expect(words).toContain(part);
      expect(svg).toContain('<svg x="0" y="');
      expect(svg).toContain(`direction="${frame.dir}"`);
      // The chart's own text keeps its left-to-right anchoring: the root sets no direction.
      expect(svg.slice(0, svg.indexOf(">"))).not.toContain("direction");
      // Arabic starts at the right edge, English at the left.
      expect(svg).toContain(lang === "ar" ? 'x="384"' : 'x="16"');
      const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
      expect(height).toBeGreaterThan(200 + 4 * 11);
    }
  });

  it("writes the chart's Arabic texts right to left, mirroring their anchors so they stay in place", () => {
    const chart = [
      '<svg width="400" height="200">',
      '<text text-anchor="end" transform="translate(235 79)">500 مليار دولار</text>',
      '<text text-anchor="start" x="9">مستثمرون من أطراف...</text>',
      '<text text-anchor="middle">أوبن أيه آي</text>',
      "<text>إنفيديا</text>",
      '<text text-anchor="end">40%</text>',
      '<text text-anchor="start">Groq</text>',
      "</svg>",
    ].join("");
    const texts = [...rtlChartTexts(chart).matchAll(/<text[^>]*>/g)].map((t) => t[0]);
    expect(texts).toEqual([
      '<text text-anchor="start" transform="translate(235 79)" direction="rtl">',
      '<text text-anchor="end" x="9" direction="rtl">',
      '<text text-anchor="middle" direction="rtl">',
      '<text text-anchor="end" direction="rtl">',
      '<text text-anchor="end">',
      '<text text-anchor="start">',
    ]);
    // Only an Arabic page's file is changed.
    const english = frameSvg(chart, 400, 200, text("en", "Title"), "sans-serif");
    expect(english).toContain('<text text-anchor="end" transform="translate(235 79)">');
    const arabic = frameSvg(chart, 400, 200, text("ar", "عنوان"), "sans-serif");
    expect(arabic).toContain('<text text-anchor="start" transform="translate(235 79)" direction="rtl">');
  });

  it("escapes names that come from editable data files", () => {
    const svg = frameSvg(CHART, 400, 200, text("en", "A <b>&</b> B"), "sans-serif");
    expect(svg).toContain("A &#60;b&#62;&#38;&#60;/b&#62; B");
  });

  it("wraps a long title within the chart's width", () => {
    const { head } = frameLines(text("en", "word ".repeat(60).trim()), 360);
    expect(head.filter((l) => l.bold).length).toBeGreaterThan(1);
  });
});

describe("bars and tables round alike", () => {
  it("writes a share on a bar as the share column writes it", () => {
    const i18n = makeI18n("en");
    const option = barOption([{ id: "a", label: "A", share: 0.0415 }], "share", i18n) as {
      series: { label: { formatter: (p: { value: number }) => string } }[];
    };
    const label = option.series[0]?.label.formatter({ value: 0.0415 });
    expect(label).toBe("4.2%");
    const two = barOption([{ id: "a", label: "A", share: 0.0415 }], "share", i18n, 2) as typeof option;
    expect(two.series[0]?.label.formatter({ value: 0.0415 })).toBe("4.15%");
  });
});
