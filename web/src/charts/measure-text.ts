/**
 * Text widths as the chart's canvas will draw them: the loop map's layout measures every name before
 * placing it. One off-screen canvas, reused; a rough width (0.62 em a character) where there is none.
 */
import type { Measure } from "./loop-map-layout.ts";

let context: CanvasRenderingContext2D | null | undefined;

export function canvasMeasure(family: string): Measure {
  return (text, size, bold) => {
    if (context === undefined)
      context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    if (!context) return [...text].length * size * 0.62;
    context.font = `${bold ? "700 " : ""}${size}px ${family}`;
    // A pixel to spare: the canvas rounds glyph positions its own way.
    return Math.ceil(context.measureText(text).width) + 1;
  };
}
