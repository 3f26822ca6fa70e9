/**
 * The stress and upload pages in Chromium, in English and Arabic: a bundled scenario run in the page
 * shows the defaults src/core computes, and other defaults when a slider changes the shock (the URL
 * follows); the cascade steps wave by wave with buttons and keys; results download. An uploaded
 * network (a real file through the file input) is solved in the page, a model switch re-solves it, a
 * bad file gets its problems with paths and lines, and a CSV edge list gets its loops. Screenshots go
 * to e2e/screenshots/; the time the page took to recompute a scenario to e2e/screenshots/stress-timings.txt.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/core/stress/run-scenario.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../../src/io/scenario-files.ts";
import type { Dataset } from "../../src/schema/dataset-file.ts";
import { resolveFraction, type Scenario } from "../../src/schema/scenario.ts";
import * as expected from "./expected.ts";
import { RUN_IN_CHROMIUM, SCREENSHOTS, screenshot, useDashboard } from "./harness.ts";

const AS_OF = expected.AS_OF;

let dataset: Dataset;
let scenarios: Scenario[];
const timings: string[] = [];

/** The defaults src/core finds for a bundled scenario with its credit pullback set to `fraction`. */
function defaultsFor(id: string, fraction?: number): string {
  const base = scenarios.find((s) => s.id === id) as Scenario;
  const scenario =
    fraction === undefined
      ? base
      : { ...base, shocks: base.shocks.map((s) => ("fraction" in s ? { ...s, fraction } : s)) };
  const result = runScenario(dataset, scenario, {
    asOf: AS_OF,
    fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
  });
  return result.defaults
    .map((d) => d.entity)
    .sort()
    .join(",");
}

