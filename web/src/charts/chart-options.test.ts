/**
 * Chart craft held by the option builders, in both languages: every value axis carries a title with
 * its unit, value axes have round ticks where the builder fixes them, and the Sankey keeps its names
 * inside its margins with room for the widest amount whole.
 */
import { describe, expect, it } from "vitest";
import { makeI18n } from "../i18n/index.ts";
import { barOption, shareAxisMax, shareAxisStep } from "./bar-option.ts";
import type { ChartOption } from "./echarts.ts";
import { histogramOption, NARROW, sensitivityOption } from "./monte-carlo-options.ts";
import { sankeyMargin, sankeyOption } from "./sankey-option.ts";
import { latestReadings, signalOption } from "./signal-option.ts";
import { amountBarsOption, waterfallOption } from "./waterfall-option.ts";
import { legendRows, yearSeriesOption } from "./year-series-option.ts";

type Axis = { type?: string; name?: string; interval?: number };
const axes = (option: ChartOption): Axis[] =>
  [option.xAxis, option.yAxis].flatMap((a) => (Array.isArray(a) ? a : a ? [a] : [])) as Axis[];
const valueAxes = (option: ChartOption) => axes(option).filter((a) => a.type === "value");

for (const lang of ["en", "ar"] as const) {
  const i18n = makeI18n(lang);
  describe(`chart options (${lang})`, () => {
    const built: [string, ChartOption][] = [
      ["bars of shares", barOption([{ id: "a", label: "A", share: 0.4 }], i18n.m("web.axes.percent"), i18n)],
      [
        "waterfall",
        waterfallOption(
          [
            { label: "Spend", amount: 100e9, kind: "total" },
            { label: "Cash", amount: 60e9, kind: "cash" },
            { label: "Gap", amount: 40e9, kind: "gap" },
          ],
          i18n,
        ),
      ],
      ["amount bars", amountBarsOption([{ label: "4 years", amount: 5e9 }], i18n)],
      [
        "year series",
        yearSeriesOption(
          [2025, 2026],
          [{ name: "GW", kind: "bar", values: [1, 2], colour: "#000" }],
          { format: String, name: i18n.m("web.power.gwAxis") },
          i18n,
        ),
      ],
      [
        "signal",
        signalOption(
          ["2025", "2026"],
          [{ name: "Op", values: [40, 55] }],
          { label: "Threshold", value: 70 },
          i18n,
          i18n.m("web.axes.percent"),
        ),
      ],
      ["sensitivity", sensitivityOption([{ label: "Loss given default", rho: 0.6 }], i18n)],
    ];
    for (const [name, option] of built)
      it(`${name}: every value axis has a title`, () => {
        const values = valueAxes(option);
        expect(values.length).toBeGreaterThan(0);
        for (const axis of values) expect(axis.name?.trim()).toBeTruthy();
      });

    // The Arabic financial press draws time left to right (docs/arabic-style.md): so does halqa.
    for (const name of ["year series", "signal"])
      it(`${name}: time runs left to right`, () => {
        const option = built.find(([n]) => n === name)?.[1] ?? {};
        const time = axes(option).filter((a) => a.type === "category");
        expect(time).toHaveLength(1);
        expect((time[0] as { inverse?: boolean }).inverse ?? false).toBe(false);
      });

    it("year series: two axis titles stand on different lines, both over the plot", () => {
      const option = yearSeriesOption(
        [2025, 2026],
        [
          { name: "GW", kind: "bar", values: [1, 2], colour: "#000" },
          { name: "Cover", kind: "line", values: [0.2, 0.3], colour: "#111", axis: 1 },
        ],
        { format: String, name: i18n.m("web.power.gwAxis"), second: { format: String, name: "Cover (%)" } },
        i18n,
      ) as { grid: { top: number }; yAxis: { nameGap: number }[] };
      const [first, second] = option.yAxis.map((a) => a.nameGap);
      expect(Math.abs((second ?? 0) - (first ?? 0))).toBeGreaterThanOrEqual(16);
      // The legend's row (about 30 px) stays clear of the higher title.
      expect(option.grid.top - Math.max(first ?? 0, second ?? 0)).toBeGreaterThanOrEqual(48);
    });

    it("year series: a phone's legend wraps onto rows and the plot starts below them", () => {
      const series = ["Secured power (deal)", "Power purchase", "Unknown", "Committed"].map((name) => ({
        name,
        kind: "bar" as const,
        values: [1, 2],
        colour: "#000",
      }));
      const at = (width?: number) =>
        yearSeriesOption([2025, 2026], series, { format: String }, i18n, width) as {
          legend: { type: string };
          grid: { top: number };
        };
      expect(at(900).legend.type).toBe("scroll");
      expect(at().legend.type).toBe("scroll");
      expect(at(340).legend.type).toBe("plain");
      expect(
        legendRows(
          series.map((s) => s.name),
          340,
        ),
      ).toBeGreaterThan(1);
      expect(at(340).grid.top - at(900).grid.top).toBe(
        (legendRows(
          series.map((s) => s.name),
          340,
        ) -
          1) *
          24,
      );
    });

    it("the signal chart's percent axis ticks every 20 points", () => {
      const [axis] = valueAxes(built[4]?.[1] ?? {});
      expect(axis?.interval).toBe(20);
    });
  });
}

