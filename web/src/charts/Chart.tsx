/**
 * One chart drawn by ECharts on canvas (bars, lines, the Sankey …; network charts are SVG:
 * NetworkChart.tsx), in a ChartFigure: an accessible name, PNG and SVG downloads, and a text
 * alternative (the chart's data as a table, passed as children).
 */
import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../i18n/index.ts";
import { downloadBlob } from "../util/download.ts";
import { boxStyle, ChartFigure, useExportText } from "./ChartFigure.tsx";
import { drawnLabels } from "./drawn-labels.ts";
import { type ChartOption, echarts, loadSvgRenderer } from "./echarts.ts";
import { frameSvg } from "./export-frame.ts";
import { FONT } from "./font.ts";
import { framedPng } from "./framed-png.ts";

type Props = {
  /** Short name: the figure's caption and the downloaded file's name. */
  name: string;
  /** The finding the chart shows, as the exported picture's title (the name when not given). */
  finding?: string;
  fileName: string;
  /** What the picture shows, for screen readers. */
  label: string;
  option: ChartOption;
  /** The height in pixels; with `aspect`, the most it may be. */
  height: number;
  /**
   * Width over height: the box keeps this shape as the page narrows (a phone's narrow box would
   * otherwise squash the picture), between `minHeight` and `height`.
   */
  aspect?: number;
  minHeight?: number;
  /** Data attributes on the drawing (tests read the highlighted loop from data-highlight). */
  highlight?: string;
  /** Told the drawing's width in pixels when it changes (a layout drawn in the chart's own pixels). */
  onWidth?: (width: number) => void;
  /** Words under the picture, before the source line (what a mark or a faded part means). */
  note?: ReactNode;
  children?: ReactNode;
};

export { FONT };

function withDefaults(option: ChartOption, extra: ChartOption = {}): ChartOption {
  // An option with media queries keeps its defaults in its base option (the top level is ignored then).
  if ("baseOption" in option && option.baseOption && !Array.isArray(option.baseOption))
    return { ...option, baseOption: { textStyle: { fontFamily: FONT }, ...option.baseOption, ...extra } };
  return { textStyle: { fontFamily: FONT }, ...option, ...extra };
}

const hasSize = (element: HTMLElement) => element.clientWidth > 0 && element.clientHeight > 0;
const sizeChanged = (instance: { getWidth(): number; getHeight(): number }, element: HTMLElement) =>
  instance.getWidth() !== element.clientWidth || instance.getHeight() !== element.clientHeight;

/**
 * The chart drawn again at twice its pixels, for print, on a canvas placed in the page (out of sight)
 * inside a box of the page's direction: a canvas outside the document draws its words left to right,
 * which put an Arabic amount's number on the wrong side and a cut name's ellipsis at its beginning.
 */
function drawAtTwice(option: ChartOption, width: number, height: number, dir: "ltr" | "rtl") {
  const host = document.createElement("div");
  host.dir = dir;
  host.setAttribute("aria-hidden", "true");
  Object.assign(host.style, {
    position: "fixed",
    insetInlineStart: "-100000px",
    top: "0",
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.append(host);
  const instance = echarts.init(host, undefined, { renderer: "canvas", devicePixelRatio: 2, width, height });
  instance.setOption(withDefaults(option, { animation: false, backgroundColor: "#ffffff" }));
  instance.getZr().refreshImmediately();
  return {
    canvas: host.querySelector("canvas"),
    dispose: () => {
      instance.dispose();
      host.remove();
    },
  };
}

export function Chart({
  name,
  finding,
  fileName,
  label,
  option,
  height,
  aspect,
  minHeight = 240,
  highlight,
  onWidth,
  note,
  children,
}: Props) {
  const { dir } = useI18n();
  const exportText = useExportText({ name, finding, label });
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const widthRef = useRef(onWidth);
  widthRef.current = onWidth;
  /** An option that arrived while the box had no size, drawn once it has one. */
  const pending = useRef<ChartOption | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    // The boxes of the words drawn, for the tests that check no two overlap (read once drawn).
    instance.on("finished", () => {
      element.dataset.labels = JSON.stringify(drawnLabels(instance));
    });
    // Redraw at the new size at once: an animated resize would be caught half-way by a screenshot.
    // A box of zero width or height is skipped: ECharts' view coordinates (the loop map) cannot invert
    // a zero-size transform and throw.
    const observer = new ResizeObserver(() => {
      widthRef.current?.(Math.floor(element.clientWidth));
      if (!hasSize(element)) return;
      // The observer's first report, and any after setOption already sized the drawing, would redraw
      // the whole chart for nothing.
      if (sizeChanged(instance, element)) instance.resize({ animation: { duration: 0 } });
      if (pending.current) {
        instance.setOption(withDefaults(pending.current), { notMerge: true });
        pending.current = null;
      }
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const element = box.current;
    if (element && !hasSize(element)) {
      pending.current = option;
      return;
    }
    pending.current = null;
    const instance = chart.current;
    if (!instance) return;
    // The box may have changed shape with this option (a layout's aspect): size first, draw once.
    if (element && sizeChanged(instance, element)) instance.resize({ animation: { duration: 0 } });
    instance.setOption(withDefaults(option), { notMerge: true });
  }, [option]);

  const exportPng = async () => {
    const element = box.current;
    if (!element || !hasSize(element)) return;
    const drawn = drawAtTwice(option, element.clientWidth, element.clientHeight, dir);
    try {
      if (!drawn.canvas) return;
      const png = await framedPng(drawn.canvas, element.clientWidth, element.clientHeight, exportText());
      if (png) downloadBlob(png, `${fileName}.png`);
    } finally {
      drawn.dispose();
    }
  };

  const exportSvg = async () => {
    await loadSvgRenderer();
    const element = box.current;
    if (!element) return;
    // A second instance, drawn by the SVG renderer off screen, gives a true vector file.
    const width = element.clientWidth || 800;
    const tall = element.clientHeight || height;
    const svg = echarts.init(null, undefined, { renderer: "svg", ssr: true, width, height: tall });
    svg.setOption(withDefaults(option, { animation: false, backgroundColor: "#ffffff" }));
    const text = frameSvg(svg.renderToSVGString(), width, tall, exportText(), FONT);
    svg.dispose();
    downloadBlob(new Blob([text], { type: "image/svg+xml" }), `${fileName}.svg`);
  };

  return (
    <ChartFigure
      name={name}
      finding={finding}
      label={label}
      note={note}
      box={box}
      boxStyle={boxStyle(height, aspect, minHeight)}
      highlight={highlight}
      onPng={() => void exportPng()}
      onSvg={() => void exportSvg()}
    >
      {children}
    </ChartFigure>
  );
}
