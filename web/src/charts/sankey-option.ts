/**
 * The Sankey of one year's payments: payers in one column, payees in the other (node ids "pays:" and
 * "gets:" + entity), so every link goes from the first column to the second. In a right-to-left
 * page the payers stand on the right: the links are drawn from payee to payer, and the tooltip still
 * reads "payer → payee".
 *
 * The names stand in the margins beside the two columns, so the margins are sized from the drawing's
 * width and each name is kept within its margin (broken over two lines, then cut with an ellipsis,
 * the full name in the tooltip and the table): a name wider than its margin ran off a phone's screen.
 * Names that would still touch another are hidden (ECharts' hideOverlap), smallest first.
 */
import type { I18n } from "../i18n/index.ts";
import type { Payment } from "../model/sankey.ts";
import type { ChartOption } from "./echarts.ts";
import { escapeHtml } from "./html.ts";
import type { Measure } from "./loop-map-layout.ts";
import { OKABE_ITO } from "./palette.ts";

export function sankeyOption(
  payments: readonly Payment[],
  name: (id: string) => string,
  i18n: I18n,
  /** The drawing's width in pixels (the margins for the names are cut from it). */
  width = 960,
  /** Text widths as drawn: a margin is widened to hold the widest amount whole. */
  measure?: Measure,
): ChartOption {
  const rtl = i18n.dir === "rtl";
  const payers = [...new Set(payments.map((p) => p.from))];
  const payees = [...new Set(payments.map((p) => p.to))];
  const nodeName = (key: string) => name(key.slice(5));
  const total = payments.reduce((sum, p) => sum + p.amount, 0);
  const smallest = total * 0.004;
  // An amount adds a second line: only nodes tall enough to hold two lines carry one (the rest give
  // theirs in the tooltip and the table).
  const withAmount = total * 0.03;
  // A name may be cut (the tooltip and the table give it whole), an amount never: "612.6" without its
  // "billion dollars" would misread.
  const amounts = [...nodeTotals(payments, "from").values(), ...nodeTotals(payments, "to").values()]
    .filter((v) => v >= withAmount)
    .map((v) => i18n.usd(v));
  const widest = Math.max(0, ...amounts.map((a) => measure?.(a, AMOUNT_SIZE, true) ?? 0));
  const margin = Math.min(Math.round(width * 0.36), Math.max(sankeyMargin(width), widest + LABEL_GAP + 2));
  const nodes = [
    ...payers.map((id) => ({ name: `pays:${id}`, depth: rtl ? 1 : 0, itemStyle: { color: OKABE_ITO.blue } })),
    ...payees.map((id) => ({
      name: `gets:${id}`,
      depth: rtl ? 0 : 1,
      itemStyle: { color: OKABE_ITO.orange },
    })),
  ];
  const links = payments.map((p) => ({
    source: rtl ? `gets:${p.to}` : `pays:${p.from}`,
    target: rtl ? `pays:${p.from}` : `gets:${p.to}`,
    value: p.amount,
    payment: p,
  }));
  return {
    // The Sankey's entrance animation reveals it through a growing clip; a redraw during it (a
    // scroll bar appearing) leaves half a chart, so it is drawn at once.
    animation: false,
    tooltip: {
      trigger: "item",
      confine: true,
      formatter: (params: unknown) => {
        const item = params as {
          dataType?: string;
          data?: { payment?: Payment; name?: string };
          value?: number;
        };
        const payment = item.data?.payment;
        if (item.dataType === "edge" && payment)
          return `${escapeHtml(name(payment.from))} ${i18n.m("web.units.arrow")} ${escapeHtml(name(payment.to))}: <b>${escapeHtml(
            i18n.usd(payment.amount),
          )}</b>`;
        return `${escapeHtml(nodeName(item.data?.name ?? ""))}: <b>${escapeHtml(i18n.usd(item.value ?? 0))}</b>`;
      },
    },
    series: [
      {
        type: "sankey",
        left: margin,
        right: margin,
        top: 16,
        bottom: 16,
        nodeWidth: 14,
        nodeGap: 10,
        layoutIterations: 32,
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", opacity: 0.35, curveness: 0.5 },
        label: {
          // The smallest payers and payees would pile their names on each other: they are named in
          // the tooltip and the table instead.
          // Each named node carries its amount on a second line, formatted as the table beside it.
          formatter: (params: { name: string; value: number }) =>
            params.value < smallest
              ? ""
              : params.value < withAmount
                ? nodeName(params.name)
                : `{name|${nodeName(params.name)}}\n{amount|${i18n.usd(params.value)}}`,
          color: "#111827",
          fontSize: 12,
          width: margin - LABEL_GAP,
          overflow: "truncate",
          // Both lines as rich text with their own heights: a plain first line took no height and the
          // amount was drawn over the name.
          rich: {
            name: { fontSize: 12, lineHeight: 15, color: "#111827" },
            amount: { fontWeight: "bold", color: "#374151", fontSize: AMOUNT_SIZE, lineHeight: 14 },
          },
        },
        labelLayout: { hideOverlap: true },
        levels: [
          { depth: 0, label: { position: "left" } },
          { depth: 1, label: { position: "right" } },
        ],
        data: nodes,
        links,
      },
    ],
  };
}

/** The gap between a column and its names, and the space kept free at the drawing's edge. */
const LABEL_GAP = 12;

/** The width of each margin that holds the names: a quarter of the drawing, within 96 and 240 px. */
export function sankeyMargin(width: number): number {
  return Math.round(Math.min(240, Math.max(96, width * 0.25)));
}

const AMOUNT_SIZE = 11;

/** What each payer pays (`from`) or each payee gets (`to`) in all: a node's height. */
function nodeTotals(payments: readonly Payment[], side: "from" | "to"): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of payments) totals.set(p[side], (totals.get(p[side]) ?? 0) + p.amount);
  return totals;
}
