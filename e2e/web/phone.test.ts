/**
 * Phones (issue 15), in Chromium at 360×740 and 390×844 in English and Arabic: every page is at most as
 * wide as the screen (tables scroll inside their own box), and so on a 1440×900 desktop (the explorer's
 * company panel once pushed the page to 1,821 px); a table's caption stays on the screen; the menu is
 * folded behind a button that unfolds it, and the loop map keeps its proportions instead of being
 * squashed into a tall ellipse.
 */
import { describe, expect, it } from "vitest";
import { PAGE_IDS } from "../../web/src/state/page-ids.ts";
import { AS_OF } from "./expected.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";
import { boxes, widths } from "./layout.ts";

const PHONE = { width: 360, height: 740 };
const SCREENS = [PHONE, { width: 390, height: 844 }, { width: 1440, height: 900 }];
/** Every page of the menu (web/src/state/page-ids.ts), and the two that draw more once a company is picked. */
const ROUTES = [
  ...PAGE_IDS.map((id) => `page=${id}`),
  "page=explorer&entity=openai",
  "page=company&entity=openai",
];

describe.skipIf(!RUN_IN_CHROMIUM)("the dashboard on a phone", { timeout: 180_000 }, () => {
  const harness = useDashboard();

  for (const lang of ["en", "ar"] as const) {
    for (const screen of SCREENS)
      it(`(${lang}) no page is wider than a ${screen.width} px screen`, async () => {
        const seen: string[] = [];
        for (const route of ROUTES) {
          const page = await harness.open(`?${route}&lang=${lang}&asOf=${AS_OF}`, { viewport: screen });
          // Charts and late panels settle after the first render.
          await page.waitForTimeout(300);
          const w = await widths(page);
          seen.push(`${route}: ${w.document}`);
          expect(w.document, `${route} (${lang})`).toBeLessThanOrEqual(w.viewport);
          await page.context().close();
        }
        expect(seen.length).toBe(ROUTES.length);
      });

    it(`(${lang}) a long table scrolls in its box with readable columns; its caption stays on screen`, async () => {
      const page = await harness.open(`?page=data&lang=${lang}&asOf=${AS_OF}`, { viewport: PHONE });
      const [caption, firstCell] = await boxes(page, [".table caption", ".table tbody td"]);
      // The caption wraps within the screen (it ran off the edge with the columns under it).
      expect(caption?.start).toBeGreaterThanOrEqual(0);
      expect(caption?.end).toBeLessThanOrEqual(PHONE.width);
      // A deal's name keeps a column wide enough to read (it stood one word a line, 100 px wide).
      expect((firstCell?.end ?? 0) - (firstCell?.start ?? 0)).toBeGreaterThanOrEqual(120);
    });

    it(`(${lang}) a section's heading stands above its explanation (the checks panel set them side by side)`, async () => {
      const page = await harness.open(`?page=overview&lang=${lang}&asOf=${AS_OF}`, {
        viewport: { width: 1440, height: 900 },
      });
      await page.locator("#checks-heading").waitFor();
      const [heading, hint] = await boxes(page, ["#checks-heading", "section.checks > .hint"]);
      expect(hint?.top ?? 0).toBeGreaterThanOrEqual(heading?.bottom ?? Number.POSITIVE_INFINITY);
    });

    it(`(${lang}) the menu folds behind a button; the loop map keeps its shape`, async () => {
      const page = await harness.open(`?page=overview&lang=${lang}&asOf=${AS_OF}`, { viewport: PHONE });
      const toggle = page.locator('[data-action="menu"]');
      const nav = page.locator("#page-menu");
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      expect(await nav.isVisible()).toBe(false);
      const [header] = await boxes(page, [".header"]);
      // Folded, the header takes a sliver of the first screen (the open menu filled it).
      expect((header?.bottom ?? 0) - (header?.top ?? 0)).toBeLessThan(PHONE.height / 5);
      await toggle.click();
      expect(await toggle.getAttribute("aria-expanded")).toBe("true");
      expect(await nav.isVisible()).toBe(true);
      await screenshot(page, `phone-menu-${lang}`);
      // Following a link folds the menu again.
      await nav.locator('a[href*="page=stress"]').click();
      await page.locator('[data-figure="computed"]').waitFor();
      expect(await nav.isVisible()).toBe(false);

      const map = await harness.open(`?page=overview&lang=${lang}&asOf=${AS_OF}`, { viewport: PHONE });
      // The map is laid out for the width it gets, then drawn at that layout's size: read it once drawn.
      const shape = async () => {
        const [canvas] = await boxes(map, [".chart-canvas"]);
        const layout = JSON.parse((await map.locator(".map .map-keys").getAttribute("data-labels")) ?? "{}");
        return {
          width: (canvas?.end ?? 0) - (canvas?.start ?? 0),
          height: (canvas?.bottom ?? 0) - (canvas?.top ?? 0),
          declared: layout.width / layout.height,
        };
      };
      // The shape its layout declares (a little taller than wide on a 360 px phone, three columns of
      // names), not a tall box (it was 312 × 620): the layout's own test keeps that shape above 0.7.
      await expect
        .poll(
          async () => {
            const { width, height, declared } = await shape();
            return Math.abs(width / height - declared);
          },
          { timeout: 15_000 },
        )
        .toBeLessThan(0.02);
      const { width, height } = await shape();
      expect(width).toBeGreaterThan(250);
      expect(width / height).toBeGreaterThan(0.7);
      await screenshot(map, `phone-overview-${lang}`);
    });
  }
});
