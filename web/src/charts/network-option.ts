/**
 * The ECharts option of a network drawing (the loop map, the explorer): nodes where networkOf placed
 * them (mirrored in right-to-left pages, so the circle runs the reader's way), node area by money
 * received, edge colour by deal-type group (Okabe–Ito), edge width by amount on a log scale. A
 * highlighted loop keeps its nodes and steps in full ink and fades the rest. Marks (the stress page's
 * cascade) paint a node as hit by a shock (an orange ring), defaulted (vermillion) or defaulting in
 * the step shown (vermillion, larger, its name in bold): ring, fill and size differ, not only hue.
 */
import type { I18n } from "../i18n/index.ts";
import { loopPairs, type Network } from "../model/network.ts";
import type { ChartOption } from "./echarts.ts";
import { escapeHtml } from "./html.ts";
import { GROUP_COLOUR, HIGHLIGHT, KIND_FILL, KIND_SYMBOL, OKABE_ITO } from "./palette.ts";

/** How a stress run marks a node at the step shown. */
export type NodeMark = "shocked" | "defaulted" | "new-default";

export type NetworkStyle = {
  /** Entities of a highlighted loop, in order. */
  loop?: readonly string[] | null;
  /** A selected entity, outlined. */
  selected?: string | null;
  /** Marks of a stress cascade; unmarked nodes are drawn faded when there are marks. */
  marks?: ReadonlyMap<string, ReadonlySet<NodeMark>> | null;
  name: (id: string) => string;
  i18n: I18n;
};

const FADED = 0.12;
function widthScale(amounts: number[]): (amount: number) => number {
  const positive = amounts.filter((a) => a > 0);
  const low = Math.log(Math.min(...positive, 1e9));
  const high = Math.log(Math.max(...positive, 1e9));
  return (amount) => (high > low ? 1 + (5 * (Math.log(Math.max(amount, 1)) - low)) / (high - low) : 2);
}

export function networkOption(network: Network, style: NetworkStyle): ChartOption {
  const { i18n, name } = style;
  const mirror = i18n.dir === "rtl" ? -1 : 1;
  const loopNodes = new Set(style.loop ?? []);
  const pairs = style.loop ? loopPairs(style.loop) : null;
  const width = widthScale(network.edges.map((e) => e.amount));
  const size = (received: number) =>
    8 + 30 * Math.sqrt(network.maxReceived > 0 ? received / network.maxReceived : 0);
  const labelled = new Set(
    [...network.nodes]
      .sort((a, b) => b.received + b.paid - (a.received + a.paid))
      .slice(0, 28)
      .map((n) => n.id),
  );

  const marks = style.marks ?? null;
  const nodes = network.nodes.map((n) => {
    const mark = marks?.get(n.id);
    const down = mark?.has("defaulted") || mark?.has("new-default");
    const fresh = mark?.has("new-default") ?? false;
    const shocked = mark?.has("shocked") ?? false;
    const inLoop = marks ? mark !== undefined : loopNodes.size === 0 || loopNodes.has(n.id);
    const x = n.x * mirror;
    return {
      id: n.id,
      name: name(n.id),
      x,
      y: n.y,
      value: n.received,
      symbol: KIND_SYMBOL[n.group],
      symbolSize: size(n.received) * (fresh ? 1.5 : 1) + (shocked ? 4 : 0),
      itemStyle: {
        color: down ? OKABE_ITO.vermillion : KIND_FILL[n.group],
        opacity: inLoop ? 1 : marks ? 0.35 : FADED,
        borderColor: shocked ? OKABE_ITO.orange : n.id === style.selected || fresh ? HIGHLIGHT : "#ffffff",
        borderWidth: shocked ? 4 : n.id === style.selected || fresh ? 3 : 1,
      },
      label: {
        show: labelled.has(n.id) || loopNodes.has(n.id) || n.id === style.selected || mark !== undefined,
        // Outward from the ring: above the top, below the bottom, else to the side.
        position: n.y < -0.9 ? "top" : n.y > 0.9 ? "bottom" : x >= 0 ? "right" : "left",
        fontWeight: loopNodes.has(n.id) || fresh ? "bold" : "normal",
        opacity: inLoop ? 1 : 0.35,
        color: "#111827",
      },
      tooltip: {
        formatter: () =>
          `<b>${escapeHtml(name(n.id))}</b><br>${escapeHtml(i18n.label("entityKind", n.kind))}<br>${escapeHtml(
            i18n.m("web.entity.received"),
          )}: ${escapeHtml(i18n.usd(n.received))}<br>${escapeHtml(i18n.m("web.entity.paid"))}: ${escapeHtml(i18n.usd(n.paid))}`,
      },
    };
  });
  const labels = network.labels.map((l) => ({
    id: `group:${l.group}`,
    name: i18n.m(`web.kindGroups.${l.group}`),
    x: l.x * mirror,
    y: l.y,
    symbolSize: 0,
    label: { show: true, position: "inside", color: "#4b5563", fontSize: 11, fontStyle: "italic" },
    tooltip: { show: false },
    emphasis: { disabled: true },
  }));

  const links = network.edges.map((e) => {
    const inLoop = marks
      ? marks.has(e.from) || marks.has(e.to)
      : pairs === null || pairs.has(`${e.from}>${e.to}`);
    return {
      id: e.id,
      source: e.from,
      target: e.to,
      value: e.amount,
      lineStyle: {
        color: pairs !== null && inLoop ? HIGHLIGHT : GROUP_COLOUR[e.group],
        width: width(e.amount) + (pairs !== null && inLoop ? 1.5 : 0),
        opacity: inLoop ? 0.85 : FADED / 1.5,
        curveness: 0.18,
      },
      tooltip: {
        formatter: () =>
          `<b>${escapeHtml(name(e.from))} ${i18n.m("web.units.arrow")} ${escapeHtml(name(e.to))}</b>: ${escapeHtml(
            i18n.usd(e.amount),
          )}<br>${e.deals
            .slice(0, 6)
            .map(
              (d) =>
                `${escapeHtml(i18n.label("dealType", d.type))} · ${escapeHtml(i18n.usd(d.amount.value))}`,
            )
            .join("<br>")}`,
      },
    };
  });

  return {
    baseOption: {
      animationDuration: 300,
      animationDurationUpdate: 300,
      tooltip: { trigger: "item", confine: true },
      series: [
        {
          type: "graph",
          layout: "none",
          roam: false,
          // The ring stays a circle in any box (a phone's tall box drew it as an ellipse).
          preserveAspect: "contain",
          left: "17%",
          right: "17%",
          top: "9%",
          bottom: "9%",
          edgeSymbol: ["none", "arrow"],
          edgeSymbolSize: 7,
          autoCurveness: true,
          emphasis: { focus: "adjacency", lineStyle: { opacity: 1 } },
          labelLayout: { hideOverlap: true },
          label: { width: 130, overflow: "truncate" },
          data: [...nodes, ...labels],
          links,
        },
      ],
    },
    // A phone's box: a smaller ring leaves the names room at its sides (they were cut at the edges).
    media: [
      {
        query: { maxWidth: 520 },
        option: {
          series: [{ left: "25%", right: "25%", label: { width: 76, fontSize: 10 } }],
        },
      },
    ],
  };
}