describe("the Monte Carlo charts on a phone", () => {
  const summary = {
    histogram: { edges: [0, 100e9, 200e9, 300e9, 400e9], counts: [10, 5, 3, 1] },
    systemLoss: { var95: 287e9, es95: 300e9, var99: 313e9, es99: 320e9 },
  } as unknown as Parameters<typeof histogramOption>[0];
  type Marks = { series: { markLine: { data: { label: { show: boolean } }[] } }[] };
  const shown = (width: number) =>
    (histogramOption(summary, makeI18n("ar"), width) as Marks).series[0]?.markLine.data.map(
      (d) => d.label.show,
    );

  it("label every VaR and expected-shortfall line on a desktop, only the VaR lines on a phone", () => {
    expect(shown(900)).toEqual([true, true, true, true]);
    expect(shown(NARROW - 200)).toEqual([true, false, true, false]);
  });

  it("give the inputs' names at most 40 % of a phone's width and tick the axis at −1, 0 and 1", () => {
    const option = sensitivityOption([{ label: "Lenders pull back", rho: 0.9 }], makeI18n("en"), 342) as {
      grid: { left: number };
      xAxis: { interval: number };
      yAxis: { axisLabel: { width: number } };
    };
    expect(option.grid.left).toBe(Math.round(342 * 0.4));
    expect(option.yAxis.axisLabel.width).toBeLessThan(option.grid.left);
    expect(option.xAxis.interval).toBe(1);
  });
});

