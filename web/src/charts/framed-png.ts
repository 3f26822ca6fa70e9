/**
 * The PNG for print: a chart's picture drawn at twice its pixels, with the frame's lines (title,
 * units, source, credit: export-frame.ts) written around it on one canvas. Shared by the ECharts
 * charts (their canvas drawn at twice) and the SVG network charts (their SVG drawn into an image).
 */
import { baselines, blockHeight, type ExportText, frameLines, PAD } from "./export-frame.ts";
import { FONT } from "./font.ts";

export async function framedPng(
  chart: CanvasImageSource,
  width: number,
  height: number,
  text: ExportText,
): Promise<Blob | null> {
  const ratio = 2;
  const { head, foot } = frameLines(text, width);
  const top = blockHeight(head) + PAD / 2;
  const total = Math.ceil(top + height + blockHeight(foot) + PAD);
  const canvas = document.createElement("canvas");
  canvas.width = width * ratio;
  canvas.height = total * ratio;
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.scale(ratio, ratio);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, total);
  context.drawImage(chart, 0, top, width, height);
  context.direction = text.dir;
  context.textAlign = "start";
  const x = text.dir === "rtl" ? width - PAD : PAD;
  const write = (block: typeof head, from: number) => {
    const ys = baselines(block, from);
    block.forEach((line, i) => {
      context.font = `${line.bold ? "700 " : ""}${line.size}px ${FONT}`;
      context.fillStyle = line.colour;
      context.fillText(line.text, x, ys[i] ?? from);
    });
  };
  write(head, 0);
  write(foot, top + height);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}
