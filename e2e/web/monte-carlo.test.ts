/**
 * The stress page's Monte Carlo panel in Chromium, in English and Arabic: a run of the bundled
 * uncertain scenario on the server reports progress (streamed by server-sent events) and ends with
 * the figures src/core computes for that seed — VaR and expected shortfall, the default probabilities
 * per company with names in the page's language — and its JSON download; a long run of the scenario
 * built above, made uncertain by the spread, stops when Cancel is pressed and shows the partial result.
 * Screenshots go to e2e/screenshots/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  compileScenario,
  type MonteCarloSummary,
  runSamples,
  summarize,
} from "../../src/core/stress/monte-carlo/index.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../../src/io/scenario-files.ts";
import type { Dataset } from "../../src/schema/dataset-file.ts";
import { resolveFraction, type UncertainScenario } from "../../src/schema/scenario.ts";
import { formatUsd } from "../../web/src/format.ts";
import * as expected from "./expected.ts";
import { RUN_IN_CHROMIUM, SCREENSHOTS, screenshot, useDashboard } from "./harness.ts";

const AS_OF = expected.AS_OF;
const ID = "openai-revenue-uncertain";

let dataset: Dataset;
let summary: MonteCarloSummary;

/** Worker threads start and samples run on a shared machine: allow for it. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 60_000 });

/** What the watcher below uses of the page (the Node types of this project have no DOM). */
type PageGlobals = {
  mcSeen: number[];
  document: {
    body: unknown;
    querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null;
  };
  MutationObserver: new (
    callback: () => void,
  ) => { observe: (target: unknown, options: Record<string, boolean>) => void };
};

/** Records every `data-done` the progress bar shows (it may come and go between two polls). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    w.mcSeen = [];
    new w.MutationObserver(() => {
      const bar = w.document.querySelector('[data-figure="mc-progress"]');
      const done = Number(bar?.getAttribute("data-done") ?? "NaN");
      if (Number.isFinite(done) && w.mcSeen.at(-1) !== done) w.mcSeen.push(done);
    }).observe(w.document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** The whole page, and the panel alone (the part a reader looks at, at full size). */
async function shots(page: Page, panel: Locator, name: string): Promise<void> {
  await screenshot(page, name);
  await panel.screenshot({ path: join(SCREENSHOTS, `${name}-panel.png`) });
}

const seen = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).mcSeen);

describe.skipIf(!RUN_IN_CHROMIUM)("the Monte Carlo panel in Chromium", { timeout: 120_000 }, () => {
  const harness = useDashboard({
    prepare: async () => {
      dataset = await expected.bundled();
      const scenario = (await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset)).monteCarlo?.find(
        (s) => s.scenario.id === ID,
      )?.scenario as UncertainScenario;
      const evaluator = compileScenario(dataset, scenario, {
        asOf: AS_OF,
        fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
      });
      summary = summarize(runSamples(evaluator, 7, 0, 5000), evaluator.entities, evaluator.inputs);
    },
  });

  for (const lang of ["en", "ar"] as const) {
    it(`(${lang}) a bundled uncertain scenario: progress, then the engine's VaR, ES and default probabilities`, async () => {
      const page = await harness.open(`?page=stress&lang=${lang}&asOf=${AS_OF}&mc=${ID}&runs=5000&mcSeed=7`);
      const panel = page.locator('[data-panel="monte-carlo"]');
      await panel.locator(`[data-control="mc-source"] option[value="${ID}"]`).waitFor({ state: "attached" });
      await poll(() => panel.locator('[data-control="mc-source"]').inputValue()).toBe(ID);
      expect(await panel.locator('[data-control="mc-runs"]').inputValue()).toBe("5000");
      await watchProgress(page);
      // Keyboard: focus Run and press Enter.
      await panel.locator('[data-action="mc-run"]').focus();
      await page.keyboard.press("Enter");
      const result = panel.locator('[data-figure="mc-result"]');
      await result.waitFor({ timeout: 90_000 });
      expect(await result.getAttribute("data-samples")).toBe("5000");
      expect(await result.getAttribute("data-partial")).toBe("false");
      const progress = await seen(page);
      expect(progress.some((done) => done > 0 && done < 5000)).toBe(true);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));

      // The figures are the engine's for seed 7, formatted for the page's language.
      const risk = (await panel.locator('[data-table="mc-risk"]').textContent()) ?? "";
      for (const value of [summary.systemLoss.var95, summary.systemLoss.es95, summary.systemLoss.var99])
        expect(risk).toContain(formatUsd(lang, value));
      const rows = panel.locator('[data-table="mc-entities"] tbody tr');
      expect(await rows.count()).toBe(summary.entities.length);
      expect(await rows.first().getAttribute("data-entity")).toBe(summary.entities[0]?.entity);
      const names = (await panel.locator('[data-table="mc-entities"] tbody').textContent()) ?? "";
      expect(/[\u0600-\u06FF]/.test(names)).toBe(lang === "ar");
      expect(await panel.locator('[data-table="mc-sensitivity"] tbody tr').count()).toBe(3);
      expect(await page.getAttribute("html", "dir")).toBe(lang === "ar" ? "rtl" : "ltr");
      await panel.scrollIntoViewIfNeeded();
      await shots(page, panel, `monte-carlo-${lang}`);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        panel.locator('[data-action="mc-download-json"]').click(),
      ]);
      const saved = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
      expect(saved).toMatchObject({ scenario: ID, runs: 5000, seed: 7, partial: false });
      expect(saved.summary.systemLoss.var95).toBe(summary.systemLoss.var95);
    });

    it(`(${lang}) the built scenario made uncertain: Cancel stops a long run with a partial result`, async () => {
      const page = await harness.open(
        `?page=stress&lang=${lang}&asOf=${AS_OF}&scenario=private-credit-pullback&runs=200000&spread=30`,
      );
      const panel = page.locator('[data-panel="monte-carlo"]');
      await page.locator('[data-figure="computed"]').waitFor();
      expect(await panel.locator('[data-control="mc-source"]').inputValue()).toBe("");
      expect(await panel.locator('[data-control="mc-spread"]').inputValue()).toBe("30");
      await panel.locator('[data-action="mc-run"]').click();
      const bar = panel.locator('[data-figure="mc-progress"]');
      await poll(async () => Number((await bar.getAttribute("data-done")) ?? 0)).toBeGreaterThan(0);
      expect(await panel.locator('[data-action="mc-run"]').isDisabled()).toBe(true);
      const status = (await bar.textContent()) ?? "";
      expect(/[\u0600-\u06FF]/.test(status)).toBe(lang === "ar");
      await shots(page, panel, `monte-carlo-progress-${lang}`);
      await panel.locator('[data-action="mc-cancel"]').click();
      const result = panel.locator('[data-figure="mc-result"]');
      await result.waitFor({ timeout: 30_000 });
      expect(await result.getAttribute("data-partial")).toBe("true");
      const samples = Number(await result.getAttribute("data-samples"));
      expect(samples).toBeGreaterThan(0);
      expect(samples).toBeLessThan(200_000);
      await panel.locator('[data-figure="mc-partial"]').waitFor();
      expect(await panel.locator('[data-action="mc-run"]').isDisabled()).toBe(false);
      await panel.scrollIntoViewIfNeeded();
      await shots(page, panel, `monte-carlo-cancelled-${lang}`);
    });
  }
});
