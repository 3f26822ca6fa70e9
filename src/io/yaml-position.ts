/** Line and column of a path inside a parsed YAML document, for error messages people can act on. */
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "../core/dataset/problem.ts";

export type Position = { line: number; column: number };

/**
 * The position of the deepest node on `path` that exists: the value itself when present, else the
 * key of the last existing mapping entry on the way (so "required field missing" points at the
 * record that lacks it). A final segment naming a key that is present points at the key.
 */
export function positionOf(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): Position {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
      if (!pair) break;
      const last = i === path.length - 1;
      const keyRange = (pair.key as Node).range;
      const valueRange = (pair.value as Node | null)?.range;
      offset = (last && valueRange ? valueRange[0] : keyRange?.[0]) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
