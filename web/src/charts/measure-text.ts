/**
 * Text widths as the chart's canvas will draw them: the loop map's layout measures every name before
 * placing it. One off-screen canvas, reused; a rough width (0.62 em a character) where there is none.
 *
 * Widths are kept (the layout measures each name at least twice: to fit it, then the fitted text for
 * its box, and again at each width the map is laid out at), and the canvas's font is set only when it
 * changes: setting it parses the font string each time, even to the same value.
 */
import type { Measure } from "./loop-map-layout.ts";

let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the canvas, as set (the canvas reads it back normalised). */
let contextFont = "";
/** Widths already measured, by font and text. */
const widths = new Map<string, number>();
/** More distinct texts than a page lays out; past it the cache starts again rather than grow. */
const MAX_KEPT = 5000;

export function canvasMeasure(family: string): Measure {
  return (text, size, bold) => {
    if (context === undefined)
      context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    if (!context) return [...text].length * size * 0.62;
    const font = `${bold ? "700 " : ""}${size}px ${family}`;
    const key = `${font}\u0000${text}`;
    const known = widths.get(key);
    if (known !== undefined) return known;
    if (contextFont !== font) {
      context.font = font;
      contextFont = font;
    }
    // A pixel to spare: the canvas rounds glyph positions its own way.
    const width = Math.ceil(context.measureText(text).width) + 1;
    if (widths.size >= MAX_KEPT) widths.clear();
    widths.set(key, width);
    return width;
  };
}
