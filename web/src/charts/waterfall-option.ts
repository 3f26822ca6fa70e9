/**
 * A funding waterfall: the total spend as the first bar, then each way of paying for it (internal
 * cash first, then each financing source, then what the named sources leave unexplained) as a bar
 * that starts where the previous one ended, so the steps add up to the spend. Drawn as a stack of an
 * invisible base and the visible step. In a right-to-left page the steps run from the right.
 */
import type { I18n } from "../i18n/index.ts";
import type { ChartOption } from "./echarts.ts";
import { escapeHtml } from "./html.ts";
import { OKABE_ITO } from "./palette.ts";

export type Step = { label: string; amount: number; kind: "total" | "cash" | "source" | "gap" };

const COLOUR: Record<Step["kind"], string> = {
  total: OKABE_ITO.black,
  cash: OKABE_ITO.bluishGreen,
  source: OKABE_ITO.vermillion,
  gap: OKABE_ITO.reddishPurple,
};

export function waterfallOption(steps: readonly Step[], i18n: I18n): ChartOption {
  const rtl = i18n.dir === "rtl";
  let level = 0;
  const bases = steps.map((s) => {
    if (s.kind === "total") return 0;
    const base = level;
    level += s.amount;
    return base;
  });
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { name: string; value: number; seriesIndex: number };
        return p.seriesIndex === 1 ? `${escapeHtml(p.name)}: <b>${i18n.usd(p.value)}</b>` : "";
      },
    },
    grid: { left: rtl ? 16 : 72, right: rtl ? 72 : 16, top: 36, bottom: 32 },
    xAxis: {
      type: "category",
      inverse: rtl,
      data: steps.map((s) => s.label),
      // Long source names are cut to the bar's width; the tooltip and the table give them whole.
      axisLabel: { interval: 0, width: 96, overflow: "truncate", color: "#111827" },
    },
    yAxis: {
      type: "value",
      position: rtl ? "right" : "left",
      name: i18n.m("web.axes.usd"),
      nameTextStyle: { color: "#374151", align: rtl ? "right" : "left" },
      axisLabel: { formatter: (v: number) => i18n.usd(v) },
    },
    series: [
      {
        type: "bar",
        stack: "waterfall",
        silent: true,
        itemStyle: { color: "transparent" },
        data: bases,
      },
      {
        type: "bar",
        stack: "waterfall",
        name: "amount",
        data: steps.map((s) => ({ value: s.amount, itemStyle: { color: COLOUR[s.kind] } })),
        label: {
          show: true,
          position: "top",
          formatter: (p: { value: number }) => i18n.usd(p.value),
          color: "#111827",
        },
      },
    ],
  };
}

/** Vertical bars of amounts by category (depreciation per year by useful life). */
export function amountBarsOption(
  bars: readonly { label: string; amount: number }[],
  i18n: I18n,
): ChartOption {
  const rtl = i18n.dir === "rtl";
  return {
    animationDuration: 300,
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { name: string; value: number };
        return `${p.name}: <b>${i18n.usd(p.value)}</b>`;
      },
    },
    grid: { left: rtl ? 16 : 72, right: rtl ? 72 : 16, top: 36, bottom: 32 },
    xAxis: {
      type: "category",
      inverse: rtl,
      data: bars.map((b) => b.label),
      axisLabel: { color: "#111827" },
    },
    yAxis: {
      type: "value",
      position: rtl ? "right" : "left",
      name: i18n.m("web.axes.usd"),
      nameTextStyle: { color: "#374151", align: rtl ? "right" : "left" },
      axisLabel: { formatter: (v: number) => i18n.usd(v) },
    },
    series: [
      {
        type: "bar",
        data: bars.map((b) => b.amount),
        itemStyle: { color: OKABE_ITO.blue },
        label: {
          show: true,
          position: "top",
          formatter: (p: { value: number }) => i18n.usd(p.value),
          color: "#111827",
        },
      },
    ],
  };
}
