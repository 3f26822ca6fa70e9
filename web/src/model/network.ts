/**
 * A money graph (src/core/network/money-graph.ts) as a picture's nodes and edges: entities on a circle
 * grouped by kind, sized by what they receive; edges per payer, payee and deal-type group (the loop
 * map) or per deal (the explorer, where an edge opens its deal).
 *
 * Placement: each entity with an edge takes a slot on a circle, 1 + 1.6·√(received / largest received)
 * wide (so that large nodes do not cover their neighbours), with a gap of GAP slots between kinds, in
 * the order of KIND_GROUPS, largest first within a kind. O(m + n log n).
 */
import type { MoneyEdge, MoneyGraph } from "@core/network/money-graph.ts";
import type { DealType } from "@schema/deal.ts";
import type { EntityKind } from "@schema/entity.ts";
import type { Model } from "../data/model.ts";
import { KIND_GROUP, KIND_GROUPS, type KindGroup, TYPE_GROUP, type TypeGroup } from "./enums.ts";

export type NetNode = {
  id: string;
  kind: EntityKind;
  group: KindGroup;
  received: number;
  paid: number;
  /** Position on the unit circle (y grows downward, as on screen). */
  x: number;
  y: number;
};

export type NetEdge = {
  id: string;
  from: string;
  to: string;
  amount: number;
  /** The type of the largest deal on the edge. */
  type: DealType;
  group: TypeGroup;
  deals: MoneyEdge[];
};

export type GroupLabel = { group: KindGroup; x: number; y: number };

export type Network = { nodes: NetNode[]; edges: NetEdge[]; labels: GroupLabel[]; maxReceived: number };

const GAP = 1.5;

export function networkOf(model: Model, graph: MoneyGraph, per: "type-group" | "deal"): Network {
  const byKey = new Map<string, NetEdge>();
  for (const edge of graph.edges) {
    if (edge.from === edge.to) continue;
    const part = per === "deal" ? edge.deal : TYPE_GROUP[edge.type];
    const id = `${edge.from}>${edge.to}>${part}`;
    const known = byKey.get(id);
    if (known) {
      known.amount += edge.amount.value;
      known.deals.push(edge);
    } else {
      byKey.set(id, {
        id,
        from: edge.from,
        to: edge.to,
        amount: edge.amount.value,
        type: edge.type,
        group: TYPE_GROUP[edge.type],
        deals: [edge],
      });
    }
  }
  const edges = [...byKey.values()];
  for (const edge of edges) {
    edge.deals.sort((a, b) => b.amount.value - a.amount.value);
    edge.type = (edge.deals[0] as MoneyEdge).type;
    edge.group = TYPE_GROUP[edge.type];
  }

  const received = new Map<string, number>();
  const paid = new Map<string, number>();
  for (const e of edges) {
    received.set(e.to, (received.get(e.to) ?? 0) + e.amount);
    paid.set(e.from, (paid.get(e.from) ?? 0) + e.amount);
  }
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const nodes = ids.map((id) => {
    const kind = model.entities.get(id)?.kind ?? "other";
    return {
      id,
      kind,
      group: KIND_GROUP[kind],
      received: received.get(id) ?? 0,
      paid: paid.get(id) ?? 0,
      x: 0,
      y: 0,
    };
  });
  const order = (g: KindGroup) => KIND_GROUPS.indexOf(g);
  nodes.sort(
    (a, b) =>
      order(a.group) - order(b.group) ||
      b.received + b.paid - (a.received + a.paid) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const maxReceived = Math.max(0, ...nodes.map((n) => n.received));
  const labels = placeOnCircle(
    nodes,
    (n) => 1 + 1.6 * Math.sqrt(maxReceived > 0 ? n.received / maxReceived : 0),
  );
  return { nodes, edges, labels, maxReceived };
}

/** Sets x, y of each node (in order) on the unit circle, starting at the top, clockwise. */
export function placeOnCircle(nodes: NetNode[], width: (node: NetNode) => number): GroupLabel[] {
  const groups = new Set(nodes.map((n) => n.group)).size;
  const slots = nodes.reduce((sum, n) => sum + width(n), 0) + GAP * groups;
  const at = (slot: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * slot) / Math.max(slots, 1);
    return { x: Math.cos(angle), y: Math.sin(angle) };
  };
  const labels: GroupLabel[] = [];
  let slot = GAP / 2;
  let i = 0;
  while (i < nodes.length) {
    const group = (nodes[i] as NetNode).group;
    const start = slot;
    while (i < nodes.length && (nodes[i] as NetNode).group === group) {
      const node = nodes[i] as NetNode;
      const w = width(node);
      Object.assign(node, at(slot + w / 2));
      slot += w;
      i += 1;
    }
    const middle = at((start + slot) / 2);
    // Kind names stand just inside the ring, where no node label reaches.
    labels.push({ group, x: middle.x * 0.84, y: middle.y * 0.84 });
    slot += GAP;
  }
  return labels;
}

/** The loop key used in URLs and on the map's data-highlight: entity ids joined by ">". */
export function loopKey(entities: readonly string[]): string {
  return entities.join(">");
}

/** The payer→payee pairs a loop walks through. */
export function loopPairs(entities: readonly string[]): Set<string> {
  return new Set(entities.map((from, i) => `${from}>${entities[(i + 1) % entities.length]}`));
}
