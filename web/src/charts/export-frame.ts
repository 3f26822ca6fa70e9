/**
 * A chart made fit to print: the picture the page draws, framed by a title that states the finding,
 * a line that says what is shown and in which units, and at the foot the source with its as-of date
 * and the product's credit — in the page's language and direction. A bare picture cut from the page
 * could not be cited; this frame travels with it. Pure: text in, SVG text out (the PNG is drawn from
 * the same lines in Chart.tsx).
 */
import { escapeHtml } from "./html.ts";

export type ExportText = {
  /** The finding: what a reader should take from the chart. */
  title: string;
  /** What is drawn and in which units (the chart's text alternative). */
  subtitle: string;
  /** "Source: halqa from the deal data, as of …". */
  source: string;
  /** "Made with halqa …". */
  credit: string;
  dir: "ltr" | "rtl";
};

export type FrameLine = { text: string; size: number; bold: boolean; colour: string };

export const PAD = 16;
const TITLE = 17;
const SUB = 12;
const FOOT = 11;
const LEADING = 1.35;

/**
 * Words broken into lines that fit `width` pixels. Glyph widths are estimated (0.55 of the font
 * size, a little more for bold): the file is drawn by programs we do not control, so a line is kept
 * well short of the edge rather than measured to the pixel.
 */
export function wrapWords(text: string, size: number, width: number, bold = false): string[] {
  const perChar = size * (bold ? 0.6 : 0.55);
  const most = Math.max(8, Math.floor(width / perChar));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > most && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const lines = (text: string, size: number, width: number, bold: boolean, colour: string): FrameLine[] =>
  wrapWords(text, size, width, bold).map((t) => ({ text: t, size, bold, colour }));

/** The lines above the chart and below it, wrapped to the chart's width. */
export function frameLines(text: ExportText, width: number): { head: FrameLine[]; foot: FrameLine[] } {
  const inner = width - 2 * PAD;
  return {
    head: [
      ...lines(text.title, TITLE, inner, true, "#111827"),
      ...lines(text.subtitle, SUB, inner, false, "#374151"),
    ],
    foot: [
      ...lines(text.source, FOOT, inner, false, "#374151"),
      ...lines(text.credit, FOOT, inner, false, "#6b7280"),
    ],
  };
}

/** The height a block of lines takes, with the padding above it. */
export function blockHeight(block: readonly FrameLine[]): number {
  return PAD + block.reduce((sum, line) => sum + line.size * LEADING, 0);
}

/** Baselines of each line of a block that starts at `top`. */
export function baselines(block: readonly FrameLine[], top: number): number[] {
  let y = top + PAD;
  return block.map((line) => {
    y += line.size * LEADING;
    return y - line.size * (LEADING - 1);
  });
}

function svgText(block: readonly FrameLine[], top: number, width: number, dir: "ltr" | "rtl", font: string) {
  // Right-to-left text starts at the right edge: `direction` makes "start" the right end.
  const x = dir === "rtl" ? width - PAD : PAD;
  const ys = baselines(block, top);
  return block
    .map(
      (line, i) =>
        `<text x="${x}" y="${ys[i]?.toFixed(1)}" direction="${dir}" text-anchor="start" font-family="${escapeHtml(font)}" font-size="${line.size}"${line.bold ? ' font-weight="700"' : ""} fill="${line.colour}">${escapeHtml(line.text)}</text>`,
    )
    .join("");
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

/**
 * The chart's own texts made right to left where they hold Arabic. ECharts writes every text for a
 * left-to-right reading (its anchors as start/middle/end seen from the left): in a file opened apart
 * from the page, "500 مليار دولار" then read with the number on the wrong side and a cut name's
 * ellipsis at its beginning. Each such text is given the right-to-left direction, its anchor mirrored
 * (in a right-to-left text "start" is the right end) so it stays where ECharts placed it. Texts with no
 * Arabic letter (ticks, Latin names) are left as they are.
 */
export function rtlChartTexts(svg: string): string {
  const mirrored: Record<string, string> = { start: "end", end: "start", middle: "middle" };
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (whole, attributes: string, content: string) => {
    if (!ARABIC.test(content) || /\bdirection=/.test(attributes)) return whole;
    const anchored = /\btext-anchor="(start|middle|end)"/.test(attributes)
      ? attributes.replace(
          /\btext-anchor="(start|middle|end)"/,
          (_, anchor: string) => `text-anchor="${mirrored[anchor]}"`,
        )
      : `${attributes} text-anchor="end"`;
    return `<text${anchored} direction="rtl">${content}</text>`;
  });
}

/**
 * The chart's SVG (as ECharts' SVG renderer writes it, `width` × `height`) inside a taller SVG with
 * the frame's lines. The chart keeps its own root element, placed below the heading.
 */
export function frameSvg(
  chartSvg: string,
  width: number,
  height: number,
  text: ExportText,
  font: string,
): string {
  const { head, foot } = frameLines(text, width);
  const top = blockHeight(head) + PAD / 2;
  const total = top + height + blockHeight(foot) + PAD;
  // No `direction` on the root: the chart's own text, placed for left-to-right anchoring by ECharts,
  // would inherit it and shift (legend names over their symbols). Each frame line carries its own.
  const chart = text.dir === "rtl" ? rtlChartTexts(chartSvg) : chartSvg;
  const inner = chart.replace(/^\s*(<\?xml[^>]*>\s*)?<svg\b/, `<svg x="0" y="${top.toFixed(1)}"`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(total)}" viewBox="0 0 ${width} ${Math.ceil(total)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    svgText(head, 0, width, text.dir, font),
    inner,
    svgText(foot, top + height, width, text.dir, font),
    "</svg>",
  ].join("");
}
