/**
 * One tracker signal over time: a line per operator through the periods it was observed (a period with
 * no observation is a gap, never a zero), and the signal's threshold as a dashed line. Periods on the
 * category axis in the order they end; in a right-to-left page time runs from the right.
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
): ChartOption {
  const rtl = i18n.dir === "rtl";
  const pct = (v: number) => i18n.percent(v / 100, 0);
  return {
    animationDuration: 300,
    legend: { top: 0, data: [...series.map((s) => s.name), threshold.label] },
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { seriesName: string; name: string; value: number | null };
        return p.value === null
          ? ""
          : `${escapeHtml(p.seriesName)}, ${escapeHtml(p.name)}: <b>${pct(p.value)}</b>`;
      },
    },
    grid: { left: rtl ? 24 : 56, right: rtl ? 56 : 24, top: 40, bottom: 32 },
    xAxis: {
      type: "category",
      inverse: rtl,
      data: [...periods],
      boundaryGap: true,
      axisLabel: { color: "#111827" },
    },
    yAxis: {
      type: "value",
      min: 0,
      max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 10) * 10),
      position: rtl ? "right" : "left",
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
