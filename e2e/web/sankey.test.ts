/**
 * The flows Sankey in Chromium (issue 15), in English and Arabic, on a desktop (1440 px) and two phones
 * (390 and 360 px): the drawing stands inside the screen, no two words the chart draws overlap (boxes the chart writes on its canvas box once drawn,
 * web/src/charts/drawn-labels.ts), none runs past the drawing's edges, and the largest payers and
 * payees are named with their amounts, whole with their unit (a name may be cut to fit, an amount not).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type LabelBox, overlappingPairs } from "../../web/src/charts/drawn-labels.ts";
import { AS_OF } from "./expected.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";
import { boxes } from "./layout.ts";

const SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
  "small phone": { width: 360, height: 740 },
};
const CANVAS = "figure.chart .chart-canvas";

async function labels(page: Page): Promise<LabelBox[]> {
  await page.waitForFunction(
    (selector) => Boolean((globalThis as unknown as Doc).document.querySelector(selector)?.dataset.labels),
    CANVAS,
  );
  return JSON.parse((await page.locator(CANVAS).first().getAttribute("data-labels")) ?? "[]") as LabelBox[];
}
type Doc = { document: { querySelector(s: string): { dataset: Record<string, string> } | null } };

describe.skipIf(!RUN_IN_CHROMIUM)("the flows Sankey", { timeout: 180_000 }, () => {
  const harness = useDashboard();

  for (const lang of ["en", "ar"] as const)
    for (const [device, viewport] of Object.entries(SIZES)) {
      it(`(${lang}, ${device}) names and amounts never overlap nor leave the drawing`, async () => {
        const page = await harness.open(`?page=flows&lang=${lang}&asOf=${AS_OF}`, { viewport });
        await page.waitForTimeout(400);
        const drawn = await labels(page);
        const [canvas] = await boxes(page, [CANVAS]);
        const width = (canvas?.end ?? 0) - (canvas?.start ?? 0);
        // The drawing itself within the screen: labels inside a canvas the page cuts off are cut too.
        expect(canvas?.start ?? -1).toBeGreaterThanOrEqual(0);
        expect(canvas?.end ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(viewport.width);
        // The largest payers and payees at least are named.
        expect(drawn.length).toBeGreaterThanOrEqual(device === "desktop" ? 8 : 4);
        const outside = drawn.filter(([x, , w]) => x < -0.5 || x + w > width + 0.5);
        expect(outside).toEqual([]);
        const pairs = overlappingPairs(drawn).map(([a, b]) => [drawn[a], drawn[b]]);
        expect(pairs).toEqual([]);
        // A name may be cut to fit its margin; an amount never loses its unit.
        const amounts = drawn.map((box) => box[4] ?? "").filter((words) => /\d/.test(words));
        expect(amounts.length).toBeGreaterThanOrEqual(4);
        for (const words of amounts)
          expect(words).toMatch(lang === "en" ? /\$\d[\d.]*[BT]\b/ : /(مليار|مليارات|تريليون) دولار/);
        await screenshot(page, `sankey-${lang}-${device.replace(" ", "-")}`);
      });
    }
});
