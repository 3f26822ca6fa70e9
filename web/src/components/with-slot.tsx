/**
 * A message with one value that has to be an element, not text: a number isolated with `<bdi>` inside
 * Arabic prose, so "72.7%" keeps its sign on the right side (docs/arabic-style.md, mixed direction).
 * The message is formatted with SLOT as that value, then the element takes SLOT's place.
 */
import type { ReactNode } from "react";

export const SLOT = "\u0000";

export function withSlot(text: string, node: ReactNode): ReactNode {
  const at = text.indexOf(SLOT);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      {node}
      {text.slice(at + SLOT.length)}
    </>
  );
}
