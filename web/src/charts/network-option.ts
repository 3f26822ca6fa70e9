/**
 * The ECharts option of a network drawing (the loop map, the explorer, the stress cascade, a reader's
 * network): companies where loopMapLayout put them, in the chart's own pixels (two invisible corner
 * points pin the view to the layout, so a name drawn is a name measured), node area by money received,
 * edge colour by deal-type group (Okabe–Ito), edge width by amount on a log scale.
 *
 * What stands out, first match wins: the marks of a stress cascade (a node hit by a shock gets an
 * orange ring, a defaulted one vermillion, one defaulting in the step shown is larger and named in
 * bold: ring, fill and size differ, not only hue); a selected company (its edges drawn last, in full
 * ink, the rest faded); a highlighted loop (its steps in black); the top loops the page passes (their
 * steps in full colour, the rest faded). A focused company (keyboard) gets a blue ring.
 */
import type { I18n } from "../i18n/index.ts";
import { loopPairs, type Network } from "../model/network.ts";
import type { ChartOption } from "./echarts.ts";
import { escapeHtml } from "./html.ts";
import { type LoopMap, loopMapLayout, type Measure } from "./loop-map-layout.ts";
import { GROUP_COLOUR, HIGHLIGHT, KIND_FILL, KIND_SYMBOL, OKABE_ITO } from "./palette.ts";

/** How a stress run marks a node at the step shown. */
export type NodeMark = "shocked" | "defaulted" | "new-default";

export type NetworkStyle = {
  /** Entities of a highlighted loop, in order. */
  loop?: readonly string[] | null;
  /** Loops drawn in full when nothing else is highlighted (the largest, by the page's ranking). */
  topLoops?: readonly (readonly string[])[];
  /** A selected entity: its edges come forward, the rest fade. */
  selected?: string | null;
  /** An entity with keyboard focus in the map's list of companies: a blue ring. */
  focused?: string | null;
  /** Marks of a stress cascade; unmarked nodes are drawn faded when there are marks. */
  marks?: ReadonlyMap<string, ReadonlySet<NodeMark>> | null;
  name: (id: string) => string;
  i18n: I18n;
};

const FADED = 0.12;
const LABEL_INK = "#111827";
const HEAD_INK = "#4b5563";

function widthScale(amounts: number[]): (amount: number) => number {
  const positive = amounts.filter((a) => a > 0);
  const low = Math.log(Math.min(...positive, 1e9));
  const high = Math.log(Math.max(...positive, 1e9));
  return (amount) => (high > low ? 1 + (4 * (Math.log(Math.max(amount, 1)) - low)) / (high - low) : 2);
}

/** The layout of a network at a width, names measured by `measure`. */
export function networkLayout(
  network: Network,
  options: { width: number; name: (id: string) => string; i18n: I18n; measure: Measure },
): LoopMap {
  const { i18n, name } = options;
  return loopMapLayout(
    network.nodes.map((n) => ({
      id: n.id,
      group: n.group,
      weight: network.maxReceived > 0 ? n.received / network.maxReceived : 0,
      name: name(n.id),
    })),
    network.edges,
    {
      width: options.width,
      measure: options.measure,
      rtl: i18n.dir === "rtl",
      groupName: (g) => i18n.m(`web.kindGroups.${g}`),
    },
  );
}

/** Which nodes and edges stand out, and how. */
function emphasis(network: Network, style: NetworkStyle) {
  const marks = style.marks ?? null;
  const selected =
    style.selected && network.nodes.some((n) => n.id === style.selected) ? style.selected : null;
  const loop = style.loop?.length ? style.loop : null;
  const mode = marks
    ? "marks"
    : selected
      ? "selected"
      : loop
        ? "loop"
        : style.topLoops?.length
          ? "top"
          : "none";
  const pairs =
    mode === "loop"
      ? loopPairs(loop ?? [])
      : mode === "top"
        ? new Set((style.topLoops ?? []).flatMap((l) => [...loopPairs(l)]))
        : null;
  const neighbours = new Set<string>(selected ? [selected] : []);
  if (selected)
    for (const e of network.edges) {
      if (e.from === selected) neighbours.add(e.to);
      if (e.to === selected) neighbours.add(e.from);
    }
  const loopNodes = new Set(mode === "loop" ? loop : mode === "top" ? (style.topLoops ?? []).flat() : []);
  const edgeOn = (from: string, to: string) =>
    mode === "marks"
      ? Boolean(marks?.has(from) || marks?.has(to))
      : mode === "selected"
        ? from === selected || to === selected
        : pairs
          ? pairs.has(`${from}>${to}`)
          : true;
  const nodeOn = (id: string) =>
    mode === "marks"
      ? Boolean(marks?.has(id))
      : mode === "selected"
        ? neighbours.has(id)
        : mode === "loop" || mode === "top"
          ? loopNodes.has(id)
          : true;
  return { mode, marks, selected, edgeOn, nodeOn, loopNodes };
}

