import { describe, expect, it } from "vitest";
import { userNetwork } from "./user-network.ts";

describe("userNetwork", () => {
  it("sums parallel liabilities, sizes nodes by what they are owed, and places every node on the circle", () => {
    const net = userNetwork({
      nodes: ["a", "b", "c"].map((id) => ({ id, externalAssets: 0, externalLiabilities: 0 })),
      liabilities: [
        { debtor: "a", creditor: "b", amount: 2 },
        { debtor: "a", creditor: "b", amount: 1 },
        { debtor: "b", creditor: "c", amount: 2 },
        { debtor: "c", creditor: "a", amount: 0 },
      ],
      holdings: [],
      dependencies: [],
      shocks: [],
    });
    expect(net.edges.map((e) => [e.from, e.to, e.amount])).toEqual([
      ["a", "b", 3],
      ["b", "c", 2],
    ]);
    expect(net.nodes.map((n) => [n.id, n.received, n.paid])).toEqual([
      ["a", 0, 3],
      ["b", 3, 2],
      ["c", 2, 0],
    ]);
    expect(net.maxReceived).toBe(3);
  });
});
