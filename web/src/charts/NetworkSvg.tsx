/**
 * A network drawing (network-style.ts) as SVG: edges under the companies, names and kind headings on
 * top on their white boxes. A click on a company or its name selects it, a click on an edge opens it;
 * hovering shows a tooltip and brings forward what touches the company or edge under the pointer
 * (drawn again above the other edges; the rest fades, the kind headings with it). Changes of emphasis ease over 300 ms; the first picture stands drawn at once.
 *
 * Pointer events are handled once on the SVG (each part says what it is in a data attribute), not
 * on each of its hundreds of parts.
 */
import { type MouseEvent, type PointerEvent, type RefObject, useEffect, useMemo, useState } from "react";
import { FONT } from "./font.ts";
import { hoverFocus, type Tip } from "./network-hover.ts";
import type { DrawnLabel, NetworkDrawing } from "./network-style.ts";

type Props = {
  drawing: NetworkDrawing;
  svg: RefObject<SVGSVGElement | null>;
  /** A tooltip's words for what the pointer is on (made on hover only). */
  tipOf: (hovered: Hovered) => Tip | null;
  onNode?: (id: string) => void;
  onEdge?: (id: string) => void;
};

export type Hovered = { node: string } | { edge: string };
type Shown = { tip: Tip; x: number; y: number; flipX: boolean; flipY: boolean };

const LABEL_PAPER = "rgba(255,255,255,0.78)";
const HEAD_PAPER = "rgba(255,255,255,0.85)";

/** What the pointer is over: a company (its symbol or its name) or an edge. */
function hoveredOf(target: EventTarget | null): Hovered | null {
  const part = (target as Element | null)?.closest?.("[data-map-node],[data-map-edge]");
  const node = part?.getAttribute("data-map-node");
  if (node) return { node };
  const edge = part?.getAttribute("data-map-edge");
  return edge ? { edge } : null;
}

const same = (a: Hovered | null, b: Hovered | null) =>
  a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

function Words({ label, rtl, paper }: { label: DrawnLabel; rtl: boolean; paper: string }) {
  const { box } = label;
  return (
    <>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} fill={paper} />
      <text
        x={label.x}
        y={label.y}
        direction={rtl ? "rtl" : "ltr"}
        textAnchor="start"
        dominantBaseline="central"
        fontWeight={label.bold ? "bold" : undefined}
        fill={label.ink}
      >
        {label.text}
      </text>
    </>
  );
}

/** An edge as drawn: its curve and its arrow head, in its colour. */
function EdgeInk({ edge }: { edge: NetworkDrawing["edges"][number] }) {
  return (
    <>
      <path d={edge.line} stroke={edge.colour} strokeWidth={edge.width} fill="none" />
      <path d={edge.arrow} fill={edge.colour} />
    </>
  );
}

export function NetworkSvg({ drawing, svg, tipOf, onNode, onEdge }: Props) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  // No easing on the first paint: the picture stands drawn on its first frame. Set on the element,
  // not through React's state: a second render of every part right after the first paint would
  // delay the page's first-render mark for nothing.
  useEffect(() => {
    const frame = requestAnimationFrame(() => svg.current?.setAttribute("data-eased", ""));
    return () => cancelAnimationFrame(frame);
  }, [svg]);
  const focus = useMemo(() => hoverFocus(drawing, hovered), [drawing, hovered]);
  // The edges' wide hit areas, drawn once a pointer comes over the picture: the first paint (and a
  // keyboard or touch reader, who never needs them) does without ~70 invisible paths.
  const [pointer, setPointer] = useState(false);

  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    const now = hoveredOf(event.target);
    if (!same(now, hovered)) setHovered(now);
    const tip = now && tipOf(now);
    if (!tip) {
      if (shown) setShown(null);
      return;
    }
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    setShown({ tip, x, y, flipX: x > box.width / 2, flipY: y > box.height / 2 });
  };
  const onLeave = () => {
    setHovered(null);
    setShown(null);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const hit = hoveredOf(event.target);
    if (hit && "node" in hit) onNode?.(hit.node);
    if (hit && "edge" in hit) onEdge?.(hit.edge);
  };
  const dim = (on: boolean) => (focus && !on ? "net-dim" : undefined);

  return (
    <>
      <svg
        ref={svg}
        className="net"
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        width="100%"
        height="100%"
        fontFamily={FONT}
        fontSize={drawing.fontSize}
        aria-hidden="true"
        onPointerEnter={() => setPointer(true)}
        onPointerMove={onMove}
        onPointerLeave={onLeave}
        onClick={onClick}
      >
        <g>
          {drawing.edges.map((e) => (
            <g
              key={e.id}
              data-map-edge={e.id}
              opacity={e.opacity}
              className={focus ? (focus.edges.has(e.id) ? "net-hot" : "net-dim") : undefined}
            >
              {pointer ? (
                <path
                  data-screen-only=""
                  d={e.line}
                  stroke="transparent"
                  strokeWidth={Math.max(8, e.width + 4)}
                  fill="none"
                />
              ) : null}
              <EdgeInk edge={e} />
            </g>
          ))}
        </g>
        {focus ? (
          // What the pointer brings forward is drawn again above the other edges: in document
          // order a faded edge drawn later would otherwise cross over a hovered one.
          <g data-map-hot="" pointerEvents="none">
            {drawing.edges
              .filter((e) => focus.edges.has(e.id))
              .map((e) => (
                <g key={e.id}>
                  <EdgeInk edge={e} />
                </g>
              ))}
          </g>
        ) : null}
        <g>
          {drawing.nodes.map((n) => (
            <path
              key={n.id}
              data-map-node={n.id}
              d={n.path}
              fill={n.fill}
              stroke={n.stroke}
              strokeWidth={n.strokeWidth}
              opacity={n.opacity}
              className={dim(focus?.nodes.has(n.id) ?? true)}
            />
          ))}
        </g>
        <g>
          {drawing.heads.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a kind may head two columns; its place is its key.
            <g key={i} data-map-head="" opacity={h.opacity} className={dim(false)}>
              <Words label={h} rtl={drawing.rtl} paper={HEAD_PAPER} />
            </g>
          ))}
          {drawing.nodes.map((n) =>
            n.label ? (
              <g
                key={n.id}
                data-map-node={n.id}
                data-map-label=""
                opacity={n.label.opacity}
                className={dim(focus?.nodes.has(n.id) ?? true)}
              >
                <Words label={n.label} rtl={drawing.rtl} paper={LABEL_PAPER} />
              </g>
            ) : null,
          )}
        </g>
      </svg>
      {shown ? (
        <div
          className="net-tip"
          style={{
            left: shown.x,
            top: shown.y,
            transform: `translate(${shown.flipX ? "calc(-100% - 12px)" : "12px"}, ${shown.flipY ? "calc(-100% - 12px)" : "12px"})`,
          }}
        >
          <b>{shown.tip.title}</b>
          {shown.tip.after}
          {shown.tip.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines are fixed for the tip shown.
            <div key={i}>{line}</div>
          ))}
        </div>
      ) : null}
    </>
  );
}
