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

/**
 * `digits`: the fraction digits of the table column the bars repeat, so that a share reads the
 * same in the bar's label as in the table beside it (both through the one cell formatter).
 */
export function barOption(
  bars: readonly Bar[],
  seriesName: string,
  i18n: I18n,
  digits?: number,
): ChartOption {
  const rtl = i18n.dir === "rtl";
  const share = (v: number) => shareText(i18n.lang, v, digits);
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
    grid: { left: rtl ? 16 : 170, right: rtl ? 170 : 56, top: 8, bottom: 46 },
    xAxis: {
      type: "value",
      // The longest bar sets the scale, rounded up to a tenth; shares never pass 100 %.
      max: (extent: { max: number }) => Math.min(1, Math.ceil(extent.max * 10 + 1e-9) / 10 || 0.1),
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
      axisLabel: { width: 160, overflow: "truncate", color: "#111827" },
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
