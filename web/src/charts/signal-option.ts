/**
 * One tracker signal over time: a line per operator through the periods it was observed (a period with
 * no observation is a gap, never a zero), and the signal's threshold as a dashed line. Periods on the
 * category axis in the order they end, left to right in either language (docs/arabic-style.md).
 */
import type { I18n } from "../i18n/index.ts";
import type { ChartOption } from "./echarts.ts";
import { escapeHtml } from "./html.ts";
import { OKABE_ITO } from "./palette.ts";

export type SignalSeries = { name: string; values: (number | null)[] };

const COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
];

export function signalOption(
  periods: readonly string[],
  series: readonly SignalSeries[],
  threshold: { label: string; value: number },
  i18n: I18n,
  /** The value axis's title: the quantity and its unit. */
  axisName?: string,
): ChartOption {
  const rtl = i18n.dir === "rtl";
  const pct = (v: number) => i18n.percent(v / 100, 0);
  return {
    animationDuration: 300,
    legend: { top: 0, type: "scroll", data: [...series.map((s) => s.name), threshold.label] },
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { seriesName: string; name: string; value: number | null };
        return p.value === null
          ? ""
          : `${escapeHtml(p.seriesName)}, ${escapeHtml(p.name)}: <b>${pct(p.value)}</b>`;
      },
    },
    grid: { left: rtl ? 24 : 56, right: rtl ? 56 : 24, top: axisName ? 64 : 40, bottom: 32 },
    xAxis: {
      type: "category",
      data: [...periods],
      boundaryGap: true,
      axisLabel: { color: "#111827" },
    },
    yAxis: {
      type: "value",
      min: 0,
      max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 10) * 10),
      position: rtl ? "right" : "left",
      // The title over the axis's top end, as on the year charts (web/src/charts/year-series-option.ts).
      ...(axisName
        ? {
            name: axisName,
            nameLocation: "end",
            nameGap: 14,
            nameTextStyle: { color: "#374151", align: rtl ? "right" : "left" },
          }
        : {}),
      // Round ticks: every 20 points from 0 to the top (100 or more).
      interval: 20,
      axisLabel: { formatter: pct },
    },
    series: [
      ...series.map((s, i) => ({
        type: "line",
        name: s.name,
        data: s.values,
        connectNulls: false,
        showSymbol: true,
        symbolSize: 10,
        itemStyle: { color: COLOURS[i % COLOURS.length] },
        label: {
          show: true,
          position: "top",
          formatter: (p: { value: number }) => pct(p.value),
          color: "#111827",
        },
      })),
      {
        type: "line",
        name: threshold.label,
        data: periods.map(() => threshold.value),
        showSymbol: false,
        silent: true,
        lineStyle: { type: "dashed", color: OKABE_ITO.black, width: 1 },
        itemStyle: { color: OKABE_ITO.black },
      },
    ],
  };
}

/** The latest reading of each series: its value and the period it was read in (none: left out). */
export function latestReadings(
  periods: readonly string[],
  series: readonly SignalSeries[],
): { name: string; value: number; period: string }[] {
  return series.flatMap((s) => {
    const last = s.values.findLastIndex((v) => v !== null);
    const value = s.values[last];
    const period = periods[last];
    return last < 0 || value === null || value === undefined || period === undefined
      ? []
      : [{ name: s.name, value, period }];
  });
}
