/**
 * The boxes of the words a chart has drawn, in the chart's own pixels: every text the renderer shows
 * (labels, axis names, legend), one box per text with all its lines, hidden ones left out. The page
 * writes them on the chart's box (data-labels) so a browser test can check that no two overlap, as
 * the loop map's test does with the boxes its layout placed.
 */
import type { echarts } from "./echarts.ts";

type Instance = ReturnType<typeof echarts.init>;
type Rect = { x: number; y: number; width: number; height: number };
type TextLike = {
  type: string;
  parent?: TextLike;
  ignore?: boolean;
  invisible?: boolean;
  style?: { text?: string; opacity?: number };
  getBoundingRect(): Rect & { clone(): Rect & { applyTransform(m: unknown): void } };
  getComputedTransform(): unknown;
};

/** A text's box and the words drawn in it, lines joined by a space (as cut to fit, ellipsis and all). */
export type LabelBox = [x: number, y: number, width: number, height: number, text?: string];

/** The boxes of the texts drawn, rounded to tenths of a pixel, with their words. */
export function drawnLabels(instance: Instance): LabelBox[] {
  const zr = instance.getZr() as unknown as { storage: { getDisplayList(update?: boolean): TextLike[] } };
  // The display list holds each text's lines (tspans); their parent is the text, measured whole.
  const texts = new Map<TextLike, string[]>();
  for (const element of zr.storage.getDisplayList(true)) {
    const text = element.type === "tspan" ? element.parent : element.type === "text" ? element : undefined;
    if (text?.type === "text" && !text.ignore && !text.invisible && (text.style?.text ?? "").trim() !== "") {
      const lines = texts.get(text) ?? [];
      if (element.type === "tspan" && element.style?.text) lines.push(element.style.text);
      texts.set(text, lines);
    }
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return [...texts].flatMap(([text, lines]) => {
    const rect = text.getBoundingRect().clone();
    const transform = text.getComputedTransform();
    if (transform) rect.applyTransform(transform);
    if (rect.width <= 0 || rect.height <= 0) return [];
    const words = lines.join(" ");
    return [[round(rect.x), round(rect.y), round(rect.width), round(rect.height), words] as LabelBox];
  });
}

/** Pairs of boxes that overlap by more than `slack` pixels each way (touching is not overlapping). */
export function overlappingPairs(labels: readonly LabelBox[], slack = 1): [number, number][] {
  const pairs: [number, number][] = [];
  labels.forEach(([x, y, w, h], i) => {
    labels.slice(i + 1).forEach(([x2, y2, w2, h2], k) => {
      const across = Math.min(x + w, x2 + w2) - Math.max(x, x2);
      const down = Math.min(y + h, y2 + h2) - Math.max(y, y2);
      if (across > slack && down > slack) pairs.push([i, i + 1 + k]);
    });
  });
  return pairs;
}
