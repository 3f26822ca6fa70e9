/**
 * A money graph (src/core/network/money-graph.ts) as a picture's nodes and edges: entities grouped by
 * kind (in the order of KIND_GROUPS, largest first within a kind), with what they receive and pay;
 * edges per payer, payee and deal-type group (the loop map) or per deal (the explorer, where an edge
 * opens its deal). Where they stand is the drawing's business (web/src/charts/loop-map-layout.ts).
 * O(m + n log n).
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

export type Network = { nodes: NetNode[]; edges: NetEdge[]; maxReceived: number };

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
  return { nodes, edges, maxReceived };
}

/** The loop key used in URLs and on the map's data-highlight: entity ids joined by ">". */
export function loopKey(entities: readonly string[]): string {
  return entities.join(">");
}

/** The payer→payee pairs a loop walks through. */
export function loopPairs(entities: readonly string[]): Set<string> {
  return new Set(entities.map((from, i) => `${from}>${entities[(i + 1) % entities.length]}`));
}
