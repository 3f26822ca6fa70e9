/**
 * A network drawing on a page, in SVG without ECharts (NetworkSvg.tsx): the layout measured to the
 * chart's width (names in the chart's own font), the drawing's emphasis (network-style.ts), a box of
 * the layout's shape, PNG and SVG downloads of the drawn SVG, and the companies as a keyboard list
 * under the picture: Tab reaches each company (its node gets a blue ring), Enter or Space selects it (its edges
 * come forward, the rest fade), and each says what it receives, pays and how many loops pass through
 * it. The label boxes the layout placed are on the box as data-labels, for the browser tests.
 */
import { type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useI18n } from "../i18n/index.ts";
import type { Network } from "../model/network.ts";
import { downloadBlob } from "../util/download.ts";
import { boxStyle, ChartFigure, useExportText } from "./ChartFigure.tsx";
import { FONT } from "./font.ts";
import type { LoopMap } from "./loop-map-layout.ts";
import { canvasMeasure } from "./measure-text.ts";
import { type Hovered, NetworkSvg } from "./NetworkSvg.tsx";
import { networkTip } from "./network-hover.ts";
import { type NetworkStyle, networkDrawing, networkLayout } from "./network-style.ts";

type Props = Omit<NetworkStyle, "i18n" | "focused"> & {
  network: Network;
  /** The chart's short name, title (the finding) and file name, as for Chart. */
  chart: { name: string; finding?: string; fileName: string; label: string; note?: ReactNode };
  /** Loops on the page, to say how many pass through each company. */
  loops?: readonly (readonly string[])[];
  /** Enter on a company, or a click on its node. */
  onSelect?: (id: string) => void;
  /** A click on an edge, with the edge's id. */
  onEdge?: (id: string) => void;
  highlight?: string;
  children?: ReactNode;
};

const measure = canvasMeasure(FONT);
/** The width to lay out at when the box has none (hidden): the drawing follows once it is shown. */
const FALLBACK_WIDTH = 880;
/** Before the box is measured: nothing laid out or drawn (it is measured before the first paint). */
const UNMEASURED: LoopMap = { width: FALLBACK_WIDTH, height: 600, fontSize: 12, nodes: [], groups: [] };

export function NetworkChart({
  network,
  chart,
  loops,
  onSelect,
  onEdge,
  highlight,
  children,
  ...style
}: Props) {
  const i18n = useI18n();
  const { m, usd, label, number } = i18n;
  // null until the box is measured: the layout and the drawing are made once, at the box's width,
  // rather than at a guess and again at the width (two layouts and two full draws of the map).
  const [width, setWidth] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    setWidth((known) => known ?? (element && element.clientWidth > 0 ? element.clientWidth : FALLBACK_WIDTH));
  }, []);
  // Laid out again when the box's width changes (a window resized, a hidden tab shown).
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth > 0) setWidth(Math.floor(element.clientWidth));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const [focused, setFocused] = useState<string | null>(null);
  const { name, loop, topLoops, selected, marks } = style;
  const layout = useMemo(
    () =>
      width === null
        ? UNMEASURED
        : networkLayout(network, { width: width > 0 ? width : FALLBACK_WIDTH, name, i18n, measure }),
    [network, width, name, i18n],
  );
  const drawing = useMemo(
    () =>
      layout === UNMEASURED
        ? null
        : networkDrawing(network, layout, { loop, topLoops, selected, marks, name, focused, i18n }),
    [network, layout, loop, topLoops, selected, marks, focused, name, i18n],
  );
  const through = useMemo(() => {
    const count = new Map<string, number>();
    for (const loop of loops ?? []) for (const id of new Set(loop)) count.set(id, (count.get(id) ?? 0) + 1);
    return count;
  }, [loops]);
  const tipOf = (target: Hovered) => networkTip(network, { name, i18n }, target);
  const exportText = useExportText(chart);
  // The exports' code is fetched on the first click: no page's first load needs it.
  const exportPng = async () => {
    const { framedPngFile } = await import("./svg-export.ts");
    if (!svg.current || !drawing) return;
    const png = await framedPngFile(svg.current, drawing.width, drawing.height, exportText());
    if (png) downloadBlob(png, `${chart.fileName}.png`);
  };
  const exportSvg = async () => {
    const { framedSvgFile } = await import("./svg-export.ts");
    if (!svg.current || !drawing) return;
    const file = framedSvgFile(svg.current, drawing.width, drawing.height, exportText());
    downloadBlob(file, `${chart.fileName}.svg`);
  };
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const labels = layout.nodes.map((n) =>
    [n.labelBox.x, n.labelBox.y, n.labelBox.w, n.labelBox.h].map(Math.round),
  );

  return (
    <>
      <ChartFigure
        name={chart.name}
        finding={chart.finding}
        label={chart.label}
        note={chart.note}
        box={box}
        boxStyle={boxStyle(layout.height, layout.width / layout.height)}
        highlight={highlight}
        onPng={() => void exportPng()}
        onSvg={() => void exportSvg()}
        drawing={
          drawing ? (
            <NetworkSvg drawing={drawing} svg={svg} tipOf={tipOf} onNode={onSelect} onEdge={onEdge} />
          ) : null
        }
      >
        {children}
      </ChartFigure>
      <ul
        className="map-keys"
        aria-label={m("web.map.keys")}
        data-labels={JSON.stringify({
          width: layout.width,
          height: layout.height,
          labels,
          shortened: layout.nodes.filter((n) => n.shortened).length,
        })}
      >
        {layout.nodes.map((p) => {
          const n = byId.get(p.id);
          return (
            <li key={p.id}>
              <button
                type="button"
                data-node={p.id}
                aria-pressed={style.selected === p.id}
                onFocus={() => setFocused(p.id)}
                onBlur={() => setFocused((f) => (f === p.id ? null : f))}
                onClick={() => onSelect?.(p.id)}
              >
                {m("web.map.key", {
                  name: name(p.id),
                  kind: label("entityKind", n?.kind ?? "other"),
                  received: usd(n?.received ?? 0),
                  paid: usd(n?.paid ?? 0),
                  loops: loops ? number(through.get(p.id) ?? 0, 0) : "",
                })}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
