import type { MouseEvent } from "react";

/**
 * A plain click navigates in the page; a modified click (new tab, new window) is the browser's.
 * Apart from the Header so that pages can use it without importing the page registry (a cycle).
 */
export function followLink(event: MouseEvent<HTMLAnchorElement>, go: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}