export function networkOption(network: Network, layout: LoopMap, style: NetworkStyle): ChartOption {
  const { i18n, name } = style;
  const rtl = i18n.dir === "rtl";
  const width = widthScale(network.edges.map((e) => e.amount));
  const { mode, marks, selected, edgeOn, nodeOn, loopNodes } = emphasis(network, style);
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const nodeFade = mode === "marks" ? 0.35 : mode === "top" ? 0.55 : FADED * 2;

  const nodes = layout.nodes.map((p) => {
    const n = byId.get(p.id);
    const mark = marks?.get(p.id);
    const down = mark?.has("defaulted") || mark?.has("new-default");
    const fresh = mark?.has("new-default") ?? false;
    const shocked = mark?.has("shocked") ?? false;
    const on = nodeOn(p.id);
    const strong = p.id === selected || fresh || (mode === "loop" && loopNodes.has(p.id));
    const size = p.size * (fresh ? 1.4 : 1) + (shocked ? 3 : 0);
    // The name starts where the layout measured it, whatever the symbol's size.
    const distance = rtl ? p.x - size / 2 - (p.labelBox.x + p.labelBox.w) : p.labelBox.x - (p.x + size / 2);
    return {
      id: p.id,
      name: name(p.id),
      x: p.x,
      y: p.y,
      value: n?.received ?? 0,
      symbol: KIND_SYMBOL[p.group],
      symbolSize: size,
      itemStyle: {
        color: down ? OKABE_ITO.vermillion : KIND_FILL[p.group],
        opacity: on ? 1 : nodeFade,
        borderColor:
          p.id === style.focused
            ? OKABE_ITO.blue
            : shocked
              ? OKABE_ITO.orange
              : strong
                ? HIGHLIGHT
                : "#ffffff",
        borderWidth: p.id === style.focused ? 4 : shocked ? 3 : strong ? 2.5 : 1,
      },
      label: {
        show: p.label !== "",
        formatter: p.label,
        position: rtl ? "left" : "right",
        distance,
        align: rtl ? "right" : "left",
        verticalAlign: "middle",
        fontSize: layout.fontSize,
        fontWeight: strong || p.id === style.focused ? "bold" : "normal",
        color: LABEL_INK,
        // Names stay legible while the top loops are shown; a selection or a loop dims the others.
        opacity: on || mode === "top" ? 1 : 0.45,
        // Edges pass under the names, not through them.
        backgroundColor: "rgba(255,255,255,0.78)",
      },
      tooltip: {
        formatter: () =>
          `<b>${escapeHtml(name(p.id))}</b><br>${escapeHtml(i18n.label("entityKind", n?.kind ?? "other"))}<br>${escapeHtml(
            i18n.m("web.entity.received"),
          )}: ${escapeHtml(i18n.usd(n?.received ?? 0))}<br>${escapeHtml(i18n.m("web.entity.paid"))}: ${escapeHtml(i18n.usd(n?.paid ?? 0))}`,
      },
    };
  });
  const still = { symbolSize: 0, silent: true, tooltip: { show: false }, emphasis: { disabled: true } };
  const heads = layout.groups.map((g, i) => ({
    ...still,
    id: `group:${g.group}:${i}`,
    name: g.label,
    x: rtl ? g.box.x + g.box.w : g.box.x,
    y: g.box.y + g.box.h / 2,
    label: {
      show: true,
      formatter: g.label,
      position: rtl ? "left" : "right",
      distance: 0,
      align: rtl ? "right" : "left",
      verticalAlign: "middle",
      fontSize: layout.fontSize,
      fontWeight: "bold",
      color: HEAD_INK,
      backgroundColor: "rgba(255,255,255,0.85)",
    },
  }));
  // Two empty corners: the view spans exactly the layout's box, so one layout pixel is one pixel.
  const corners = [
    { ...still, id: "corner:start", name: "", x: 0, y: 0, label: { show: false } },
    { ...still, id: "corner:end", name: "", x: layout.width, y: layout.height, label: { show: false } },
  ];

  const at = new Map(layout.nodes.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const links = network.edges.map((e) => {
    const on = edgeOn(e.from, e.to);
    const pair = e.from < e.to ? `${e.from}|${e.to}` : `${e.to}|${e.from}`;
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    const sameColumn = Math.abs((at.get(e.from)?.x ?? 0) - (at.get(e.to)?.x ?? 0)) < 1;
    const black = (mode === "loop" || mode === "selected") && on;
    return {
      on,
      link: {
        id: e.id,
        source: e.from,
        target: e.to,
        value: e.amount,
        lineStyle: {
          color: black ? HIGHLIGHT : GROUP_COLOUR[e.group],
          width: width(e.amount) + (on && mode !== "none" && mode !== "marks" ? 1 : 0),
          opacity: on ? 0.85 : mode === "top" ? 0.16 : FADED / 1.5,
          // Edges inside a column bow out of it; parallel edges (one per deal) fan apart.
          curveness: (sameColumn ? 0.45 : 0.12) + 0.08 * k,
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
      },
    };
  });
  // What stands out is drawn last, over the rest.
  const ordered = [...links.filter((l) => !l.on), ...links.filter((l) => l.on)].map((l) => l.link);

  return {
    // No entrance animation: the map stands drawn on its first frame (the page's first-render mark then
    // means the map a reader sees, and the 300 ms of frames it took cost the main thread ~100 ms).
    // A change of highlight still eases over 300 ms.
    animation: true,
    animationDuration: 0,
    animationDurationUpdate: 300,
    tooltip: { trigger: "item", confine: true },
    series: [
      {
        type: "graph",
        layout: "none",
        roam: false,
        preserveAspect: "contain",
        left: 0,
        top: 0,
        right: 0,
        bottom: 0,
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: 6,
        emphasis: { focus: "adjacency", lineStyle: { opacity: 1 } },
        data: [...corners, ...heads, ...nodes],
        links: ordered,
      },
    ],
  };
}
