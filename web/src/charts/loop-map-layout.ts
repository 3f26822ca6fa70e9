/**
 * Where the loop map puts its companies and their names: a pure, deterministic layout in the chart's
 * own pixels (its width given, its height the result), so that no name is ever drawn over another.
 *
 * The kinds of company stand in columns (investors and lenders, vehicles, builders, clouds, labs,
 * chipmakers …), each kind a block under its own heading, the blocks packed into as few columns as
 * the width allows and never split unless one kind alone is taller than the others together. Within a
 * kind, companies are ordered by the barycentre method of Sugiyama, Tagawa and Toda (1981, "Methods
 * for visual understanding of hierarchical system structures"): each takes the mean height of the
 * companies it deals with, a few sweeps, so that edges cross less. Every company is one row: its
 * symbol, then its name beside it inside the column, shortened to the column's width with an ellipsis
 * (the tooltip and the text alternative carry the full name). Rows never overlap and names stay
 * inside their column, so no two label boxes can meet; the tests check it on the bundled data and on
 * random networks. Right-to-left pages get the mirror image, names on the symbols' left.
 */
import { KIND_GROUPS, type KindGroup } from "../model/enums.ts";

export type Box = { x: number; y: number; w: number; h: number };

export type MapNodeIn = {
  id: string;
  group: KindGroup;
  /** Relative size in [0, 1] (the share of the largest receipt, square-rooted by the layout). */
  weight: number;
  name: string;
};

export type MapEdgeIn = { from: string; to: string };

/** The width of a text in pixels at a font size (canvas measureText in the browser). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export type LoopMapOptions = {
  /** The drawing's width in pixels. */
  width: number;
  measure: Measure;
  rtl: boolean;
  groupName: (group: KindGroup) => string;
};

export type PlacedNode = {
  id: string;
  group: KindGroup;
  x: number;
  y: number;
  /** Symbol size in pixels. */
  size: number;
  /** The name as drawn: the full name or its start and an ellipsis. */
  label: string;
  shortened: boolean;
  labelBox: Box;
};

export type PlacedGroup = { group: KindGroup; label: string; box: Box };

export type LoopMap = {
  width: number;
  height: number;
  fontSize: number;
  nodes: PlacedNode[];
  groups: PlacedGroup[];
};

/**
 * The order of kinds across the page: money enters from investors and lenders, goes through the
 * vehicles and builders to the clouds, which sell to the labs and buy from the chipmakers.
 */
export const COLUMN_ORDER: readonly KindGroup[] = [
  "financiers",
  "spv",
  "builders",
  "power",
  "neoclouds",
  "clouds",
  "labs",
  "chips",
  "other",
];

const ELLIPSIS = "…";
const MARGIN = 8;
const ROW_GAP = 3;
const GROUP_GAP = 8;
const LABEL_GAP = 5;
const COLUMN_GAP = 10;
const SWEEPS = 6;

/** Sizes by width: a phone gets three columns, smaller type and symbols. */
function scaleFor(width: number) {
  if (width < 520) return { columns: 3, fontSize: 10, minSymbol: 5, maxSymbol: 14, aspect: 1 };
  if (width < 760) return { columns: 4, fontSize: 11, minSymbol: 6, maxSymbol: 18, aspect: 1.2 };
  return { columns: 5, fontSize: 12, minSymbol: 6, maxSymbol: 24, aspect: 1.4 };
}

/** The longest start of `text` that fits `room` pixels with an ellipsis after it. */
export function fitText(text: string, room: number, size: number, bold: boolean, measure: Measure) {
  if (measure(text, size, bold) <= room) return { text, shortened: false };
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join("").trimEnd() + ELLIPSIS, size, bold) <= room) low = mid;
    else high = mid - 1;
  }
  return { text: low === 0 ? "" : chars.slice(0, low).join("").trimEnd() + ELLIPSIS, shortened: true };
}

type Block = { group: KindGroup; nodes: MapNodeIn[]; height: number };

/**
 * Packs the kinds' blocks, in order, into at most `most` columns; returns the columns. A kind is cut
 * across two columns only when it alone is twice as tall as an even share (a reader's network
 * of one kind); a few small kinds do not spread over more columns than they need.
 */
function pack(blocks: Block[], most: number): Block[][] {
  const nodes = blocks.reduce((s, b) => s + b.nodes.length, 0);
  const columns = Math.min(most, Math.max(blocks.length, Math.ceil(nodes / 8)));
  const total = blocks.reduce((s, b) => s + b.height, 0);
  const tallest = Math.max(0, ...blocks.map((b) => b.height));
  let capacity = Math.max(total / columns, tallest <= (2 * total) / columns ? tallest : 0);
  for (;;) {
    const out: Block[][] = [[]];
    let used = 0;
    for (const block of blocks) {
      let rest = block;
      for (;;) {
        const column = out[out.length - 1] as Block[];
        if (used + rest.height <= capacity + 0.5) {
          column.push(rest);
          used += rest.height;
          break;
        }
        if (rest.height > capacity && column.length === 0) {
          // A kind taller than a column continues in the next one.
          const per = rest.height / rest.nodes.length;
          const fit = Math.max(1, Math.floor((capacity - used) / per));
          column.push({ group: rest.group, nodes: rest.nodes.slice(0, fit), height: fit * per });
          rest = { group: rest.group, nodes: rest.nodes.slice(fit), height: (rest.nodes.length - fit) * per };
          if (rest.nodes.length === 0) break;
        }
        out.push([]);
        used = 0;
      }
    }
    const filled = out.filter((c) => c.length > 0);
    if (filled.length <= most) return filled;
    capacity += Math.max(4, total / 50);
  }
}

