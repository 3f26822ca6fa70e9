import { describe, expect, it } from "vitest";
import { importCycles } from "./import-cycles.ts";

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe("importCycles", () => {
  it("finds no cycle in a tree or a diamond", () => {
    expect(importCycles(graph({ a: ["b", "c"], b: ["d"], c: ["d"], d: [] }))).toEqual([]);
  });

  it("finds a two-file cycle, a three-file cycle and a self-import, each once", () => {
    const cycles = importCycles(
      graph({ a: ["b"], b: ["a", "c"], c: ["d"], d: ["e"], e: ["c"], f: ["f"], g: ["a"] }),
    );
    expect(cycles).toEqual([["a", "b"], ["c", "d", "e"], ["f"]]);
  });

  it("joins cycles that share a file into one component", () => {
    expect(importCycles(graph({ a: ["b"], b: ["a", "c"], c: ["b"] }))).toEqual([["a", "b", "c"]]);
  });

  it("follows imports of files not listed as keys without failing", () => {
    expect(importCycles(graph({ a: ["x"] }))).toEqual([]);
  });

  it("handles a chain longer than any recursion limit", () => {
    const n = 20_000;
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) edges[`f${i}`] = [`f${(i + 1) % n}`];
    const cycles = importCycles(graph(edges));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
  });
});
