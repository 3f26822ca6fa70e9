import { edgeListFrom } from "@core/graph/edge-list.ts";
import { findMoneyLoops } from "@core/loops/money-loops.ts";
import type { MoneyEdge, MoneyGraph } from "@core/network/money-graph.ts";
import { moneyGraph } from "@core/network/money-graph.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import type { DealType } from "@schema/deal.ts";
import type { EntityKind } from "@schema/entity.ts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { makeModel } from "../data/model.ts";
import { DEAL_TYPES, KIND_GROUP, KIND_GROUPS } from "./enums.ts";
import { loopKey, loopPairs, networkOf } from "./network.ts";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

const KINDS = Object.keys(KIND_GROUP) as EntityKind[];

describe("networkOf", () => {
  it("draws the tiny loop: three entities by kind, edges per type group, sizes from receipts", () => {
    const graph = moneyGraph(tiny, { basis: "announced", asOf: "2026-01-01" });
    const net = networkOf(makeModel(tiny), graph, "type-group");
    // AI labs, then chipmakers, then clouds: the kinds in KIND_GROUPS order.
    expect(net.nodes.map((n) => n.id)).toEqual(["lab", "chips", "cloud"]);
    // The press report's 60–90 (75) overlaps the 60 of the signed deal: the larger counts, once.
    expect(Object.fromEntries(net.nodes.map((n) => [n.id, n.received]))).toEqual({
      lab: 100,
      cloud: 75,
      chips: 40,
    });
    expect(net.edges.map((e) => [e.id, e.amount]).sort()).toEqual([
      ["chips>lab>equity", 100],
      ["cloud>chips>chips", 40],
      ["lab>cloud>compute", 75],
    ]);
    expect(net.maxReceived).toBe(100);
    const loop = findMoneyLoops(graph).loops[0];
    expect(loopKey(loop?.entities ?? [])).toBe("chips>lab>cloud");
    expect([...loopPairs(["chips", "lab", "cloud"])]).toEqual(["chips>lab", "lab>cloud", "cloud>chips"]);
  });

  it("keeps every entity with an edge, kinds in KIND_GROUPS order, and every dollar", () => {
    const edge = fc.record({
      from: fc.integer({ min: 0, max: 7 }),
      to: fc.integer({ min: 0, max: 7 }),
      amount: fc.integer({ min: 1, max: 1e6 }),
      type: fc.constantFrom(...DEAL_TYPES),
      deal: fc.integer({ min: 0, max: 5 }),
    });
    const input = fc.record({
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 8, maxLength: 8 }),
      edges: fc.array(edge, { maxLength: 25 }),
      per: fc.constantFrom("type-group" as const, "deal" as const),
    });
    fc.assert(
      fc.property(input, ({ kinds, edges, per }) => {
        const entities = kinds.map((kind, i) => ({ id: `e${i}`, name: { en: `E${i}`, ar: `ك${i}` }, kind }));
        const model = makeModel({ ...tiny, entities, deals: [] });
        const moneyEdges = edges.map(
          (e) =>
            ({
              deal: `d${e.deal}`,
              flow: "1",
              type: e.type as DealType,
              kind: "cash",
              status: "signed",
              from: `e${e.from}`,
              to: `e${e.to}`,
              amount: { value: e.amount, low: e.amount, high: e.amount },
              conditional: false,
              tier: "binding",
              estimate: false,
              announced: "2025",
              sources: [],
            }) satisfies MoneyEdge,
        );
        const graph: MoneyGraph = {
          list: edgeListFrom([]),
          edges: moneyEdges,
          basis: "announced",
          asOf: "2026",
        };
        const net = networkOf(model, graph, per);
        const outside = edges.filter((e) => e.from !== e.to);
        expect(net.edges.reduce((s, e) => s + e.amount, 0)).toBe(outside.reduce((s, e) => s + e.amount, 0));
        expect(new Set(net.edges.map((e) => e.id)).size).toBe(net.edges.length);
        expect(net.nodes.length).toBe(new Set(outside.flatMap((e) => [e.from, e.to])).size);
        const order = net.nodes.map((n) => KIND_GROUPS.indexOf(n.group));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 1500 },
    );
  });
});
