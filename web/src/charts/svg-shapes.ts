/**
 * The loop map's shapes as SVG path data, in the chart's own pixels: each kind's symbol (the shapes
 * ECharts drew before, same proportions, so the legend and the picture keep their meaning) and an
 * edge as a quadratic curve with an arrow head at the edge of its target's symbol.
 *
 * Curveness follows ECharts' graph convention: the control point is the chord's midpoint moved
 * perpendicular to it by curveness × the chord's length, to the chord's left seen from the source
 * (in screen coordinates, y down). The curve ends where it meets the circle of the target's symbol
 * (half its size), as ECharts' adjustEdge did, and the arrow's point lies there, along the curve's
 * tangent. The stroke stops at the arrow's notch, so a thick edge does not blunt the point.
 */
export type Point = { x: number; y: number };

/** ECharts' edge arrow: its length along the edge and its width across, for a symbol size of 6. */
export const ARROW_LENGTH = 6;
const ARROW_HALF_WIDTH = (ARROW_LENGTH / 3) * 2;
/** Where the arrow's notch is, from its point (ECharts' arrow: three quarters of its length). */
const ARROW_NOTCH = (ARROW_LENGTH / 4) * 3;

const f = (v: number) => (Math.round(v * 100) / 100).toString();

/** The path of a symbol of `size` pixels centred on (cx, cy). Unknown kinds are drawn as a square. */
export function symbolPath(kind: string, cx: number, cy: number, size: number): string {
  const h = size / 2;
  switch (kind) {
    case "circle":
      return `M${f(cx - h)} ${f(cy)}A${f(h)} ${f(h)} 0 1 1 ${f(cx + h)} ${f(cy)}A${f(h)} ${f(h)} 0 1 1 ${f(cx - h)} ${f(cy)}Z`;
    case "roundRect": {
      const r = size / 4;
      const [x0, y0, x1, y1] = [cx - h, cy - h, cx + h, cy + h];
      return (
        `M${f(x0 + r)} ${f(y0)}H${f(x1 - r)}A${f(r)} ${f(r)} 0 0 1 ${f(x1)} ${f(y0 + r)}` +
        `V${f(y1 - r)}A${f(r)} ${f(r)} 0 0 1 ${f(x1 - r)} ${f(y1)}H${f(x0 + r)}` +
        `A${f(r)} ${f(r)} 0 0 1 ${f(x0)} ${f(y1 - r)}V${f(y0 + r)}A${f(r)} ${f(r)} 0 0 1 ${f(x0 + r)} ${f(y0)}Z`
      );
    }
    case "triangle":
      return `M${f(cx)} ${f(cy - h)}L${f(cx + h)} ${f(cy + h)}L${f(cx - h)} ${f(cy + h)}Z`;
    case "diamond":
      return `M${f(cx)} ${f(cy - h)}L${f(cx + h)} ${f(cy)}L${f(cx)} ${f(cy + h)}L${f(cx - h)} ${f(cy)}Z`;
    case "pin":
      return pinPath(cx, cy + h, size);
    default:
      return `M${f(cx - h)} ${f(cy - h)}H${f(cx + h)}V${f(cy + h)}H${f(cx - h)}Z`;
  }
}

/** A map pin with its point at (x, y): a circle three fifths of the size wide, tapering down. */
function pinPath(x: number, y: number, size: number): string {
  const w = (size / 5) * 3;
  const height = Math.max(w, size);
  const r = w / 2;
  const dy = (r * r) / (height - r);
  const cy = y - height + r + dy;
  const angle = Math.asin(dy / r);
  const dx = Math.cos(angle) * r;
  const [tanX, tanY] = [Math.sin(angle), Math.cos(angle)];
  const [cp, cp2] = [r * 0.6, r * 0.7];
  return (
    `M${f(x - dx)} ${f(cy + dy)}A${f(r)} ${f(r)} 0 1 1 ${f(x + dx)} ${f(cy + dy)}` +
    `C${f(x + dx - tanX * cp)} ${f(cy + dy + tanY * cp)} ${f(x)} ${f(y - cp2)} ${f(x)} ${f(y)}` +
    `C${f(x)} ${f(y - cp2)} ${f(x - dx + tanX * cp)} ${f(cy + dy + tanY * cp)} ${f(x - dx)} ${f(cy + dy)}Z`
  );
}

