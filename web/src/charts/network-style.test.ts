/**
 * What a network drawing shows, on a small canonical network (a ring of three with a bystander), in
 * both languages: what stands out under each kind of emphasis (marks, a selection, a loop, the top
 * loops), what is drawn last, the keyboard's ring, and names where the layout placed them (mirrored
 * right to left).
 */
import { describe, expect, it } from "vitest";
import { makeI18n } from "../i18n/index.ts";
import { NETWORK } from "./network-fixture.ts";
import {
  type NetworkDrawing,
  type NetworkStyle,
  type NodeMark,
  networkDrawing,
  networkLayout,
} from "./network-style.ts";
import { HIGHLIGHT, OKABE_ITO } from "./palette.ts";

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
  });
