/**
 * The Monte Carlo panel's charts: the histogram of the system loss with VaR and expected shortfall at
 * 95 % and 99 % marked, the default probability per company with its 95 % Wilson interval as an error
 * bar (a custom series: ECharts has no error bars of its own), and Spearman's ρ of each sampled input
 * with the system loss. In a right-to-left page the axes mirror.
 */
import type { EntityRisk, MonteCarloSummary } from "@core/stress/monte-carlo/index.ts";
import type { I18n } from "../i18n/index.ts";
import type { ChartOption } from "./echarts.ts";
import { OKABE_ITO } from "./palette.ts";
import { signedNumber } from "./signed-number.ts";

const INK = "#111827";

/** Below this drawing width the chart keeps fewer words: on a phone they would write over each other. */
export const NARROW = 560;

/**
 * `width`: the drawing's width in pixels. On a narrow drawing the expected-shortfall lines stand
 * unlabelled (each a few pixels from its VaR line, their labels wrote over each other at 390 px):
 * their values stay in the tooltip and the table beside the chart.
 */
export function histogramOption(summary: MonteCarloSummary, i18n: I18n, width = 960): ChartOption {
  const { m, usd, number } = i18n;
  const rtl = i18n.dir === "rtl";
  const { edges, counts } = summary.histogram;
  const s = summary.systemLoss;
  const marks = [
    {
      name: m("web.monteCarlo.var", { level: number(95, 0) }),
      value: s.var95,
      colour: OKABE_ITO.orange,
      dash: "solid",
    },
    {
      name: m("web.monteCarlo.es", { level: number(95, 0) }),
      value: s.es95,
      colour: OKABE_ITO.orange,
      dash: "dashed",
      shortfall: true,
    },
    {
      name: m("web.monteCarlo.var", { level: number(99, 0) }),
      value: s.var99,
      colour: OKABE_ITO.vermillion,
      dash: "solid",
    },
    {
      name: m("web.monteCarlo.es", { level: number(99, 0) }),
      value: s.es99,
      colour: OKABE_ITO.vermillion,
      dash: "dashed",
      shortfall: true,
    },
  ];
  // The bins drawn as rectangles on a value axis (a custom series): the axis then takes ECharts'
  // round ticks ($0, $5B, $10B …) where a category axis would label each bin's odd edge, and VaR
  // and expected shortfall stand at their amounts rather than at the start of their bin.
  const bins = counts.map((count, i) => [edges[i] as number, edges[i + 1] as number, count]);
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { dataIndex: number; componentType: string; name: string };
        if (p.componentType === "markLine") return p.name;
        const [from, to, count] = bins[p.dataIndex] as number[];
        return `${m("web.monteCarlo.lossRange")} ${usd(from as number)} ${m("web.monteCarlo.lossTo")} ${usd(to as number)}: <b>${number(count as number, 0)}</b>`;
      },
    },
    grid: { left: rtl ? 24 : 64, right: rtl ? 64 : 24, top: 36, bottom: 56 },
    xAxis: {
      type: "value",
      inverse: rtl,
      // No min or max: the axis takes round ends and ticks ($0 … $350B), not the bins' odd first
      // and last edges.
      name: m("web.monteCarlo.lossAxis"),
      nameLocation: "middle",
      nameGap: 30,
      axisLabel: { color: INK, formatter: (v: number) => usd(v), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: "value",
      position: rtl ? "right" : "left",
      name: m("web.monteCarlo.count"),
      minInterval: 1,
      axisLabel: { formatter: (v: number) => number(v, 0) },
    },
    series: [
      {
        type: "custom",
        name: m("web.monteCarlo.count"),
        data: bins,
        encode: { x: [0, 1], y: 2 },
        renderItem: (_params: unknown, api: ErrorBarApi) => {
          const a = api.coord([api.value(0), 0]);
          const b = api.coord([api.value(1), api.value(2)]);
          if (!a || !b) return null;
          // A hair of gap between bins; mirrored axes give x1 < x0, hence min and abs.
          const gap = Math.min(1, Math.abs(b[0] - a[0]) * 0.08);
          return {
            type: "rect",
            shape: {
              x: Math.min(a[0], b[0]) + gap / 2,
              y: b[1],
              width: Math.max(0.5, Math.abs(b[0] - a[0]) - gap),
              height: a[1] - b[1],
            },
            style: { fill: OKABE_ITO.skyBlue },
          };
        },
        markLine: {
          symbol: "none",
          silent: false,
          data: marks.map((mark) => ({
            name: `${mark.name}: ${usd(mark.value)}`,
            xAxis: mark.value,
            lineStyle: { color: mark.colour, type: mark.dash, width: 2 },
            label: {
              show: !(width < NARROW && "shortfall" in mark),
              // Along the line, so that marks close together do not write over each other.
              formatter: `${mark.name}: ${usd(mark.value)}`,
              position: "insideEndTop",
              color: INK,
              fontSize: 11,
              backgroundColor: "rgba(255,255,255,0.85)",
            },
          })),
        },
      },
    ],
  };
}

