/**
 * The loop map's shapes: each kind's symbol fills the box ECharts gave it, an edge follows ECharts'
 * curveness convention and ends with its arrow's point on the edge of its target's symbol.
 */
import { describe, expect, it } from "vitest";
import { controlPoint, edgeShape, leaveCircle, symbolPath } from "./svg-shapes.ts";

/** The numbers of a path, in order. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/** The points a path passes through or pulls toward (end and control points; arcs' ends only). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVCQAZ])([^MLHVCQAZ]*)/g)) {
    const v = numbers(args ?? "");
    if (command === "H") at = [v[0] ?? 0, at[1]];
    else if (command === "V") at = [at[0], v[0] ?? 0];
    else if (command === "A") at = [v[5] ?? 0, v[6] ?? 0];
    else if (command !== "Z")
      for (let i = 0; i + 1 < v.length; i += 2) {
        at = [v[i] ?? 0, v[i + 1] ?? 0];
        if (i + 2 < v.length) out.push(at);
      }
    if (command !== "Z") out.push(at);
  }
  return out;
}

describe("symbolPath", () => {
  it("draws every kind's shape inside the symbol's box, centred", () => {
    for (const kind of ["circle", "rect", "roundRect", "triangle", "diamond", "pin", "unknown"]) {
      const d = symbolPath(kind, 100, 50, 20);
      expect(d.startsWith("M"), kind).toBe(true);
      expect(d.endsWith("Z"), kind).toBe(true);
      const all = points(d);
      for (const [x, y] of all) {
        expect(Math.abs(x - 100), `${kind} ${x}`).toBeLessThanOrEqual(10.01);
        expect(Math.abs(y - 50), `${kind} ${y}`).toBeLessThanOrEqual(10.01);
      }
      // and reach across it: the box's width (a pin's circle is three fifths of it, its arc ends a little less).
      const xs = all.map(([x]) => x);
      expect(Math.max(...xs) - Math.min(...xs), kind).toBeGreaterThanOrEqual(kind === "pin" ? 10 : 19.9);
    }
  });

  it("draws a triangle and a diamond with ECharts' corners", () => {
    expect(symbolPath("triangle", 0, 0, 10)).toBe("M0 -5L5 5L-5 5Z");
    expect(symbolPath("diamond", 0, 0, 10)).toBe("M0 -5L5 0L0 5L-5 0Z");
    expect(symbolPath("rect", 0, 0, 10)).toBe("M-5 -5H5V5H-5Z");
  });

  it("puts a pin's point at the bottom of its box", () => {
    const ys = points(symbolPath("pin", 0, 0, 20)).map(([, y]) => y);
    expect(Math.max(...ys)).toBe(10);
    expect(points(symbolPath("pin", 0, 0, 20))).toContainEqual([0, 10]);
  });
});

describe("edges", () => {
  it("bends to the chord's left by curveness × its length (ECharts' convention)", () => {
    // From (0, 0) to (100, 0): the control point is 20 px above the midpoint (y down on screen).
    expect(controlPoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.2)).toEqual({ x: 50, y: -20 });
    expect(controlPoint({ x: 0, y: 0 }, { x: 0, y: 100 }, 0.1)).toEqual({ x: 10, y: 50 });
  });

  it("finds where a curve enters its target's circle", () => {
    const [p0, p1, p2] = [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(leaveCircle(p0, p1, p2, 10)).toBeCloseTo(0.9, 4);
    expect(leaveCircle(p0, p1, p2, 200)).toBe(0);
  });

  it("puts the arrow's point on the target symbol's edge, pointing into it", () => {
    for (const curveness of [0, 0.12, 0.45]) {
      const shape = edgeShape({ x: 0, y: 0 }, { x: 200, y: 40 }, 8, curveness);
      expect(shape).not.toBeNull();
      const tip = shape?.tip ?? { x: 0, y: 0 };
      expect(Math.hypot(tip.x - 200, tip.y - 40)).toBeCloseTo(8, 1);
      // The arrow starts at its point; the stroke ends short of it (at the notch), nearer the source.
      expect(shape?.arrow.startsWith(`M${Math.round(tip.x * 100) / 100} `)).toBe(true);
      const end = numbers(shape?.line ?? "").slice(-2) as [number, number];
      expect(Math.hypot(end[0] - 200, end[1] - 40)).toBeGreaterThan(8);
      expect(Math.hypot(end[0] - 200, end[1] - 40)).toBeLessThan(8 + 6);
    }
  });

  it("draws no edge between two points at the same place", () => {
    expect(edgeShape({ x: 5, y: 5 }, { x: 5, y: 5 }, 4, 0.1)).toBeNull();
  });
});
