/**
 * Loop and chain attribution on networks where the right answer is obvious, worked by hand in the
 * comments (docs/methods/circularity.md has the same examples).
 */
import { describe, expect, it } from "vitest";
import { type EdgeInput, edgeListFrom } from "../graph/edge-list.ts";
import { type AttributedNode, attributeCircularity } from "./attribution.ts";

const edge = (src: string, dst: string, amount: number): EdgeInput => ({ src, dst, amount });

function nodesOf(edges: EdgeInput[]): Map<string, AttributedNode> {
  const result = attributeCircularity(edgeListFrom(edges));
  return new Map(result.nodes.map((n) => [n.id, n]));
}

function get(nodes: Map<string, AttributedNode>, id: string): AttributedNode {
  const node = nodes.get(id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

describe("attributeCircularity: loops", () => {
  it("a pure 2-cycle: each side's money comes back in full along the one loop", () => {
    const nodes = nodesOf([edge("A", "B", 5), edge("B", "A", 5)]);
    for (const [id, other] of [
      ["A", "B"],
      ["B", "A"],
    ] as const) {
      const n = get(nodes, id);
      expect(n.loops.share).toBe(1);
      expect(n.loops.amount).toBe(5);
      expect(n.loops.count).toBe(1);
      expect(n.loops.top).toEqual([{ path: [id, other], amount: 5, share: 1, bottleneck: 5 }]);
      expect(n.selfShare).toBe(1); // a closed circulation for the mixing measure too
    }
  });

  it("a 2-cycle that leaks: A pays B 10, B pays back 6, so 6 of A's 10 come back", () => {
    // T_A = 6 received + 4 outside = 10, T_B = 10; ρ = (10/10)·(6/10) = 0.6.
    const nodes = nodesOf([edge("A", "B", 10), edge("B", "A", 6)]);
    expect(get(nodes, "A").loops.share).toBeCloseTo(0.6, 12);
    expect(get(nodes, "A").loops.amount).toBeCloseTo(6, 12);
    expect(get(nodes, "B").loops.share).toBeCloseTo(0.6, 12);
    expect(get(nodes, "B").loops.top[0]).toMatchObject({ path: ["B", "A"], bottleneck: 6 });
  });

  it("a chain A → B → C: no money comes back, and C's receipts trace to A through B", () => {
    const nodes = nodesOf([edge("A", "B", 10), edge("B", "C", 6)]);
    for (const id of ["A", "B", "C"]) {
      expect(get(nodes, id).loops).toEqual({ share: 0, amount: 0, count: 0, top: [] });
      expect(get(nodes, id).selfShare).toBe(0);
    }
    const c = get(nodes, "C");
    expect(c.origins).toHaveLength(1);
    expect(c.origins[0]).toMatchObject({ origin: "A", share: 1, traced: 1 });
    expect(c.origins[0]?.paths).toEqual([{ path: ["A", "B", "C"], amount: 6, share: 1 }]);
  });

  it("a ring with a branch: the branch's receiver gets no round-trip share, but sees its chain", () => {
    // The ring of the method page (A → B → C → A, 10 entering at A), C's leak paid on to D.
    const nodes = nodesOf([
      edge("A", "B", 110),
      edge("B", "C", 110),
      edge("C", "A", 100),
      edge("C", "D", 10),
    ]);
    expect(get(nodes, "A").loops.share).toBeCloseTo(10 / 11, 12);
    expect(get(nodes, "A").loops.top[0]?.path).toEqual(["A", "B", "C"]);
    const d = get(nodes, "D");
    expect(d.loops.share).toBe(0);
    expect(d.selfShare).toBe(0);
    // Every dollar D gets is A's outside money, along the one chain A → B → C → D (10 · 1 · 1 · 10/110),
    // plus the rounds it made first: the chain alone explains 1/11 of it.
    expect(d.origins[0]).toMatchObject({ origin: "A" });
    expect(d.origins[0]?.share).toBeCloseTo(1, 12);
    expect(d.origins[0]?.traced).toBeCloseTo(1 / 11, 12);
    expect(d.origins[0]?.paths[0]?.path).toEqual(["A", "B", "C", "D"]);
  });

  it("the power company: OpenAI → Oracle → PowerCo is a chain, not a round trip", () => {
    // OpenAI pays Oracle 300; Oracle pays Nvidia 40 and PowerCo 20; Nvidia pays OpenAI 100.
    // Outside money: OpenAI 200, Nvidia 60. T: OpenAI 300, Oracle 300, Nvidia 100, PowerCo 20.
    // The one loop OpenAI → Oracle → Nvidia returns ρ = (300/300)(40/300)(100/100) = 2/15.
    const nodes = nodesOf([
      edge("openai", "oracle", 300),
      edge("oracle", "nvidia", 40),
      edge("oracle", "powerco", 20),
      edge("nvidia", "openai", 100),
    ]);
    expect(get(nodes, "openai").loops.share).toBeCloseTo(2 / 15, 12);
    expect(get(nodes, "openai").loops.amount).toBeCloseTo(40, 9);
    expect(get(nodes, "nvidia").loops.amount).toBeCloseTo(100 * (2 / 15), 9);
    const power = get(nodes, "powerco");
    expect(power.loops).toEqual({ share: 0, amount: 0, count: 0, top: [] });
    expect(power.selfShare).toBe(0);
    // Mixing: a dollar from OpenAI reaches PowerCo with probability (1/15)/(1 − 2/15) = 1/13, so
    // 200/13 of PowerCo's 20 are "from OpenAI" (76.9%) and 60/13 from Nvidia (23.1%).
    const [fromOpenAi, fromNvidia] = power.origins;
    expect(fromOpenAi?.origin).toBe("openai");
    expect(fromOpenAi?.share).toBeCloseTo(10 / 13, 12);
    expect(fromNvidia?.origin).toBe("nvidia");
    expect(fromNvidia?.share).toBeCloseTo(3 / 13, 12);
    // Traceable: the direct chain carries 200 · 20/300 = 13.33 (2/3 of 20); the rest went round the loop.
    expect(fromOpenAi?.traced).toBeCloseTo(2 / 3, 12);
    expect(fromOpenAi?.paths).toHaveLength(1);
    expect(fromOpenAi?.paths[0]?.path).toEqual(["openai", "oracle", "powerco"]);
    expect(fromOpenAi?.paths[0]?.amount).toBeCloseTo(40 / 3, 9);
    expect(fromNvidia?.paths[0]?.path).toEqual(["nvidia", "openai", "oracle", "powerco"]);
    expect(fromNvidia?.traced).toBeCloseTo(4 / 20, 12);
  });

  it("lists loops largest first, with the bottleneck as the most that could go round", () => {
    // Two loops through A: A ⇄ B (ρ = 1/2 · 1) and A → C → A (ρ = 1/2 · 1/2).
    const nodes = nodesOf([edge("A", "B", 50), edge("B", "A", 50), edge("A", "C", 50), edge("C", "A", 25)]);
    const a = get(nodes, "A");
    expect(a.loops.count).toBe(2);
    expect(a.loops.top.map((l) => l.path)).toEqual([
      ["A", "B"],
      ["A", "C"],
    ]);
    expect(a.loops.share).toBeCloseTo(0.75, 12);
    for (const loop of a.loops.top) expect(loop.amount).toBeLessThanOrEqual(loop.bottleneck);
  });
});

describe("attributeCircularity: limits", () => {
  const triangle = [edge("A", "B", 10), edge("B", "C", 10), edge("C", "A", 10)];

  it("a loop longer than maxLength is not followed", () => {
    const list = edgeListFrom(triangle);
    const short = attributeCircularity(list, { loops: { maxLength: 2 } });
    expect(short.loopSearch).toEqual({ cycles: 0, maxLength: 2, complete: true });
    expect(short.nodes.every((n) => n.loops.share === 0)).toBe(true);
  });

  it("stopping at maxCycles says so", () => {
    // The triangle, A ⇄ C and B ⇄ C: three loops.
    const list = edgeListFrom([...triangle, edge("A", "C", 1), edge("C", "B", 1)]);
    const all = attributeCircularity(list);
    expect(all.loopSearch).toMatchObject({ cycles: 3, complete: true });
    const cut = attributeCircularity(list, { loops: { maxCycles: 1 } });
    expect(cut.loopSearch).toMatchObject({ cycles: 1, complete: false });
  });

  it("searches chains only for the entities asked for", () => {
    const result = attributeCircularity(edgeListFrom([edge("A", "B", 10), edge("B", "C", 6)]), {
      pathsFor: ["B"],
    });
    const c = result.nodes.find((n) => n.id === "C");
    expect(c?.origins[0]).toMatchObject({ origin: "A", traced: null, paths: [] });
    expect(result.nodes.find((n) => n.id === "B")?.origins[0]?.traced).toBe(1);
  });
});