export function defaultsOption(
  entities: readonly EntityRisk[],
  name: (id: string) => string,
  i18n: I18n,
): ChartOption {
  const rtl = i18n.dir === "rtl";
  const ordered = [...entities].reverse();
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { dataIndex: number };
        const e = ordered[p.dataIndex] as EntityRisk;
        return `${name(e.entity)}: <b>${i18n.percent(e.defaultProbability)}</b> (${i18n.percent(e.wilson95[0])} – ${i18n.percent(e.wilson95[1])})`;
      },
    },
    grid: { left: rtl ? 16 : 170, right: rtl ? 170 : 64, top: 8, bottom: 48 },
    xAxis: {
      type: "value",
      min: 0,
      max: (extent: { max: number }) => Math.min(1, Math.ceil(extent.max * 10 + 1e-9) / 10 || 0.1),
      inverse: rtl,
      name: i18n.m("web.monteCarlo.probabilityAxis"),
      nameLocation: "middle",
      nameGap: 28,
      axisLabel: { formatter: (v: number) => i18n.percent(v, 0) },
    },
    yAxis: {
      type: "category",
      position: rtl ? "right" : "left",
      data: ordered.map((e) => name(e.entity)),
      axisLabel: { width: 160, overflow: "truncate", color: INK },
    },
    series: [
      {
        type: "bar",
        name: i18n.m("cli.monteCarlo.probability"),
        data: ordered.map((e) => e.defaultProbability),
        itemStyle: { color: OKABE_ITO.blue },
        barWidth: "60%",
      },
      {
        type: "custom",
        name: i18n.m("web.monteCarlo.interval"),
        // An interval is drawn only where it exists: a run cancelled before any sample has none.
        data: ordered.flatMap((e, i) => {
          const [low, high] = e.wilson95 ?? [];
          return Number.isFinite(low) && Number.isFinite(high) ? [[i, low, high]] : [];
        }),
        encode: { y: 0, x: [1, 2] },
        z: 3,
        renderItem: (_params: unknown, api: ErrorBarApi) => {
          const row = api.value(0);
          const a = api.coord([api.value(1), row]);
          const b = api.coord([api.value(2), row]);
          if (!a || !b) return null;
          const half = api.size([0, 1])[1] * 0.22;
          const style = { stroke: INK, lineWidth: 1.5 };
          const line = (x1: number, y1: number, x2: number, y2: number) => ({
            type: "line",
            shape: { x1, y1, x2, y2 },
            style,
          });
          return {
            type: "group",
            children: [
              line(a[0], a[1], b[0], b[1]),
              line(a[0], a[1] - half, a[0], a[1] + half),
              line(b[0], b[1] - half, b[0], b[1] + half),
            ],
          };
        },
      },
    ],
  };
}

type ErrorBarApi = {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (range: [number, number]) => [number, number];
};

export type SensitivityBar = { label: string; rho: number | null };

/** `width`: the drawing's width; the inputs' names take at most 40 % of it (230 px on a desktop). */
export function sensitivityOption(bars: readonly SensitivityBar[], i18n: I18n, width = 960): ChartOption {
  const rtl = i18n.dir === "rtl";
  const names = Math.round(Math.min(230, width * 0.4));
  const ordered = [...bars].reverse();
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { name: string; value: number | null };
        return `${p.name}: <b>ρ = ${p.value === null ? i18n.m("cli.monteCarlo.constant") : signedNumber(i18n, p.value, 3)}</b>`;
      },
    },
    grid: { left: rtl ? 24 : names, right: rtl ? names : 48, top: 8, bottom: 48 },
    xAxis: {
      type: "value",
      min: -1,
      max: 1,
      // Round ticks every half on a desktop; on a phone −1, 0 and 1 only (the halves wrote over each other).
      interval: width < NARROW ? 1 : 0.5,
      inverse: rtl,
      name: i18n.m("web.monteCarlo.rhoAxis"),
      nameLocation: "middle",
      nameGap: 28,
      // −1 … 1 with the minus in front in Arabic too (a plain hyphen drifted behind the digits).
      axisLabel: { formatter: (v: number) => signedNumber(i18n, v, 1) },
    },
    yAxis: {
      type: "category",
      position: rtl ? "right" : "left",
      data: ordered.map((b) => b.label),
      axisLabel: { width: names - 10, overflow: "truncate", color: INK },
    },
    series: [
      {
        type: "bar",
        name: i18n.m("web.monteCarlo.rho"),
        data: ordered.map((b) => ({
          value: b.rho,
          itemStyle: { color: (b.rho ?? 0) >= 0 ? OKABE_ITO.blue : OKABE_ITO.vermillion },
          // The value at the bar's outer end: right of a positive bar, left of a negative one (mirrored
          // in Arabic), not on the zero line.
          label: { position: (b.rho ?? 0) >= 0 !== rtl ? "right" : "left" },
        })),
        barWidth: "55%",
        label: {
          show: true,
          position: "right",
          formatter: (p: { value: number | null }) =>
            p.value === null ? "—" : signedNumber(i18n, p.value, 2),
          color: INK,
        },
      },
    ],
  };
}
