/**
 * A small canonical network for the network charts' tests: a ring of three companies with a
 * bystander, one deal per edge.
 */
import type { MoneyEdge } from "@core/network/money-graph.ts";
import type { Network } from "../model/network.ts";

const deal = (from: string, to: string, value: number): MoneyEdge =>
  ({ deal: `${from}-${to}`, type: "equity-investment", from, to, amount: { value } }) as unknown as MoneyEdge;

/** a → b → c → a, a ring of money, and d, paid by a, in no loop. */
export const NETWORK: Network = {
  nodes: [
    { id: "a", kind: "ai-lab", group: "labs", received: 30, paid: 50 },
    { id: "b", kind: "hyperscaler", group: "clouds", received: 40, paid: 40 },
    { id: "c", kind: "chipmaker", group: "chips", received: 20, paid: 30 },
    { id: "d", kind: "power", group: "power", received: 10, paid: 0 },
  ],
  edges: [
    ["a", "b", 40e9],
    ["b", "c", 20e9],
    ["c", "a", 30e9],
    ["a", "d", 1e9],
  ].map(([from, to, amount]) => ({
    id: `${from}>${to}`,
    from: String(from),
    to: String(to),
    amount: Number(amount),
    type: "equity-investment" as const,
    group: "equity" as const,
    deals: [deal(String(from), String(to), Number(amount))],
  })),
  maxReceived: 40,
};
