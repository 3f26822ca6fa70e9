/**
 * The loop map in Chromium (issue 15), in English and Arabic, on a desktop and a phone: the drawing
 * is as wide as its layout (one layout pixel is one screen pixel, so names measured are names drawn)
 * and keeps its shape; no two names overlap, neither as the layout placed them nor as the SVG drew
 * them (each name's white box read from the picture, and its words inside that box); the companies
 * are reachable by Tab (the focused one is shown) and Enter selects one, which fades the rest of the
 * picture: a screenshot of the map loses most of its strong colour and the status line names the
 * company. A click on a company in the picture selects it too. Hovering a company draws its edges
 * again above the others and fades the rest, the kind headings included.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AS_OF } from "./expected.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";
import { boxes } from "./layout.ts";

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

type Drawn = { width: number; height: number; labels: [number, number, number, number][] };
type Rect = { x: number; y: number; width: number; height: number };
type Bitmap = { width: number; height: number };
type Canvas = {
  width: number;
  height: number;
  getContext(kind: "2d"): {
    drawImage(image: Bitmap, x: number, y: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
};
type Svg = { getBBox(): Rect; getAttribute(name: string): string | null };
type Doc = {
  document: {
    createElement(tag: "canvas"): Canvas;
    querySelectorAll(selector: string): Iterable<Svg & { querySelector(selector: string): Svg | null }>;
  };
  createImageBitmap(blob: Blob): Promise<Bitmap>;
};

async function drawn(page: Page): Promise<Drawn> {
  return JSON.parse((await page.locator(".map .map-keys").getAttribute("data-labels")) ?? "{}") as Drawn;
}

/**
 * The names as the SVG drew them, in its own pixels: each name's white box (the <rect>) and the box
 * of its words (the <text>'s bounding box), and each kind's heading likewise.
 */
async function drawnNames(page: Page): Promise<{ paper: Rect; words: Rect; name: string }[]> {
  return await page.evaluate(() => {
    const doc = (globalThis as unknown as Doc).document;
    const box = (r: Rect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    return [...doc.querySelectorAll(".map svg [data-map-label], .map svg [data-map-head]")].map((g) => ({
      paper: box(g.querySelector("rect")?.getBBox() ?? { x: 0, y: 0, width: 0, height: 0 }),
      words: box(g.querySelector("text")?.getBBox() ?? { x: 0, y: 0, width: 0, height: 0 }),
      name: g.getAttribute("data-map-node") ?? "heading",
    }));
  });
}

/** Pixels of strong colour in a screenshot of the map (edges in full colour; faded ones are pale). */
async function strongPixels(page: Page): Promise<number> {
  const png = await page.locator(".map .chart-canvas").screenshot();
  return await page.evaluate(async (base64) => {
    const w = globalThis as unknown as Doc;
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await w.createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = w.document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 110) count += 1;
    }
    return count;
  }, png.toString("base64"));
}

const meet = (a: Rect, b: Rect, slack = 0) =>
  a.x + slack < b.x + b.width &&
  b.x + slack < a.x + a.width &&
  a.y + slack < b.y + b.height &&
  b.y + slack < a.y + a.height;

