import { moneyGraph } from "@core/network/money-graph.ts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../../src/io/paths.ts";
import { makeModel } from "../data/model.ts";
import { KIND_GROUPS, type KindGroup } from "../model/enums.ts";
import { type Network, networkOf } from "../model/network.ts";
import {
  type Box,
  fitText,
  type LoopMap,
  loopMapLayout,
  type MapNodeIn,
  overlaps,
} from "./loop-map-layout.ts";

/** A stand-in for canvas measureText: wide enough for Latin capitals and Arabic alike. */
const measure = (text: string, size: number, bold: boolean) => [...text].length * size * (bold ? 0.66 : 0.6);
const options = (width: number, rtl = false) => ({
  width,
  measure,
  rtl,
  groupName: (g: KindGroup) => `Kind ${g} of companies`,
});

const symbolBox = (n: LoopMap["nodes"][number]): Box => ({
  x: n.x - n.size / 2,
  y: n.y - n.size / 2,
  w: n.size,
  h: n.size,
});

/** Every fault a drawing could have: boxes that meet, boxes outside it, kinds mixed in a column run. */
function faults(map: LoopMap): string[] {
  const out: string[] = [];
  const boxes: [string, Box][] = [
    ...map.nodes.map((n): [string, Box] => [`label ${n.id}`, n.labelBox]),
    ...map.nodes.map((n): [string, Box] => [`node ${n.id}`, symbolBox(n)]),
    ...map.groups.map((g, i): [string, Box] => [`group ${g.group} ${i}`, g.box]),
  ];
  for (let i = 0; i < boxes.length; i += 1) {
    const [a, boxA] = boxes[i] as [string, Box];
    if (
      boxA.x < -0.01 ||
      boxA.y < -0.01 ||
      boxA.x + boxA.w > map.width + 0.01 ||
      boxA.y + boxA.h > map.height + 0.01
    )
      out.push(`${a} outside`);
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [b, boxB] = boxes[j] as [string, Box];
      if (overlaps(boxA, boxB)) out.push(`${a} meets ${b}`);
    }
  }
  return out;
}

/** The kinds down each column, top to bottom: one kind's companies are never interleaved with another's. */
function runs(map: LoopMap): string[][] {
  const columns = new Map<number, LoopMap["nodes"]>();
  for (const n of map.nodes) columns.set(Math.round(n.x), [...(columns.get(Math.round(n.x)) ?? []), n]);
  return [...columns.values()].map((c) =>
    c
      .sort((a, b) => a.y - b.y)
      .map((n) => n.group)
      .filter((g, i, all) => i === 0 || all[i - 1] !== g),
  );
}

let bundled: Network;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  bundled = networkOf(
    makeModel(loaded.dataset),
    moneyGraph(loaded.dataset, { basis: "announced", asOf: "2026-11-21" }),
    "type-group",
  );
});

const inputOf = (network: Network): MapNodeIn[] =>
  network.nodes.map((n) => ({
    id: n.id,
    group: n.group,
    weight: n.received / Math.max(network.maxReceived, 1),
    name: `${n.id} ${n.kind} company name`,
  }));

describe("loopMapLayout", () => {
  it("draws the bundled network at desktop and phone widths, both directions, with nothing overlapping", () => {
    for (const width of [860, 640, 350, 320])
      for (const rtl of [false, true]) {
        const map = loopMapLayout(inputOf(bundled), bundled.edges, options(width, rtl));
        expect(map.nodes).toHaveLength(bundled.nodes.length);
        expect(faults(map), `${width} ${rtl}`).toEqual([]);
        // Every kind in one run per column: the kinds stay apart.
        for (const run of runs(map)) expect(new Set(run).size).toBe(run.length);
        // The drawing keeps a shape that a phone can show: not a tall strip.
        expect(map.width / map.height).toBeGreaterThan(0.7);
      }
  });

  it("mirrors for right-to-left pages: each node and name at the same distance from the other side", () => {
    const ltr = loopMapLayout(inputOf(bundled), bundled.edges, options(860));
    const rtl = loopMapLayout(inputOf(bundled), bundled.edges, options(860, true));
    for (const [i, n] of ltr.nodes.entries()) {
      const m = rtl.nodes[i];
      expect(m?.id).toBe(n.id);
      expect(m?.x).toBeCloseTo(860 - n.x);
      expect((m?.labelBox.x ?? 0) + (m?.labelBox.w ?? 0)).toBeCloseTo(860 - n.labelBox.x);
      expect(m?.y).toBeCloseTo(n.y);
    }
  });

  it("is deterministic: the same input in any order gives the same drawing", () => {
    const input = inputOf(bundled);
    const a = loopMapLayout(input, bundled.edges, options(860));
    const b = loopMapLayout([...input].reverse(), [...bundled.edges].reverse(), options(860));
    const byId = (map: LoopMap) => Object.fromEntries(map.nodes.map((n) => [n.id, [n.x, n.y, n.label]]));
    expect(byId(b)).toEqual(byId(a));
    expect(b.height).toBe(a.height);
  });

  it("orders a kind by its partners' heights (barycentre): two crossing edges are uncrossed", () => {
    // Two lenders, two labs; a1 lends to b2, a2 to b1. Barycentre ordering puts them in parallel.
    const nodes: MapNodeIn[] = [
      { id: "a1", group: "financiers", weight: 1, name: "a1" },
      { id: "a2", group: "financiers", weight: 0.5, name: "a2" },
      { id: "b1", group: "labs", weight: 1, name: "b1" },
      { id: "b2", group: "labs", weight: 0.5, name: "b2" },
    ];
    const map = loopMapLayout(
      nodes,
      [
        { from: "a1", to: "b2" },
        { from: "a2", to: "b1" },
      ],
      options(860),
    );
    const y = Object.fromEntries(map.nodes.map((n) => [n.id, n.y]));
    expect(Math.sign((y.a1 ?? 0) - (y.a2 ?? 0))).toBe(Math.sign((y.b2 ?? 0) - (y.b1 ?? 0)));
  });

  it("shortens a name only when it does not fit, and then to a start with an ellipsis", () => {
    expect(fitText("Oracle", 100, 10, false, measure)).toEqual({ text: "Oracle", shortened: false });
    const cut = fitText("Valor Compute Infrastructure", 60, 10, false, measure);
    expect(cut.shortened).toBe(true);
    expect(cut.text.endsWith("…")).toBe(true);
    expect(measure(cut.text, 10, false)).toBeLessThanOrEqual(60);
    expect("Valor Compute Infrastructure".startsWith(cut.text.slice(0, -1))).toBe(true);
  });

  it("never overlaps on random networks at any width", () => {
    const node = fc.record({
      group: fc.constantFrom(...KIND_GROUPS),
      weight: fc.double({ min: 0, max: 1, noNaN: true }),
      name: fc.string({ minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(node, { minLength: 1, maxLength: 70 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }),
        fc.integer({ min: 300, max: 1400 }),
        fc.boolean(),
        (raw, pairs, width, rtl) => {
          const nodes = raw.map((n, i) => ({ ...n, id: `n${i}` }));
          const edges = pairs.map(([a, b]) => ({ from: `n${a % nodes.length}`, to: `n${b % nodes.length}` }));
          const map = loopMapLayout(nodes, edges, options(width, rtl));
          expect(map.nodes).toHaveLength(nodes.length);
          expect(faults(map)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
