/**
 * Charts over calendar years: bars (stacked or side by side) and lines on one or two value axes, with
 * a legend. The power page and the funding view draw theirs with it. Years run from left to right in
 * both languages, as the Arabic financial press draws time (docs/arabic-style.md, "Charts"); in a
 * right-to-left page the first value axis stands on the right, where the reader starts.
 */
import type { I18n } from "../i18n/index.ts";
import type { ChartOption } from "./echarts.ts";
import { FONT } from "./font.ts";
import type { Measure } from "./loop-map-layout.ts";
import { canvasMeasure } from "./measure-text.ts";

export type YearSeries = {
  name: string;
  kind: "bar" | "line";
  values: readonly (number | null)[];
  colour: string;
  /** Bars with the same stack are stacked. */
  stack?: string;
  /** 1: the second value axis. */
  axis?: 0 | 1;
  dashed?: boolean;
};

export type YearAxes = {
  format: (value: number) => string;
  /** The axis title: the quantity and its unit ("Gigawatts (GW)"). */
  name?: string;
  /** A second value axis (on the other side), with its own formatter and title. */
  second?: { format: (value: number) => string; max?: number; name?: string };
};

/** The height of one line of an axis title, and the gap between the plot's top and the first title. */
const TITLE_LINE = 18;
const TITLE_GAP = 14;

/**
 * Below this drawing width the legend wraps onto rows instead of scrolling: on a phone a scrolling
 * legend showed a name or two and a pager, and in a right-to-left page cut a name at the pager
 * ("راء طاقة" for «شراء طاقة»).
 */
export const WRAP_LEGEND_BELOW = 560;
const LEGEND_ROW = 24;

const legendMeasure = canvasMeasure(FONT);

/**
 * How many rows a wrapped legend takes at a width, packing names greedily as ECharts does: each item
 * a 25 px symbol, 5 px to its name, the name in 12 px type (measured in the chart's font in the
 * browser), 10 px to the next item, 5 px of padding a side.
 */
export function legendRows(
  names: readonly string[],
  width: number,
  measure: Measure = legendMeasure,
): number {
  const room = width - 10;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 30 + measure(name, 12, false);
    if (used > 0 && used + item > room) {
      rows += 1;
      used = 0;
    }
    used += item + 10;
  }
  return rows;
}

/** Room beside the plot for an axis's labels. */
const room = (shown: boolean) => (shown ? 84 : 24);
/** The first axis stands on the left, or on the right in a right-to-left page. */
const sides = (rtl: boolean, first: number, second: number) =>
  rtl ? { left: second, right: first } : { left: first, right: second };

export function yearSeriesOption(
  years: readonly number[],
  series: readonly YearSeries[],
  axes: YearAxes,
  i18n: I18n,
  /** The drawing's width in pixels, when known (a narrow one wraps the legend). */
  width?: number,
): ChartOption {
  const rtl = i18n.dir === "rtl";
  const wrap = width !== undefined && width > 0 && width < WRAP_LEGEND_BELOW;
  const legendExtra = wrap
    ? (legendRows(
        series.map((s) => s.name),
        width,
      ) -
        1) *
      LEGEND_ROW
    : 0;
  const formats = [axes.format, axes.second?.format ?? axes.format];
  const names = [axes.name, axes.second?.name];
  const valueAxis = (index: 0 | 1) => ({
    type: "value",
    position: (index === 0) !== rtl ? "left" : "right",
    // The title stands over the axis's top end, running inward over the plot: beside the axis it
    // would need room the unit-bearing tick labels ("50 جيجاوات") already take. The second axis's
    // title stands one line higher: on a phone the two ran into each other over the plot.
    ...(names[index]
      ? {
          name: names[index],
          nameLocation: "end",
          nameGap: TITLE_GAP + (index === 1 && names[0] ? TITLE_LINE : 0),
          nameTextStyle: { color: "#374151", align: (index === 0) !== rtl ? "left" : "right" },
        }
      : {}),
    axisLabel: { formatter: (v: number) => formats[index]?.(v) ?? String(v) },
    splitLine: { show: index === 0 },
    ...(index === 1 && axes.second?.max !== undefined ? { max: axes.second.max } : {}),
  });
  return {
    animationDuration: 300,
    legend: { top: 0, type: wrap ? "plain" : "scroll", textStyle: { color: "#111827" } },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (params: unknown) => {
        const items = params as {
          seriesIndex: number;
          marker: string;
          seriesName: string;
          value: number | null;
          axisValueLabel: string;
        }[];
        const head = items[0]?.axisValueLabel ?? "";
        const rows = items
          .filter((p) => p.value !== null && p.value !== undefined)
          .map((p) => {
            const axis = series[p.seriesIndex]?.axis ?? 0;
            return `${p.marker}${p.seriesName}: <b>${formats[axis]?.(p.value as number)}</b>`;
          });
        return [head, ...rows].join("<br/>");
      },
    },
    grid: {
      ...sides(rtl, room(true), room(axes.second !== undefined)),
      top: 64 + (names[0] && names[1] ? TITLE_LINE : 0) + legendExtra,
      bottom: 32,
    },
    xAxis: {
      // Time runs left to right in either language (docs/arabic-style.md).
      type: "category",
      data: years.map((y) => i18n.year(y)),
      axisLabel: { color: "#111827" },
    },
    yAxis: axes.second ? [valueAxis(0), valueAxis(1)] : [valueAxis(0)],
    series: series.map((s) => ({
      type: s.kind,
      name: s.name,
      data: [...s.values],
      yAxisIndex: s.axis ?? 0,
      itemStyle: { color: s.colour },
      ...(s.stack ? { stack: s.stack } : {}),
      ...(s.kind === "line"
        ? {
            symbol: "circle",
            symbolSize: 7,
            lineStyle: { width: 2.5, color: s.colour, type: s.dashed ? "dashed" : "solid" },
          }
        : { barMaxWidth: 36 }),
    })),
  };
}