describe.skipIf(!RUN_IN_CHROMIUM)("the loop map", { timeout: 180_000 }, () => {
  const harness = useDashboard();

  for (const lang of ["en", "ar"] as const)
    for (const [device, viewport] of Object.entries(SIZES)) {
      it(`(${lang}, ${device}) names never overlap; the drawing is its layout's size and shape`, async () => {
        const page = await harness.open(`?page=overview&lang=${lang}&asOf=${AS_OF}`, { viewport });
        await page.waitForTimeout(400);
        const layout = await drawn(page);
        const [canvas] = await boxes(page, [".map .chart-canvas"]);
        const width = (canvas?.end ?? 0) - (canvas?.start ?? 0);
        const height = (canvas?.bottom ?? 0) - (canvas?.top ?? 0);
        expect(Math.abs(width - layout.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(height - layout.height)).toBeLessThanOrEqual(2);
        expect(width / height).toBeGreaterThan(0.7);
        expect(layout.labels.length).toBeGreaterThan(40);
        const meets: string[] = [];
        layout.labels.forEach(([x, y, w, h], i) => {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x + w).toBeLessThanOrEqual(layout.width);
          for (const [x2, y2, w2, h2] of layout.labels.slice(i + 1))
            if (x < x2 + w2 && x2 < x + w && y < y2 + h2 && y2 < y + h) meets.push(`${i}`);
        });
        expect(meets).toEqual([]);
        // The same in the picture: every name drawn on its white box, inside the drawing, no two
        // boxes meeting, each name's words across inside its own box and centred on it.
        const names = await drawnNames(page);
        expect(names.filter((n) => n.name !== "heading").length).toBe(layout.labels.length);
        const faults: string[] = [];
        names.forEach((n, i) => {
          if (n.paper.x < 0 || n.paper.x + n.paper.width > layout.width + 0.5)
            faults.push(`${n.name} outside`);
          if (n.words.width <= 0) faults.push(`${n.name} has no words drawn`);
          // Across, the words' advance lies inside the box; down, a text's box is its font's ascent
          // and descent (taller than the line for Arabic fonts), so its middle is held to the box's.
          const inside =
            n.words.x >= n.paper.x - 1 &&
            n.words.x + n.words.width <= n.paper.x + n.paper.width + 1 &&
            Math.abs(n.words.y + n.words.height / 2 - (n.paper.y + n.paper.height / 2)) <= 2;
          if (!inside) faults.push(`${n.name}'s words outside its box: ${JSON.stringify(n)}`);
          for (const other of names.slice(i + 1))
            if (meet(n.paper, other.paper, 0.5)) faults.push(`${n.name} meets ${other.name}`);
        });
        expect(faults).toEqual([]);
        await screenshot(page, `loop-map-${lang}-${device}`);
      });
    }

  it("Tab reaches a company, Enter selects it and fades the rest; selecting again restores the loops", async () => {
    const page = await harness.open(`?page=overview&lang=en&asOf=${AS_OF}`, { viewport: SIZES.desktop });
    await page.waitForTimeout(500);
    const before = await strongPixels(page);
    expect(before).toBeGreaterThan(500);
    // After the chart's text alternative (folded), Tab goes to the first company on the map.
    await page.locator(".map details summary").focus();
    await page.keyboard.press("Tab");
    const first = await page.locator(":focus").getAttribute("data-node");
    expect(first).toBeTruthy();
    // and Tab again to the next one.
    await page.keyboard.press("Tab");
    const second = await page.locator(":focus").getAttribute("data-node");
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const key = page.locator('.map .map-keys button[data-node="jpmorgan"]');
    await key.focus();
    // The focused company is shown (the list is out of sight only while nothing in it has focus).
    await expect.poll(() => key.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".map [data-selected]").getAttribute("data-selected"))
      .toBe("jpmorgan");
    expect(await key.getAttribute("aria-pressed")).toBe("true");
    await page.waitForTimeout(500);
    const selected = await strongPixels(page);
    expect(selected).toBeLessThan(before / 2);
    await screenshot(page, "loop-map-selected");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".map [data-selected]").getAttribute("data-selected")).toBe("");
    await page.waitForTimeout(500);
    expect(await strongPixels(page)).toBeGreaterThan(before * 0.9);
    // A click on a company's symbol in the picture selects it as well.
    await page.locator('.map svg path[data-map-node="nvidia"]').click();
    await expect
      .poll(() => page.locator(".map [data-selected]").getAttribute("data-selected"))
      .toBe("nvidia");
  });

  it("hovering a company brings its edges above the rest and fades the rest, headings included", async () => {
    const page = await harness.open(`?page=overview&lang=ar&asOf=${AS_OF}`, { viewport: SIZES.desktop });
    await page.waitForTimeout(500);
    expect(await page.locator(".map svg [data-map-hot]").count()).toBe(0);
    await page.locator('.map svg path[data-map-node="nvidia"]').hover();
    await expect.poll(() => page.locator(".map svg [data-map-hot]").count()).toBe(1);
    // Nvidia's edges, and only they, are drawn again on top, after every other edge.
    const hot = await page.locator(".map svg [data-map-edge].net-hot").count();
    expect(hot).toBeGreaterThan(3);
    expect(await page.locator(".map svg [data-map-hot] > g").count()).toBe(hot);
    const dimmed = await page.locator(".map svg [data-map-edge].net-dim").count();
    expect(dimmed).toBeGreaterThan(hot);
    const heads = page.locator(".map svg [data-map-head]");
    expect(await heads.count()).toBeGreaterThan(3);
    expect(await page.locator(".map svg [data-map-head].net-dim").count()).toBe(await heads.count());
    await screenshot(page, "loop-map-hover-ar");
    await page.locator("h1").hover();
    await expect.poll(() => page.locator(".map svg [data-map-hot]").count()).toBe(0);
    expect(await page.locator(".map svg .net-dim").count()).toBe(0);
  });
});
