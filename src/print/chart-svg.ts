/**
 * A report's chart (core/reports/layout.ts) drawn as a static SVG for print: ECharts' server-side SVG
 * renderer, so the brief needs no browser to draw and the PDF keeps vector lines. Category charts of
 * names are drawn as horizontal bars (long names read across, largest first); numbers on the axis and
 * on the bars go through the one cell formatter, so a bar reads as the table beside it does.
 */
import * as echarts from "echarts";
import type { ChartLayout, Unit } from "../core/reports/layout.ts";
import { formatCell, type RecordNames } from "../i18n/format-cell.ts";
import type { Lang } from "../i18n/lang.ts";

/** Okabe–Ito blue: reads in every common colour-vision deficiency and in greyscale print. */
const BAR_COLOUR = "#0072B2";
const INK = "#1a1a1a";
const RULE = "#d0d0d0";
const MAX_BARS = 12;

export type ChartFace = { lang: Lang; names: RecordNames; width?: number };

/** The chart as an SVG string, or null when it has nothing to draw (a chart of no bars says nothing). */
export function chartSvg<Data>(chart: ChartLayout<Data>, data: Data, face: ChartFace): string | null {
  const [series] = chart.series(data);
  if (!series || series.points.length === 0) return null;
  // A printed chart of more bars than this is a table; the table beside it lists them all.
  // Largest first, as the comment above promises: a report may list its rows by name (the stress
  // losses did, under a title naming the hardest hit).
  const points = [...series.points].sort((a, b) => b.y - a.y).slice(0, MAX_BARS);
  const categoryUnit: Unit = chart.x.unit;
  const label = (x: unknown) =>
    shortened(formatCell(face.lang, categoryUnit, x as string | number, face.names), rtl);
  const value = (y: number) => formatCell(face.lang, chart.y.unit, y, face.names);
  const rtl = face.lang === "ar";
  const width = face.width ?? 640;
  const barHeight = 18;
  const nameSpace = 180;
  const height = Math.max(140, 48 + Math.min(points.length, MAX_BARS) * barHeight);
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      textStyle: { fontFamily: "Noto Sans, Noto Sans Arabic, sans-serif", color: INK, fontSize: 11 },
      grid: { left: rtl ? 70 : nameSpace + 10, right: rtl ? nameSpace + 10 : 70, top: 10, bottom: 36 },
      xAxis: {
        type: "value",
        inverse: rtl,
        splitNumber: 4,
        axisLabel: { formatter: (v: number) => value(v), color: INK },
        splitLine: { lineStyle: { color: RULE } },
        name: "",
      },
      yAxis: {
        type: "category",
        inverse: true,
        position: rtl ? "right" : "left",
        data: points.map((p) => label(p.x)),
        // The server renderer measures Arabic letters about twice as wide as they print, so it cut Arabic
        // names that fit ("Valor Compute Infrastructure"); those are shortened by letters instead.
        axisLabel: rtl ? { color: INK } : { width: nameSpace, overflow: "truncate", color: INK },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: RULE } },
      },
      series: [
        {
          type: "bar",
          data: points.map((p) => p.y),
          itemStyle: { color: BAR_COLOUR },
          barMaxWidth: 16,
          label: {
            show: true,
            position: rtl ? "left" : "right",
            formatter: ({ value: v }: { value: number }) => value(v),
            color: INK,
          },
        },
      ],
    });
    return stableClassNames(instance.renderToSVGString(), chart.id);
  } finally {
    instance.dispose();
  }
}

/** Arabic names longer than fit beside the bars (about 40 letters at this size) end in an ellipsis. */
const ARABIC_NAME_LETTERS = 38;

export function shortened(name: string, rtl: boolean): string {
  return rtl && name.length > ARABIC_NAME_LETTERS ? `${name.slice(0, ARABIC_NAME_LETTERS - 1)}…` : name;
}

/**
 * zrender names its style classes by process-wide counters ("zr7-cls-12"): renamed by the chart and in
 * order of appearance, the same brief prints the same bytes and two charts' classes never clash.
 */
function stableClassNames(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-cls-\d+\b/g, (name) => {
    let renamed = names.get(name);
    if (renamed === undefined) {
      renamed = `${prefix}-c${names.size}`;
      names.set(name, renamed);
    }
    return renamed;
  });
}
