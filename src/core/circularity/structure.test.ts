import { describe, expect, it } from "vitest";
import { edgeListFrom } from "../graph/edge-list.ts";
import { simpleDigraph } from "./simple-digraph.ts";
import { adjacency, reachesLeak, weakComponents } from "./structure.ts";

// a→b→c→a is a ring; c→d leaks at d; e→f is apart; g has no edges.
const graph = simpleDigraph(
  edgeListFrom(
    [
      { src: "a", dst: "b", amount: 1 },
      { src: "b", dst: "c", amount: 1 },
      { src: "c", dst: "a", amount: 1 },
      { src: "c", dst: "d", amount: 1 },
      { src: "e", dst: "f", amount: 1 },
    ],
    ["a", "b", "c", "d", "e", "f", "g"],
  ),
);

describe("tracing structure", () => {
  it("groups edges by endpoint", () => {
    const out = adjacency(graph.n, graph.src);
    expect(Array.from(out.offsets)).toEqual([0, 1, 2, 4, 4, 5, 5, 5]);
    const into = adjacency(graph.n, graph.dst);
    const sources = (v: number) =>
      Array.from(into.edges.subarray(into.offsets[v], into.offsets[v + 1]), (e) => graph.src[e]);
    expect(sources(0)).toEqual([2]);
    expect(sources(6)).toEqual([]);
  });

  it("finds weak components, represented by their smallest node", () => {
    expect(Array.from(weakComponents(graph))).toEqual([0, 0, 0, 0, 4, 4, 6]);
  });

  it("the ring reaches the leak at d; without that exit it is closed", () => {
    const leakage = Float64Array.from([0, 0, 0, 1, 0, 1, 0]);
    const throughput = Float64Array.from([1, 1, 2, 1, 1, 1, 0]);
    expect(Array.from(reachesLeak(graph, leakage, throughput, 0))).toEqual([1, 1, 1, 1, 1, 1, 0]);
    const noExit = Float64Array.from([0, 0, 0, 0, 0, 1, 0]);
    expect(Array.from(reachesLeak(graph, noExit, throughput, 0))).toEqual([0, 0, 0, 0, 1, 1, 0]);
  });

  it("leakage at or below the tolerance does not count", () => {
    const tiny = Float64Array.from([0, 0, 0, 1e-13, 0, 0, 0]);
    const throughput = Float64Array.from([1, 1, 2, 1, 1, 1, 0]);
    expect(Array.from(reachesLeak(graph, tiny, throughput, 1e-12))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