/** The page computes after the scenarios arrive and a debounce: on a busy machine that takes a while. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
const defaultedShown = (page: Page) => page.locator(".wave-frame").getAttribute("data-defaulted");
const computedMs = async (page: Page) =>
  Number(await page.locator('[data-figure="computed"]').getAttribute("data-ms"));

describe.skipIf(!RUN_IN_CHROMIUM)("the stress and upload pages in Chromium", { timeout: 40_000 }, () => {
  const harness = useDashboard({
    prepare: async () => {
      dataset = await expected.bundled();
      scenarios = (await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset)).scenarios.map((s) => s.scenario);
    },
    finish: () => {
      if (existsSync(SCREENSHOTS))
        writeFileSync(join(SCREENSHOTS, "stress-timings.txt"), `${timings.join("\n")}\n`);
    },
  });

  for (const lang of ["en", "ar"] as const) {
    it(`stress (${lang}): the engine's defaults, a slider that changes them, the cascade stepped, JSON`, async () => {
      const page = await harness.open(
        `?page=stress&lang=${lang}&asOf=${AS_OF}&scenario=private-credit-pullback`,
      );
      await page.locator('[data-figure="computed"]').waitFor();
      expect(await page.getAttribute("html", "dir")).toBe(lang === "ar" ? "rtl" : "ltr");
      const full = defaultsFor("private-credit-pullback");
      expect(full.split(",").length).toBeGreaterThan(2);
      await poll(() => defaultedShown(page)).toBe(full);
      const account = (await page.locator(".account").textContent()) ?? "";
      expect(/[\u0600-\u06FF]/.test(account)).toBe(lang === "ar");
      expect(await page.locator('[data-table="unfunded"] tbody tr').count()).toBeGreaterThan(0);
      expect(
        await page.locator('[data-table="assumptions"] .sources a[href^="https://"]').count(),
      ).toBeGreaterThan(0);
      await screenshot(page, `stress-${lang}`);

      // A smaller pullback: fewer defaults, recomputed in the page, and the URL says so.
      const ms: number[] = [await computedMs(page)];
      for (const percent of [10, 25, 5, 2]) {
        await page.locator('[data-shock="0"] [data-control="size"]').fill(String(percent));
        const want = defaultsFor("private-credit-pullback", percent / 100);
        await poll(() => defaultedShown(page)).toBe(want);
        expect(new URL(page.url()).searchParams.get("shocks")).toBe(`credit-pullback.all.${percent / 100}`);
        ms.push(await computedMs(page));
      }
      expect(await defaultedShown(page)).not.toBe(full);
      ms.sort((a, b) => a - b);
      timings.push(
        `stress recompute in the browser (${lang}, private-credit-pullback, ${ms.length} runs): median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms, max ${ms[ms.length - 1]?.toFixed(1)} ms`,
      );
      // The link restores the edited scenario.
      await page.goto(page.url());
      await poll(() => defaultedShown(page)).toBe(defaultsFor("private-credit-pullback", 0.02));
      expect(await page.locator('[data-shock="0"] [data-control="size"]').inputValue()).toBe("2");

      // Back to the full pullback; step the cascade with the keys and the buttons.
      await page.goto(`${harness.server.url}/?page=stress&lang=${lang}&asOf=${AS_OF}&scenario=replay-1999`);
      const frame = page.locator(".wave-frame");
      await poll(() => defaultedShown(page)).toBe(defaultsFor("replay-1999"));
      const steps = Number(await frame.getAttribute("data-steps"));
      expect(steps).toBeGreaterThan(1);
      await frame.focus();
      await page.keyboard.press("Home");
      await poll(() => frame.getAttribute("data-step")).toBe("0");
      expect(await defaultedShown(page)).toBe("");
      await page.locator('[data-action="next-wave"]').click();
      await poll(() => frame.getAttribute("data-step")).toBe("1");
      expect(await defaultedShown(page)).not.toBe("");
      await frame.focus();
      await page.keyboard.press(lang === "ar" ? "ArrowRight" : "ArrowLeft");
      await poll(() => frame.getAttribute("data-step")).toBe("0");
      await page.keyboard.press("End");
      await poll(() => frame.getAttribute("data-step")).toBe(String(steps - 1));
      await screenshot(page, `stress-replay-${lang}`);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator('[data-action="download-json"]').click(),
      ]);
      const saved = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
      expect(saved.result.scenario).toBe("replay-1999");
      expect(
        saved.result.defaults
          .map((d: { entity: string }) => d.entity)
          .sort()
          .join(","),
      ).toBe(defaultsFor("replay-1999"));
    });

    it(`upload (${lang}): a network file solved in the page, a model switch, a bad file, an edge list`, async () => {
      const page = await harness.open(`?page=upload&lang=${lang}`);
      const network = {
        nodes: [
          { id: "bank-a", externalAssets: 1, externalLiabilities: 0 },
          { id: "bank-b", externalAssets: 0, externalLiabilities: 0 },
          { id: "bank-c", externalAssets: 0.2, externalLiabilities: 0 },
        ],
        liabilities: [
          { debtor: "bank-a", creditor: "bank-b", amount: 2 },
          { debtor: "bank-b", creditor: "bank-c", amount: 2 },
        ],
        shocks: [{ node: "bank-a", externalAssets: -0.5 }],
        model: { name: "eisenberg-noe" },
      };
      const file = page.locator('[data-control="file"]');
      await file.setInputFiles({
        name: "mine.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(network, null, 2)),
      });
      await page.locator('[data-figure="solved"]').waitFor();
      expect(await page.locator('[data-figure="solved"]').getAttribute("data-defaults")).toBe("2");
      expect(await page.locator('[data-table="solve"] tr[data-defaulted="true"]').count()).toBe(2);
      expect(
        await page.locator('[data-table="solve"] tr[data-node="bank-c"]').getAttribute("data-defaulted"),
      ).toBe("false");
      await screenshot(page, `upload-solved-${lang}`);
      // Furfine with full loss given default: the same two fail; the URL keeps the model.
      await page.locator('[data-control="model"]').selectOption("furfine");
      await poll(() => new URL(page.url()).searchParams.get("model")).toBe("furfine");
      await page.locator('[data-figure="solved"]').waitFor();

      // A bad file: every problem, with its path and its line, in the page's language.
      await file.setInputFiles({
        name: "bad.json",
        mimeType: "application/json",
        buffer: Buffer.from(
          '{\n  "nodes": [\n    {"id": "a", "externalAssets": -1, "externalLiabilities": 0}\n  ],\n  "liabilities": [{"debtor": "a", "creditor": "z", "amount": 1}]\n}\n',
        ),
      });
      const problems = page.locator('[data-figure="upload-error"] li');
      await poll(() => problems.count()).toBe(2);
      expect(await problems.nth(0).getAttribute("data-path")).toBe("nodes[0].externalAssets");
      expect(await problems.nth(0).getAttribute("data-line")).toBe("3");
      expect(await problems.nth(1).getAttribute("data-path")).toBe("liabilities[0].creditor");
      const words = (await page.locator('[data-figure="upload-error"]').textContent()) ?? "";
      expect(words).toContain('"z"');
      expect(/[\u0600-\u06FF]/.test(words)).toBe(lang === "ar");
      await screenshot(page, `upload-bad-${lang}`);
      await file.setInputFiles({
        name: "broken.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"nodes": [}'),
      });
      await poll(() => problems.first().getAttribute("data-code")).toBe("invalid-json");

      // An edge list: its loops and its circularity.
      await file.setInputFiles({
        name: "ledger.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          "src,dst,amount\nfund,lab,100\nlab,cloud,80\ncloud,fund,60\nlab,chips,50\nchips,fund,40\n",
        ),
      });
      await poll(() => page.locator('[data-figure="loops"]').getAttribute("data-found")).toBe("2");
      expect(await page.locator('[data-table="loops"] tbody tr').first().getAttribute("data-loop")).toBe(
        "fund>lab>cloud",
      );
      await page.locator('[data-control="max-length"]').selectOption("2");
      await poll(() => page.locator('[data-figure="loops"]').getAttribute("data-found")).toBe("0");
      await screenshot(page, `upload-edges-${lang}`);
    });
  }
});