export function loopMapLayout(
  input: readonly MapNodeIn[],
  edges: readonly MapEdgeIn[],
  options: LoopMapOptions,
): LoopMap {
  const { width, measure } = options;
  const scale = scaleFor(width);
  const { fontSize } = scale;
  const line = Math.ceil(fontSize * 1.3);
  const sizeOf = (n: MapNodeIn) =>
    scale.minSymbol + (scale.maxSymbol - scale.minSymbol) * Math.sqrt(Math.max(0, Math.min(1, n.weight)));
  /** Rows are spread out (never squeezed) toward the drawing's shape when there are few companies. */
  let stretch = 1;
  const rowOf = (n: MapNodeIn) => (Math.max(sizeOf(n), line) + ROW_GAP) * stretch;

  const order = (g: KindGroup) => {
    const i = COLUMN_ORDER.indexOf(g);
    return i < 0 ? COLUMN_ORDER.length + KIND_GROUPS.indexOf(g) : i;
  };
  const groups = [...new Set(input.map((n) => n.group))].sort((a, b) => order(a) - order(b));
  const blocks: Block[] = groups.map((group) => {
    const nodes = input
      .filter((n) => n.group === group)
      .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { group, nodes, height: nodes.reduce((s, n) => s + rowOf(n), 0) };
  });
  const columns = pack(blocks, scale.columns);
  const target = width / scale.aspect - 2 * MARGIN;
  stretch = Math.min(
    2.5,
    ...columns.map((column) => {
      const rows = column.reduce((s, b) => s + b.nodes.reduce((t, n) => t + rowOf(n), 0), 0);
      const fixed = column.length * line + (column.length - 1) * GROUP_GAP;
      return rows > 0 ? Math.max(1, (target - fixed) / rows) : 2.5;
    }),
  );
  const columnWidth = (width - 2 * MARGIN) / Math.max(1, columns.length);

  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }

  // Heights first (they do not depend on the order within a block), then barycentre sweeps.
  const columnHeight = (column: Block[]) =>
    column.reduce(
      (s, b, i) => s + (i > 0 ? GROUP_GAP : 0) + line + b.nodes.reduce((t, n) => t + rowOf(n), 0),
      0,
    );
  const height = Math.ceil(Math.max(0, ...columns.map(columnHeight)) + 2 * MARGIN);
  const y = new Map<string, number>();
  const place = () => {
    for (const column of columns) {
      let at = MARGIN + (height - 2 * MARGIN - columnHeight(column)) / 2;
      column.forEach((block, i) => {
        at += (i > 0 ? GROUP_GAP : 0) + line;
        for (const n of block.nodes) {
          const row = rowOf(n);
          y.set(n.id, at + row / 2);
          at += row;
        }
      });
    }
  };
  place();
  // Column by column, each against the heights just updated, alternately left to right and back
  // (sorting all at once would swap both ends of a crossing and keep it).
  for (let sweep = 0; sweep < SWEEPS; sweep += 1) {
    const pass = sweep % 2 === 0 ? columns : [...columns].reverse();
    for (const column of pass) {
      for (const block of column) {
        const key = new Map(
          block.nodes.map((n) => {
            const near = (neighbours.get(n.id) ?? []).filter((m) => y.has(m));
            const own = y.get(n.id) ?? 0;
            return [n.id, near.length ? near.reduce((s, m) => s + (y.get(m) ?? 0), 0) / near.length : own];
          }),
        );
        const before = new Map(block.nodes.map((n, i) => [n.id, i]));
        block.nodes.sort(
          (a, b) =>
            (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0) || (before.get(a.id) ?? 0) - (before.get(b.id) ?? 0),
        );
      }
      place();
    }
  }

  // Left to right, then mirrored for right-to-left pages.
  const flip = (box: Box): Box => (options.rtl ? { ...box, x: width - box.x - box.w } : box);
  const flipX = (x: number) => (options.rtl ? width - x : x);
  const nodes: PlacedNode[] = [];
  const heads: PlacedGroup[] = [];
  columns.forEach((column, c) => {
    const left = MARGIN + c * columnWidth;
    const symbolX = left + scale.maxSymbol / 2;
    const textX = left + scale.maxSymbol + LABEL_GAP;
    const room = Math.max(0, left + columnWidth - COLUMN_GAP - textX);
    let at = MARGIN + (height - 2 * MARGIN - columnHeight(column)) / 2;
    column.forEach((block, i) => {
      at += i > 0 ? GROUP_GAP : 0;
      const head = fitText(options.groupName(block.group), columnWidth - COLUMN_GAP, fontSize, true, measure);
      const headWidth = measure(head.text, fontSize, true);
      heads.push({
        group: block.group,
        label: head.text,
        box: flip({ x: left, y: at, w: headWidth, h: line }),
      });
      at += line;
      for (const n of block.nodes) {
        const row = rowOf(n);
        const fitted = fitText(n.name, room, fontSize, false, measure);
        const textWidth = measure(fitted.text, fontSize, false);
        nodes.push({
          id: n.id,
          group: n.group,
          x: flipX(symbolX),
          y: at + row / 2,
          size: sizeOf(n),
          label: fitted.text,
          shortened: fitted.shortened,
          labelBox: flip({ x: textX, y: at + row / 2 - line / 2, w: textWidth, h: line }),
        });
        at += row;
      }
    });
  });
  return { width, height, fontSize, nodes, groups: heads };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
