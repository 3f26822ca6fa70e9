/**
 * What a pointer over a network drawing shows: the tooltip's words for the company or edge under it,
 * and what hovering brings forward (the rest of the picture fades, as ECharts' adjacency focus did).
 * Pure; NetworkSvg.tsx asks on hover.
 */
import type { Network } from "../model/network.ts";
import type { NetworkDrawing, NetworkStyle } from "./network-style.ts";

/** A tooltip's words: a bold title (with words after it on its line), then lines. */
export type Tip = { title: string; after?: string; lines: string[] };

/**
 * A tooltip's words for a company (its name, kind, what it receives and pays) or an edge (who pays
 * whom, how much, its largest deals, up to six). Made when the pointer reaches it, not for every part
 * drawn: formatting hundreds of amounts nobody hovers would delay the first picture.
 */
export function networkTip(
  network: Network,
  style: Pick<NetworkStyle, "name" | "i18n">,
  target: { node: string } | { edge: string },
): Tip | null {
  const { i18n, name } = style;
  if ("node" in target) {
    const n = network.nodes.find((x) => x.id === target.node);
    if (!n) return null;
    return {
      title: name(n.id),
      lines: [
        i18n.label("entityKind", n.kind),
        `${i18n.m("web.entity.received")}: ${i18n.usd(n.received)}`,
        `${i18n.m("web.entity.paid")}: ${i18n.usd(n.paid)}`,
      ],
    };
  }
  const e = network.edges.find((x) => x.id === target.edge);
  if (!e) return null;
  return {
    title: `${name(e.from)} ${i18n.m("web.units.arrow")} ${name(e.to)}`,
    after: `: ${i18n.usd(e.amount)}`,
    lines: e.deals.slice(0, 6).map((d) => `${i18n.label("dealType", d.type)} · ${i18n.usd(d.amount.value)}`),
  };
}

/**
 * What hovering a company (or an edge) brings forward: the company, its edges and the companies at
 * their other ends (an edge: itself and its two ends). Null when nothing is hovered.
 */
export function hoverFocus(
  drawing: NetworkDrawing,
  hovered: { node: string } | { edge: string } | null,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (!hovered) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if ("node" in hovered) {
    nodes.add(hovered.node);
    for (const e of drawing.edges)
      if (e.from === hovered.node || e.to === hovered.node) {
        edges.add(e.id);
        nodes.add(e.from);
        nodes.add(e.to);
      }
  } else {
    const e = drawing.edges.find((x) => x.id === hovered.edge);
    if (!e) return null;
    edges.add(e.id);
    nodes.add(e.from);
    nodes.add(e.to);
  }
  return { nodes, edges };
}
