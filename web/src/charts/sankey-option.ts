/**
 * The Sankey of one year's payments: payers in one column, payees in the other (node ids "pays:" and
 * "gets:" + entity), so every link goes from the first column to the second. In a right-to-left
 * page the payers stand on the right: the links are drawn from payee to payer, and the tooltip still
 * reads "payer → payee".
 */
import type { I18n } from "../i18n/index.ts";
import type { Payment } from "../model/sankey.ts";
import type { ChartOption } from "./echarts.ts";
import { escapeHtml } from "./html.ts";
import { OKABE_ITO } from "./palette.ts";

export function sankeyOption(
  payments: readonly Payment[],
  name: (id: string) => string,
  i18n: I18n,
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
        left: "22%",
        right: "22%",
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
          width: 160,
          overflow: "truncate",
          // Both lines as rich text with their own heights: a plain first line took no height and the
          // amount was drawn over the name.
          rich: {
            name: { fontSize: 12, lineHeight: 15, color: "#111827" },
            amount: { fontWeight: "bold", color: "#374151", fontSize: 11, lineHeight: 14 },
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