/** The control point of an edge from `a` to `b` with `curveness` (ECharts' convention). */
export function controlPoint(a: Point, b: Point, curveness: number): Point {
  return { x: (a.x + b.x) / 2 - (a.y - b.y) * curveness, y: (a.y + b.y) / 2 - (b.x - a.x) * curveness };
}

const at = (p0: Point, p1: Point, p2: Point, t: number): Point => {
  const u = 1 - t;
  return {
    x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x,
    y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y,
  };
};

/**
 * The last parameter t of the curve at which it is `radius` from its end point: the distance from the
 * end falls to 0 as t goes to 1, so bisection on the last stretch finds it. 0 if the whole curve is
 * inside the circle.
 */
export function leaveCircle(p0: Point, p1: Point, p2: Point, radius: number): number {
  const outside = (t: number) => {
    const p = at(p0, p1, p2, t);
    return Math.hypot(p.x - p2.x, p.y - p2.y) > radius;
  };
  if (!outside(0)) return 0;
  // The last sample outside the circle, then bisection between it and the next.
  let low = 0;
  for (let t = 0.05; t < 1; t += 0.05) if (outside(t)) low = t;
  let high = Math.min(1, low + 0.05);
  for (let i = 0; i < 30; i += 1) {
    const mid = (low + high) / 2;
    if (outside(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/** The first part, up to t, of a quadratic curve (de Casteljau): its new control and end points. */
function cut(p0: Point, p1: Point, p2: Point, t: number): [Point, Point] {
  const c = { x: p0.x + (p1.x - p0.x) * t, y: p0.y + (p1.y - p0.y) * t };
  return [c, at(p0, p1, p2, t)];
}

export type EdgeShape = { line: string; arrow: string; tip: Point };

/**
 * An edge from `from` to `to` whose symbol has `radius`: the stroke's path and the arrow head's.
 * Null when the two points coincide (no direction to draw).
 */
export function edgeShape(from: Point, to: Point, radius: number, curveness: number): EdgeShape | null {
  if (Math.hypot(to.x - from.x, to.y - from.y) < 1e-6) return null;
  const control = controlPoint(from, to, curveness);
  const tipT = leaveCircle(from, control, to, radius);
  const [, tip] = cut(from, control, to, tipT);
  const [c2, end] = cut(from, control, to, leaveCircle(from, control, to, radius + ARROW_NOTCH));
  // The tangent at the point: from the control point of the cut curve up to it.
  const [c1] = cut(from, control, to, tipT);
  let ux = tip.x - c1.x;
  let uy = tip.y - c1.y;
  const length = Math.hypot(ux, uy) || 1;
  ux /= length;
  uy /= length;
  const base = { x: tip.x - ux * ARROW_LENGTH, y: tip.y - uy * ARROW_LENGTH };
  const notch = { x: tip.x - ux * ARROW_NOTCH, y: tip.y - uy * ARROW_NOTCH };
  const [nx, ny] = [-uy * ARROW_HALF_WIDTH, ux * ARROW_HALF_WIDTH];
  return {
    line: `M${f(from.x)} ${f(from.y)}Q${f(c2.x)} ${f(c2.y)} ${f(end.x)} ${f(end.y)}`,
    arrow: `M${f(tip.x)} ${f(tip.y)}L${f(base.x + nx)} ${f(base.y + ny)}L${f(notch.x)} ${f(notch.y)}L${f(base.x - nx)} ${f(base.y - ny)}Z`,
    tip,
  };
}
