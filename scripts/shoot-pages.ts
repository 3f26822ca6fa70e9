/**
 * A dev tool, not a test: full-page screenshots of every page of the dashboard in English and Arabic at
 * desktop (1440×900) and phone (390×844, 360×740) sizes, for looking at them one by one (issue 15).
 * Tall pages are also cut into viewport-high pieces so each can be read at full size.
 *
 *   npx tsx scripts/shoot-pages.ts [outDir] [page,page…] [en,ar] [1440,390,360]
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AS_OF } from "../e2e/web/expected.ts";
import { buildApp, startHarness } from "../e2e/web/harness.ts";
import { PAGE_IDS } from "../web/src/state/page-ids.ts";

type Size = { scrollHeight: number; scrollWidth: number };

const VIEWPORTS: Record<string, { width: number; height: number }> = {
  "1440": { width: 1440, height: 900 },
  "390": { width: 390, height: 844 },
  "360": { width: 360, height: 740 },
};

/** Every page of the menu, and the two that draw more once a company is picked. */
const ROUTES = [...PAGE_IDS, "explorer&entity=openai", "company&entity=openai"];

const [outDir = "/work/shots-pages", pageArg, langArg, sizeArg] = process.argv.slice(2);
const pages = pageArg ? pageArg.split(",") : ROUTES;
const langs = langArg ? langArg.split(",") : ["en", "ar"];
const sizes = sizeArg ? sizeArg.split(",") : Object.keys(VIEWPORTS);

await buildApp();
const harness = await startHarness();
mkdirSync(outDir, { recursive: true });
try {
  for (const route of pages) {
    for (const lang of langs) {
      for (const size of sizes) {
        const viewport = VIEWPORTS[size];
        if (!viewport) throw new Error(`unknown size ${size}`);
        const page = await harness.open(`?page=${route}&lang=${lang}&asOf=${AS_OF}`, { viewport });
        await page.waitForTimeout(1200);
        const name = `${route.replace(/[&=]/g, "_")}-${lang}-${size}`;
        await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
        const { height, width } = await page.evaluate(() => {
          const root = (globalThis as unknown as { document: { documentElement: Size } }).document;
          return { height: root.documentElement.scrollHeight, width: root.documentElement.scrollWidth };
        });
        const pieces = Math.ceil(height / viewport.height);
        for (let i = 0; i < pieces && pieces > 1; i++) {
          await page.screenshot({
            path: join(outDir, `${name}.${i + 1}.png`),
            fullPage: true,
            clip: {
              x: 0,
              y: i * viewport.height,
              width,
              height: Math.min(viewport.height, height - i * viewport.height),
            },
          });
        }
        console.log(`${name}: ${width}×${height} (${pieces} pieces)`);
        await page.context().close();
      }
    }
  }
  if (harness.errors.length > 0) console.log(`errors:\n${harness.errors.join("\n")}`);
} finally {
  await harness.close();
}
