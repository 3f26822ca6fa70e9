/**
 * Layout measures the dashboard's browser tests read from the page: boxes of elements in document
 * coordinates, the document's width, an element's computed style. The e2e files compile without the
 * DOM's types, so the few page globals used are typed here once.
 */
import type { Locator, Page } from "playwright-core";

type Rect = { top: number; bottom: number; left: number; right: number };
type PageGlobals = {
  document: {
    querySelector(selector: string): { getBoundingClientRect(): Rect } | null;
    documentElement: { scrollWidth: number; clientWidth: number };
  };
  scrollY: number;
  innerWidth: number;
  getComputedStyle(element: unknown): Record<string, string>;
};

export type Box = { name: string; top: number; bottom: number; start: number; end: number };

/** The boxes of the first element matching each selector (those absent are left out). */
export async function boxes(page: Page, selectors: readonly string[]): Promise<Box[]> {
  return await page.evaluate((names) => {
    const w = globalThis as unknown as PageGlobals;
    return names.flatMap((name) => {
      const element = w.document.querySelector(name);
      if (!element) return [];
      const r = element.getBoundingClientRect();
      return [{ name, top: r.top + w.scrollY, bottom: r.bottom + w.scrollY, start: r.left, end: r.right }];
    });
  }, selectors);
}

/** The document's scrollable width and the viewport's width, in CSS pixels. */
export async function widths(page: Page): Promise<{ document: number; viewport: number }> {
  return await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    return { document: w.document.documentElement.scrollWidth, viewport: w.innerWidth };
  });
}

/** Computed style properties of the element a locator finds. */
export async function styleOf(
  locator: Locator,
  properties: readonly string[],
): Promise<Record<string, string>> {
  return await locator.evaluate((element, names) => {
    const style = (globalThis as unknown as PageGlobals).getComputedStyle(element);
    return Object.fromEntries(names.map((n) => [n, style[n] ?? ""]));
  }, properties);
}

/**
 * The tallest stretch of empty page beside a box: below its bottom, down to the bottom of a box next
 * to it, with no other box in its column meanwhile.
 */
export function emptyBeside(all: readonly Box[]): { name: string; gap: number } {
  let worst = { name: "", gap: 0 };
  for (const p of all) {
    const column = (q: Box) => q.start < p.end - 1 && q.end > p.start + 1;
    for (const q of all) {
      if (q === p || column(q) || q.top >= p.bottom || q.bottom <= p.bottom) continue;
      const next = all.filter((o) => o !== p && column(o) && o.top >= p.bottom - 1);
      const until = Math.min(q.bottom, ...next.map((o) => o.top));
      const gap = until - p.bottom;
      if (gap > worst.gap) worst = { name: `${p.name} beside ${q.name}`, gap };
    }
  }
  return worst;
}
