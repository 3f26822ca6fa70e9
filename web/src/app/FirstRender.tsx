/**
 * Marks the first time a page has drawn with its data (`halqa:first-render`), measured from the
 * navigation's start; the end-to-end tests read it to report the time to first render.
 */
import { useEffect } from "react";

let marked = false;

export function FirstRender() {
  useEffect(() => {
    if (marked) return;
    marked = true;
    // After the browser has painted the committed page, not merely after React committed it.
    requestAnimationFrame(() => setTimeout(() => performance.mark("halqa:first-render"), 0));
  }, []);
  return null;
}
