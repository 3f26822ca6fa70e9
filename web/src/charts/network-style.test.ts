/**
 * What a network drawing shows, on a small canonical network (a ring of three with a bystander), in
 * both languages: what stands out under each kind of emphasis (marks, a selection, a loop, the top
 * loops), what is drawn last, the keyboard's ring, what hovering brings forward, names where the
 * layout placed them (mirrored right to left), and the tooltips' words.
 */
import type { MoneyEdge } from "@core/network/money-graph.ts";
import { describe, expect, it } from "vitest";
import { makeI18n } from "../i18n/index.ts";
import type { Network } from "../model/network.ts";
import {
  hoverFocus,
  type NetworkDrawing,
  type NetworkStyle,
  type NodeMark,
  networkDrawing,
  networkLayout,
  networkTip,
} from "./network-style.ts";
import { HIGHLIGHT, OKABE_ITO } from "./palette.ts";

const deal = (from: string, to: string, value: number): MoneyEdge =>
  ({ deal: `${from}-${to}`, type: "equity-investment", from, to, amount: { value } }) as unknown as MoneyEdge;

/** a → b → c → a, a ring of money, and d, paid by a, in no loop. */
const NETWORK: Network = {
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

const measure = (text: string, size: number) => [...text].length * size * 0.6;

function draw(lang: "en" | "ar", style: Omit<NetworkStyle, "name" | "i18n">) {
  const i18n = makeI18n(lang);
  const name = (id: string) => `Company ${id.toUpperCase()}`;
  const layout = networkLayout(NETWORK, { width: 900, name, i18n, measure });
  return networkDrawing(NETWORK, layout, { name, i18n, ...style });
}

const edge = (d: NetworkDrawing, id: string) => d.edges.find((e) => e.id === id);
const node = (d: NetworkDrawing, id: string) => d.nodes.find((n) => n.id === id);

for (const lang of ["en", "ar"] as const)
  describe(`networkDrawing (${lang})`, () => {
    it("draws every company and edge, with nothing faded when nothing is asked for", () => {
      const d = draw(lang, {});
      expect(d.nodes.map((n) => n.id).sort()).toEqual(["a", "b", "c", "d"]);
      expect(d.edges).toHaveLength(4);
      for (const e of d.edges) expect(e.opacity).toBe(0.85);
      for (const n of d.nodes) expect(n.opacity).toBe(1);
      // Wider for more money (log scale), in the deal type's colour.
      expect(edge(d, "a>b")?.width ?? 0).toBeGreaterThan(edge(d, "a>d")?.width ?? 0);
      expect(edge(d, "a>b")?.colour).toBe(OKABE_ITO.blue);
    });

    it("writes names where the layout placed them: from their left end, or their right end right to left", () => {
      const i18n = makeI18n(lang);
      const name = (id: string) => `Company ${id}`;
      const layout = networkLayout(NETWORK, { width: 900, name, i18n, measure });
      const d = networkDrawing(NETWORK, layout, { name, i18n });
      expect(d.rtl).toBe(lang === "ar");
      for (const p of layout.nodes) {
        const label = node(d, p.id)?.label;
        expect(label?.box).toEqual(p.labelBox);
        expect(label?.x).toBe(lang === "ar" ? p.labelBox.x + p.labelBox.w - 1 : p.labelBox.x);
        expect(label?.y).toBe(p.y);
      }
      expect(d.heads.map((h) => h.text)).toEqual(layout.groups.map((g) => g.label));
    });

    it("brings a selected company's edges forward in black, drawn last, and fades the rest", () => {
      const d = draw(lang, { selected: "d" });
      expect(d.edges.at(-1)?.id).toBe("a>d");
      expect(edge(d, "a>d")?.colour).toBe(HIGHLIGHT);
      expect(edge(d, "a>d")?.opacity).toBe(0.85);
      expect(edge(d, "b>c")?.opacity).toBeLessThan(0.1);
      expect(node(d, "b")?.opacity).toBeLessThan(0.5);
      expect(node(d, "a")?.opacity).toBe(1);
      expect(node(d, "d")?.label?.bold).toBe(true);
      expect(node(d, "d")?.stroke).toBe(HIGHLIGHT);
    });

    it("draws a highlighted loop's steps in black and leaves the bystander faded", () => {
      const d = draw(lang, { loop: ["a", "b", "c"] });
      for (const id of ["a>b", "b>c", "c>a"]) expect(edge(d, id)?.colour).toBe(HIGHLIGHT);
      expect(edge(d, "a>d")?.opacity).toBeLessThan(0.1);
      expect(d.edges[0]?.id).toBe("a>d");
      expect(node(d, "d")?.label?.opacity).toBe(0.45);
    });

    it("draws the top loops in full colour, the rest faded but their names legible", () => {
      const d = draw(lang, { topLoops: [["a", "b", "c"]] });
      expect(edge(d, "a>b")?.colour).toBe(OKABE_ITO.blue);
      expect(edge(d, "a>d")?.opacity).toBe(0.16);
      expect(node(d, "d")?.opacity).toBe(0.55);
      expect(node(d, "d")?.label?.opacity).toBe(1);
    });

    it("marks a stress cascade: ring, fill and size, not only hue; unmarked companies faded", () => {
      const plain = draw(lang, {});
      const marks = new Map<string, ReadonlySet<NodeMark>>([
        ["b", new Set(["shocked"])],
        ["c", new Set(["new-default"])],
      ]);
      const d = draw(lang, { marks, selected: "a" });
      expect(node(d, "b")?.stroke).toBe(OKABE_ITO.orange);
      expect(node(d, "b")?.size).toBe((node(plain, "b")?.size ?? 0) + 3);
      expect(node(d, "c")?.fill).toBe(OKABE_ITO.vermillion);
      expect(node(d, "c")?.size).toBeCloseTo((node(plain, "c")?.size ?? 0) * 1.4, 6);
      expect(node(d, "c")?.label?.bold).toBe(true);
      // Marks win over a selection.
      expect(node(d, "a")?.opacity).toBe(0.35);
      expect(edge(d, "a>d")?.opacity).toBeLessThan(0.1);
      expect(edge(d, "b>c")?.opacity).toBe(0.85);
    });

    it("rings the company the keyboard is on in blue", () => {
      const d = draw(lang, { focused: "c" });
      expect(node(d, "c")?.stroke).toBe(OKABE_ITO.blue);
      expect(node(d, "c")?.strokeWidth).toBe(4);
    });

    it("says in a tooltip who a company is and what it receives and pays; an edge, who pays whom", () => {
      const i18n = makeI18n(lang);
      const style = { i18n, name: (id: string) => `Company ${id.toUpperCase()}` };
      const tip = networkTip(NETWORK, style, { node: "a" });
      expect(tip?.title).toBe("Company A");
      expect(tip?.lines).toEqual([
        i18n.label("entityKind", "ai-lab"),
        `${i18n.m("web.entity.received")}: ${i18n.usd(30)}`,
        `${i18n.m("web.entity.paid")}: ${i18n.usd(50)}`,
      ]);
      const e = networkTip(NETWORK, style, { edge: "a>b" });
      expect(e?.title).toBe(`Company A ${i18n.m("web.units.arrow")} Company B`);
      expect(e?.after).toBe(`: ${i18n.usd(40e9)}`);
      expect(e?.lines).toEqual([`${i18n.label("dealType", "equity-investment")} · ${i18n.usd(40e9)}`]);
      expect(networkTip(NETWORK, style, { node: "nobody" })).toBeNull();
    });
  });

describe("hoverFocus", () => {
  it("brings forward a company, its edges and their other ends; an edge, itself and its ends", () => {
    const d = draw("en", {});
    expect(hoverFocus(d, null)).toBeNull();
    const onD = hoverFocus(d, { node: "d" });
    expect([...(onD?.nodes ?? [])].sort()).toEqual(["a", "d"]);
    expect([...(onD?.edges ?? [])]).toEqual(["a>d"]);
    const onB = hoverFocus(d, { edge: "b>c" });
    expect([...(onB?.nodes ?? [])].sort()).toEqual(["b", "c"]);
    expect([...(onB?.edges ?? [])]).toEqual(["b>c"]);
  });
});
