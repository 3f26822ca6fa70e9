/**
 * What a network drawing shows, as plain data for its SVG (the loop map, the explorer, the stress
 * cascade, a reader's network): companies where loopMapLayout put them, in the chart's own pixels,
 * node area by money received, edge colour by deal-type group (Okabe–Ito), edge width by amount on a
 * log scale. Pure: no React, no DOM; web/src/charts/NetworkSvg.tsx draws it.
 *
 * What stands out, first match wins: the marks of a stress cascade (a node hit by a shock gets an
 * orange ring, a defaulted one vermillion, one defaulting in the step shown is larger and named in
 * bold: ring, fill and size differ, not only hue); a selected company (its edges drawn last, in full
 * ink, the rest faded); a highlighted loop (its steps in black); the top loops the page passes (their
 * steps in full colour, the rest faded). A focused company (keyboard) gets a blue ring. What a
 * pointer brings forward, and the tooltips' words, are in network-hover.ts.
 */
import type { I18n } from "../i18n/index.ts";
import { loopPairs, type Network } from "../model/network.ts";
import { type Box, type LoopMap, loopMapLayout, type Measure } from "./loop-map-layout.ts";
import { GROUP_COLOUR, HIGHLIGHT, KIND_FILL, KIND_SYMBOL, OKABE_ITO } from "./palette.ts";
import { edgeShape, symbolPath } from "./svg-shapes.ts";

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

export type DrawnLabel = {
  text: string;
  /** Where the text starts: its left end, or its right end on a right-to-left page. */
  x: number;
  y: number;
  /** The box behind it (the layout's), on white so edges pass under the name. */
  box: Box;
  bold: boolean;
  ink: string;
  opacity: number;
};

export type DrawnNode = {
  id: string;
  path: string;
  /** The symbol's size in pixels (edges end at its edge). */
  size: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  label: DrawnLabel | null;
};

export type DrawnEdge = {
  id: string;
  from: string;
  to: string;
  line: string;
  arrow: string;
  colour: string;
  width: number;
  opacity: number;
  /** Whether it stands out (drawn last, over the rest). */
  on: boolean;
};

export type NetworkDrawing = {
  width: number;
  height: number;
  fontSize: number;
  rtl: boolean;
  /** In drawing order: what stands out last. */
  edges: DrawnEdge[];
  nodes: DrawnNode[];
  heads: DrawnLabel[];
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
export function emphasis(network: Network, style: Omit<NetworkStyle, "name" | "i18n">) {
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

/** The drawing of a network at its layout, with the emphasis `style` asks for. */
export function networkDrawing(network: Network, layout: LoopMap, style: NetworkStyle): NetworkDrawing {
  const rtl = style.i18n.dir === "rtl";
  const width = widthScale(network.edges.map((e) => e.amount));
  const { mode, marks, selected, edgeOn, nodeOn, loopNodes } = emphasis(network, style);
  const nodeFade = mode === "marks" ? 0.35 : mode === "top" ? 0.55 : FADED * 2;
  // Right to left, a name starts at its box's right end, one pixel in: Chromium draws such a text
  // about a pixel right of its anchor (measured on the loop map's Arabic names), and the box has a
  // pixel to spare at its left end (canvasMeasure's), so the words stay inside it.
  const textX = (box: Box) => (rtl ? box.x + box.w - 1 : box.x);

  const nodes: DrawnNode[] = layout.nodes.map((p) => {
    const mark = marks?.get(p.id);
    const down = mark?.has("defaulted") || mark?.has("new-default");
    const fresh = mark?.has("new-default") ?? false;
    const shocked = mark?.has("shocked") ?? false;
    const on = nodeOn(p.id);
    const focused = p.id === style.focused;
    const strong = p.id === selected || fresh || (mode === "loop" && loopNodes.has(p.id));
    const size = p.size * (fresh ? 1.4 : 1) + (shocked ? 3 : 0);
    return {
      id: p.id,
      path: symbolPath(KIND_SYMBOL[p.group], p.x, p.y, size),
      size,
      fill: down ? OKABE_ITO.vermillion : KIND_FILL[p.group],
      opacity: on ? 1 : nodeFade,
      stroke: focused ? OKABE_ITO.blue : shocked ? OKABE_ITO.orange : strong ? HIGHLIGHT : "#ffffff",
      strokeWidth: focused ? 4 : shocked ? 3 : strong ? 2.5 : 1,
      label:
        p.label === ""
          ? null
          : {
              text: p.label,
              x: textX(p.labelBox),
              y: p.y,
              box: p.labelBox,
              bold: strong || focused,
              ink: LABEL_INK,
              // Names stay legible while the top loops are shown; a selection or a loop dims the others.
              opacity: on || mode === "top" ? 1 : 0.45,
            },
    };
  });
  const heads: DrawnLabel[] = layout.groups.map((g) => ({
    text: g.label,
    x: textX(g.box),
    y: g.box.y + g.box.h / 2,
    box: g.box,
    bold: true,
    ink: HEAD_INK,
    opacity: 1,
  }));

  const at = new Map(layout.nodes.map((p) => [p.id, p]));
  const sizes = new Map(nodes.map((n) => [n.id, n.size]));
  const seen = new Map<string, number>();
  const edges: DrawnEdge[] = [];
  for (const e of network.edges) {
    const [a, b] = [at.get(e.from), at.get(e.to)];
    const pair = e.from < e.to ? `${e.from}|${e.to}` : `${e.to}|${e.from}`;
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    if (!a || !b) continue;
    const on = edgeOn(e.from, e.to);
    const sameColumn = Math.abs(a.x - b.x) < 1;
    // Edges inside a column bow out of it; parallel edges (one per deal) fan apart.
    const curveness = (sameColumn ? 0.45 : 0.12) + 0.08 * k;
    const shape = edgeShape(a, b, (sizes.get(e.to) ?? b.size) / 2, curveness);
    if (!shape) continue;
    const black = (mode === "loop" || mode === "selected") && on;
    edges.push({
      id: e.id,
      from: e.from,
      to: e.to,
      line: shape.line,
      arrow: shape.arrow,
      colour: black ? HIGHLIGHT : GROUP_COLOUR[e.group],
      width: Math.round((width(e.amount) + (on && mode !== "none" && mode !== "marks" ? 1 : 0)) * 100) / 100,
      opacity: on ? 0.85 : mode === "top" ? 0.16 : FADED / 1.5,
      on,
    });
  }
  // What stands out is drawn last, over the rest.
  const ordered = [...edges.filter((l) => !l.on), ...edges.filter((l) => l.on)];
  return {
    width: layout.width,
    height: layout.height,
    fontSize: layout.fontSize,
    rtl,
    edges: ordered,
    nodes,
    heads,
  };
}
