/**
 * Marks, measured from the navigation's start: `halqa:page-shown` when a page has first painted with
 * its data (its text and figures; a chart may still be coming), and `halqa:first-render` when it has
 * drawn in full, with its charts and tables. The end-to-end tests wait for the second; the bench
 * reports both. A page that draws in steps (the overview: figures first, then the loops and the map)
 * holds the second mark back with `useHoldFirstRender` until its last step has committed. What lies
 * below the fold may follow the mark by a frame (the overview's checks: pages/overview/use-after-paint.ts).
 */
import { useEffect, useLayoutEffect, useRef } from "react";

let shown = false;
let marked = false;
let mounted = false;
const holds = new Set<object>();

/** After the browser has painted what React committed, not merely after the commit. */
const afterPaint = (name: string) => requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));

function markWhenDrawn(): void {
  if (marked || !mounted || holds.size > 0) return;
  marked = true;
  afterPaint("halqa:first-render");
}

export function FirstRender() {
  useEffect(() => {
    mounted = true;
    if (!shown) {
      shown = true;
      afterPaint("halqa:page-shown");
    }
    markWhenDrawn();
  }, []);
  return null;
}

/** While `holding`, the page is not drawn in full yet: `halqa:first-render` waits. */
export function useHoldFirstRender(holding: boolean): void {
  const token = useRef({});
  // A layout effect: it runs before FirstRender's effect of the same commit, so the hold is in place.
  useLayoutEffect(() => {
    if (!holding) return;
    const hold = token.current;
    holds.add(hold);
    return () => {
      holds.delete(hold);
      markWhenDrawn();
    };
  }, [holding]);
}