describe("bars of shares", () => {
  it("stand largest on top whatever the rows' order", () => {
    const option = barOption(
      [
        { id: "meta", label: "Meta", share: 0.245 },
        { id: "openai", label: "OpenAI", share: 0.028 },
        { id: "oracle", label: "Oracle", share: 0.108 },
      ],
      "share",
      makeI18n("en"),
    ) as { yAxis: { data: string[] } };
    // The category axis runs from the bottom up.
    expect(option.yAxis.data).toEqual(["OpenAI", "Oracle", "Meta"]);
  });

  // The market page's fund chart on a 390 px phone wrote "2%4%6%8%" in one run (the drawing is 342 px).
  it("keep on a phone only the round ticks its labels have room for, and all of them on a desktop", () => {
    const fund = [
      { id: "nvda", label: "Nvidia", share: 0.066 },
      { id: "msft", label: "Microsoft", share: 0.063 },
    ];
    type Axis = {
      xAxis: { min: number; max: number; interval: number };
      grid: { left: number; right: number };
    };
    for (const lang of ["en", "ar"] as const) {
      const phone = barOption(fund, "share", makeI18n(lang), 2, 342) as Axis;
      const plot = 342 - phone.grid.left - phone.grid.right;
      const ticks = Math.round((phone.xAxis.max - phone.xAxis.min) / phone.xAxis.interval);
      expect(phone.xAxis.max).toBeCloseTo(0.1);
      expect(plot / ticks).toBeGreaterThanOrEqual(44);
      const desktop = barOption(fund, "share", makeI18n(lang), 2, 900) as Axis;
      expect(desktop.xAxis.interval).toBeCloseTo(0.01);
    }
  });

  it("step by round shares that divide the axis whole", () => {
    expect(shareAxisMax([{ id: "a", label: "A", share: 0.245 }])).toBeCloseTo(0.3);
    expect(shareAxisStep(0.3, 140)).toBeCloseTo(0.1);
    expect(shareAxisStep(0.3, 80)).toBeCloseTo(0.3);
    expect(shareAxisStep(0.3, 600)).toBeCloseTo(0.05);
    expect(shareAxisStep(1, 60)).toBe(1);
  });
});

describe("latestReadings", () => {
  it("takes each series' last observed value and its period, never a gap", () => {
    expect(
      latestReadings(
        ["2024", "2025", "2026"],
        [
          { name: "A", values: [10, 30, null] },
          { name: "B", values: [null, null, null] },
          { name: "C", values: [5, null, 80] },
        ],
      ),
    ).toEqual([
      { name: "A", value: 30, period: "2025" },
      { name: "C", value: 80, period: "2026" },
    ]);
  });
});

describe("the Sankey's margins", () => {
  const payments = [
    { from: "a", to: "b", amount: 612.6e9, deals: ["d1"] },
    { from: "c", to: "b", amount: 20e9, deals: ["d2"] },
  ];
  type Series = { left: number; right: number; label: { width: number } };
  const series = (option: ChartOption) => (option.series as Series[])[0] as Series;

  it("take a quarter of the drawing, within 96 and 240 px", () => {
    expect(sankeyMargin(390)).toBe(98);
    expect(sankeyMargin(300)).toBe(96);
    expect(sankeyMargin(1400)).toBe(240);
  });

  it("keep each name within its margin", () => {
    for (const width of [340, 1100]) {
      const s = series(sankeyOption(payments, (id) => id, makeI18n("ar"), width));
      expect(s.left).toBe(s.right);
      expect(s.label.width).toBeLessThan(s.left);
    }
  });

  it("widen to hold the widest amount whole, up to 36 % of the drawing", () => {
    const measure = (text: string) => text.length * 10;
    const i18n = makeI18n("ar");
    const amount = i18n.usd(632.6e9);
    const s = series(sankeyOption(payments, (id) => id, i18n, 600, measure));
    expect(s.left).toBeGreaterThan(sankeyMargin(600));
    expect(s.label.width).toBeGreaterThanOrEqual(amount.length * 10);
    const narrow = series(
      sankeyOption(
        payments,
        (id) => id,
        i18n,
        200,
        () => 500,
      ),
    );
    expect(narrow.left).toBe(Math.round(200 * 0.36));
  });
});

describe("legendRows", () => {
  it("packs names greedily: one row when they fit, a new row at the first that does not", () => {
    const measure = (text: string) => 7 * text.length;
    // Items of 30 + 7 × 4 = 58 px and a 10 px gap: five fit in 330 px of room (340 − 10), not six.
    expect(legendRows(["abcd", "abcd", "abcd", "abcd", "abcd"], 340, measure)).toBe(1);
    expect(legendRows(["abcd", "abcd", "abcd", "abcd", "abcd", "abcd"], 340, measure)).toBe(2);
    expect(legendRows([], 340, measure)).toBe(1);
    // A name wider than the room still takes one row of its own.
    expect(legendRows(["x".repeat(100), "y"], 340, measure)).toBe(2);
  });
});
