/**
 * A reader's own financial network as the loop map draws it: nodes in file order, one
 * edge per debtor → creditor pair with the amounts summed, node size by what others owe it.
 * Time O(n + m).
 */
import type { FinancialNetwork } from "@core/contagion/network.ts";
import type { NetEdge, NetNode, Network } from "./network.ts";

/** Past this many nodes a drawing is a blur; the page shows the table only. */
export const MAX_DRAWN_NODES = 400;

export function userNetwork(network: FinancialNetwork): Network {
  const byPair = new Map<string, NetEdge>();
  const received = new Map<string, number>();
  const paid = new Map<string, number>();
  for (const l of network.liabilities) {
    if (!(l.amount > 0)) continue;
    const id = `${l.debtor}>${l.creditor}`;
    const edge = byPair.get(id);
    if (edge) edge.amount += l.amount;
    else
      byPair.set(id, {
        id,
        from: l.debtor,
        to: l.creditor,
        amount: l.amount,
        type: "loan",
        group: "credit",
        deals: [],
      });
    received.set(l.creditor, (received.get(l.creditor) ?? 0) + l.amount);
    paid.set(l.debtor, (paid.get(l.debtor) ?? 0) + l.amount);
  }
  const nodes: NetNode[] = network.nodes.map((n) => ({
    id: n.id,
    kind: "other",
    group: "other",
    received: received.get(n.id) ?? 0,
    paid: paid.get(n.id) ?? 0,
  }));
  const maxReceived = Math.max(0, ...nodes.map((n) => n.received));
  return { nodes, edges: [...byPair.values()], maxReceived };
}
