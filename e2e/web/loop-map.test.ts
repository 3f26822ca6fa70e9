/**
 * The loop map in Chromium (issue 15), in English and Arabic, on a desktop and a phone: the drawing
 * is as wide as its layout (one layout pixel is one screen pixel, so names measured are names drawn)
 * and keeps its shape; no two names the layout placed overlap; the companies are reachable by Tab (the
 * focused one is shown) and Enter selects one, which fades the rest of the picture: the canvas loses
 * most of its strong colour and the status line names the company.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AS_OF } from "./expected.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";
import { boxes } from "./layout.ts";

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

type Drawn = { width: number; height: number; labels: [number, number, number, number][] };
type Canvas = {
  width: number;
  height: number;
  getContext(kind: "2d"): {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
};
type Doc = { document: { querySelector(selector: string): Canvas | null } };

async function drawn(page: Page): Promise<Drawn> {
  return JSON.parse((await page.locator(".map .map-keys").getAttribute("data-labels")) ?? "{}") as Drawn;
}

/** Pixels of strong colour on the map's canvas (edges in full colour; faded ones are pale). */
async function strongPixels(page: Page): Promise<number> {
  return await page.evaluate(() => {
    const canvas = (globalThis as unknown as Doc).document.querySelector(".map .chart-canvas canvas");
    if (!canvas) return -1;
    const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    // The canvas is transparent: a colour counts as seen on white paper, after its alpha.
    const onWhite = (c: number, a: number) => 255 - (a * (255 - c)) / 255;
    for (let i = 0; i < data.length; i += 4) {
      const a = data[i + 3] ?? 0;
      const [r, g, b] = [0, 1, 2].map((k) => onWhite(data[i + k] ?? 0, a)) as [number, number, number];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 110) count += 1;
    }
    return count;
  });
}

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
  });
});
