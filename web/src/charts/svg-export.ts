/**
 * Downloads of an SVG chart drawn by the page (the network charts): the SVG file is the drawn SVG
 * itself, framed (export-frame.ts); the PNG is that same SVG drawn into an image at twice its pixels,
 * then framed on a canvas (framed-png.ts). No second renderer: the file is what the reader saw, less
 * what only the screen needs (hit areas, a hover's fading, the transition).
 */
import { type ExportText, frameSvg } from "./export-frame.ts";
import { FONT } from "./font.ts";
import { framedPng } from "./framed-png.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The drawn SVG as a standalone file's text, `width` × `height` pixels (its viewBox kept), on white:
 * everything it needs is in attributes (the page's stylesheet does not travel with it), so the
 * parts drawn only for the pointer are dropped and the hover's fading is undone.
 */
export function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.setAttribute("font-family", FONT);
  copy.removeAttribute("style");
  copy.removeAttribute("aria-hidden");
  for (const part of copy.querySelectorAll("[data-screen-only]")) part.remove();
  // Hover fading is a class on the parts (the page's CSS), and the data attributes name the parts for
  // the page's own code: the file shows the picture without either.
  for (const part of [copy, ...copy.querySelectorAll("*")]) {
    part.removeAttribute("class");
    for (const name of part.getAttributeNames()) if (name.startsWith("data-")) part.removeAttribute(name);
  }
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  copy.insertBefore(background, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** The SVG file: the drawing inside the frame's lines. */
export function framedSvgFile(svg: SVGSVGElement, width: number, height: number, text: ExportText): Blob {
  const framed = frameSvg(standaloneSvg(svg, width, height), width, height, text, FONT);
  return new Blob([framed], { type: "image/svg+xml" });
}

/** The PNG file: the drawing rasterised at twice its pixels, inside the frame's lines. */
export async function framedPngFile(
  svg: SVGSVGElement,
  width: number,
  height: number,
  text: ExportText,
): Promise<Blob | null> {
  // Drawn at twice the size as a vector, not scaled up from screen pixels.
  const source = standaloneSvg(svg, width * 2, height * 2);
  const url = URL.createObjectURL(new Blob([source], { type: "image/svg+xml" }));
  try {
    const image = new Image(width * 2, height * 2);
    image.src = url;
    await image.decode();
    return await framedPng(image, width, height, text);
  } finally {
    URL.revokeObjectURL(url);
  }
}
