/**
 * The Monte Carlo panel's charts: the histogram of the system loss with VaR and expected shortfall at
 * 95 % and 99 % marked, the default probability per company with its 95 % Wilson interval as an error
 * bar (a custom series: ECharts has no error bars of its own), and Spearman's ρ of each sampled input
 * with the system loss. In a right-to-left page the axes mirror.
 */
import type { EntityRisk, MonteCarloSummary } from "@core/stress/monte-carlo/index.ts";
import type { I18n } from "../i18n/index.ts";
import { binOf } from "../model/monte-carlo.ts";
import type { ChartOption } from "./echarts.ts";
import { OKABE_ITO } from "./palette.ts";

const INK = "#111827";

export function histogramOption(summary: MonteCarloSummary, i18n: I18n): ChartOption {
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
    },
  ];
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { dataIndex: number; value: number; componentType: string; name: string };
        if (p.componentType === "markLine") return p.name;
        const from = edges[p.dataIndex] as number;
        const to = edges[p.dataIndex + 1] as number;
        return `${m("web.monteCarlo.lossRange")} ${usd(from)} ${m("web.monteCarlo.lossTo")} ${usd(to)}: <b>${number(p.value, 0)}</b>`;
      },
    },
    grid: { left: rtl ? 24 : 64, right: rtl ? 64 : 24, top: 28, bottom: 40 },
    xAxis: {
      type: "category",
      inverse: rtl,
      data: counts.map((_, i) => usd(edges[i] as number)),
      axisLabel: { color: INK, interval: Math.max(0, Math.ceil(counts.length / 8) - 1) },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: "value",
      position: rtl ? "right" : "left",
      name: m("web.monteCarlo.count"),
      axisLabel: { formatter: (v: number) => number(v, 0) },
    },
    series: [
      {
        type: "bar",
        name: m("web.monteCarlo.count"),
        data: counts,
        barCategoryGap: "8%",
        itemStyle: { color: OKABE_ITO.skyBlue },
        markLine: {
          symbol: "none",
          silent: false,
          data: marks.map((mark) => ({
            name: `${mark.name}: ${usd(mark.value)}`,
            xAxis: binOf(summary, mark.value),
            lineStyle: { color: mark.colour, type: mark.dash, width: 2 },
            label: {
              // Along the line, so that marks in neighbouring bins do not write over each other.
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
    grid: { left: rtl ? 16 : 170, right: rtl ? 170 : 64, top: 8, bottom: 28 },
    xAxis: {
      type: "value",
      min: 0,
      max: (extent: { max: number }) => Math.min(1, Math.ceil(extent.max * 10 + 1e-9) / 10 || 0.1),
      inverse: rtl,
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

export function sensitivityOption(bars: readonly SensitivityBar[], i18n: I18n): ChartOption {
  const rtl = i18n.dir === "rtl";
  const ordered = [...bars].reverse();
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { name: string; value: number | null };
        return `${p.name}: <b>ρ = ${p.value === null ? i18n.m("cli.monteCarlo.constant") : i18n.number(p.value, 3)}</b>`;
      },
    },
    grid: { left: rtl ? 24 : 230, right: rtl ? 230 : 48, top: 8, bottom: 28 },
    xAxis: {
      type: "value",
      min: -1,
      max: 1,
      inverse: rtl,
      axisLabel: { formatter: (v: number) => i18n.number(v, 1) },
    },
    yAxis: {
      type: "category",
      position: rtl ? "right" : "left",
      data: ordered.map((b) => b.label),
      axisLabel: { width: 220, overflow: "truncate", color: INK },
    },
    series: [
      {
        type: "bar",
        name: i18n.m("web.monteCarlo.rho"),
        data: ordered.map((b) => ({
          value: b.rho,
          itemStyle: { color: (b.rho ?? 0) >= 0 ? OKABE_ITO.blue : OKABE_ITO.vermillion },
        })),
        barWidth: "55%",
        label: {
          show: true,
          position: "right",
          formatter: (p: { value: number | null }) => (p.value === null ? "—" : i18n.number(p.value, 2)),
          color: INK,
        },
      },
    ],
  };
}
