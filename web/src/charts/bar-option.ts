/**
 * A horizontal bar chart of shares (0–100 %), largest on top. In a right-to-left page the bars grow
 * leftward from the right edge and the names stand on the right.
 */
import { formatCell, type RecordNames } from "@i18n/format-cell.ts";
import type { I18n } from "../i18n/index.ts";
import type { ChartOption } from "./echarts.ts";
import { escapeHtml } from "./html.ts";
import { OKABE_ITO } from "./palette.ts";

export type Bar = { id: string; label: string; share: number };

/** Shares name no records: the cell formatter is given names that are never asked for. */
const NO_NAMES: RecordNames = { entity: (id) => id, deal: (id) => id };

/** A share as the bars and the tables write it (the one cell formatter): for a title beside them. */
export function shareText(lang: I18n["lang"], value: number, digits?: number): string {
  return formatCell(lang, "share", value, NO_NAMES, digits === undefined ? {} : { digits });
}

/** Round steps for the share axis, finest first (1 % … 100 %). */
const STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1];
/** The room one tick's label needs ("100%", about 34 px at 12 px type, and a gap): more would touch. */
const TICK_ROOM = 44;

/** The axis' end: past the longest bar, at the next tenth (room for its label); never past 100 %. */
export function shareAxisMax(bars: readonly Bar[]): number {
  const longest = Math.max(0, ...bars.map((b) => b.share));
  return Math.min(1, Math.ceil(longest * 10 + 1e-9) / 10 || 0.1);
}

/**
 * The finest round step that divides the axis into no more parts than `plotWidth` has room for
 * labels: on a phone "2%4%6%8%" ran together, so there the axis ticks every 5 % (or coarser).
 */
export function shareAxisStep(max: number, plotWidth: number): number {
  const parts = Math.max(1, Math.floor(plotWidth / TICK_ROOM));
  const divides = (step: number) => Math.abs(max / step - Math.round(max / step)) < 1e-9;
  return STEPS.find((step) => divides(step) && max / step <= parts) ?? max;
}

/**
 * `digits`: the fraction digits of the table column the bars repeat, so that a share reads the
 * same in the bar's label as in the table beside it (both through the one cell formatter).
 * `width`: the drawing's width in pixels; the names take at most 40 % of it (170 px on a desktop)
 * and the axis keeps as many round ticks as the rest has room for.
 */
export function barOption(
  bars: readonly Bar[],
  seriesName: string,
  i18n: I18n,
  digits?: number,
  width = 960,
): ChartOption {
  const rtl = i18n.dir === "rtl";
  const share = (v: number) => shareText(i18n.lang, v, digits);
  const names = Math.round(Math.min(170, width * 0.4));
  // The bar's own label ("6.6%") needs room past the longest bar on the far side.
  const far = 56;
  const max = shareAxisMax(bars);
  // Largest on top whatever order the rows come in (the stress table lists losses by amount, the bars
  // measure shares): ECharts draws a category axis from the bottom, so the order is reversed.
  const ordered = [...bars].sort((a, b) => b.share - a.share).reverse();
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { name: string; value: number };
        return `${escapeHtml(p.name)}: <b>${share(p.value)}</b>`;
      },
    },
    grid: { left: rtl ? far : names, right: rtl ? names : far, top: 8, bottom: 46 },
    xAxis: {
      type: "value",
      min: 0,
      max,
      interval: shareAxisStep(max, width - names - far),
      inverse: rtl,
      // The axis says what the bars measure (the series' name), under its round percentages.
      name: seriesName,
      nameLocation: "middle",
      nameGap: 26,
      nameTextStyle: { color: "#374151" },
      axisLabel: { formatter: (v: number) => i18n.percent(v, 0) },
    },
    yAxis: {
      type: "category",
      position: rtl ? "right" : "left",
      data: ordered.map((b) => b.label),
      axisLabel: { width: names - 10, overflow: "truncate", color: "#111827" },
    },
    series: [
      {
        type: "bar",
        name: seriesName,
        data: ordered.map((b) => b.share),
        itemStyle: { color: OKABE_ITO.blue },
        label: {
          show: true,
          position: rtl ? "left" : "right",
          formatter: (p: { value: number }) => share(p.value),
          color: "#111827",
        },
      },
    ],
  };
}
