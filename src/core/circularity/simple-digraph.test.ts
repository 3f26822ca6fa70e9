import { describe, expect, it } from "vitest";
import { edgeListFrom } from "../graph/edge-list.ts";
import { CircularityError } from "./error.ts";
import { simpleDigraph } from "./simple-digraph.ts";

describe("simple weighted digraph", () => {
  it("sums parallel edges, drops self-loops and zero totals, sorts by (source, target)", () => {
    const graph = simpleDigraph(
      edgeListFrom([
        { src: "b", dst: "a", amount: 1 },
        { src: "a", dst: "b", amount: 3 },
        { src: "a", dst: "a", amount: 100 },
        { src: "a", dst: "b", amount: 7 },
        { src: "a", dst: "c", amount: 0 },
      ]),
    );
    expect(graph.n).toBe(3);
    expect(Array.from(graph.src)).toEqual([0, 1]);
    expect(Array.from(graph.dst)).toEqual([1, 0]);
    // "b" is node 0 (first seen), so b→a comes first.
    expect(Array.from(graph.amount)).toEqual([1, 10]);
  });

  it("a negative or non-finite amount is an error naming the edge", () => {
    for (const amount of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const list = edgeListFrom([
        { src: "a", dst: "b", amount: 1 },
        { src: "b", dst: "c", amount },
      ]);
      try {
        simpleDigraph(list);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CircularityError);
        expect((error as CircularityError).problem).toEqual({ code: "invalid-amount", edge: 1, amount });
      }
    }
  });
});
