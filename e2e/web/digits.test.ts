/**
 * Issue 14's page control for digits, in Chromium: on the Arabic pages a control beside the language
 * switch writes every number in Western (the default, as the seed articles do) or Arabic-Indic
 * digits; the choice is in the URL and remembered for the next visit, as the language is.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setDigits } from "../../src/i18n/format.ts";
import type { Dataset } from "../../src/schema/dataset-file.ts";
import * as expected from "./expected.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";

const WESTERN = /[0-9]/;
const INDIC = /[\u0660-\u0669]/;

let dataset: Dataset;

/** The overview's headline figures as the shared formatter writes them under a digit system. */
function figures(digits: "latn" | "arab") {
  setDigits(digits);
  try {
    return expected.overviewFigures(dataset, "announced", "ar");
  } finally {
    setDigits("latn");
  }
}

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? "").trim();

describe.skipIf(!RUN_IN_CHROMIUM)("the digits control", { timeout: 60_000 }, () => {
  const harness = useDashboard({
    prepare: async () => {
      dataset = await expected.bundled();
    },
  });

  it("switches every figure of an Arabic page to Arabic-Indic digits, in the URL and remembered", async () => {
    const page = await harness.open(`?page=overview&lang=ar&asOf=${expected.AS_OF}`);
    const control = page.locator('[data-control="digits"]');
    expect(await control.inputValue()).toBe("latn");
    const western = figures("latn");
    expect(await text(page, '[data-figure="announced"] .big')).toBe(western.announced);
    expect(WESTERN.test(western.announced)).toBe(true);

    await control.selectOption("arab");
    const indic = figures("arab");
    await expect.poll(() => text(page, '[data-figure="announced"] .big')).toBe(indic.announced);
    expect(INDIC.test(indic.announced)).toBe(true);
    expect(await text(page, '[data-figure="committed"] .big')).toBe(indic.committed);
    expect(await text(page, '[data-figure="loops"] .big')).toBe(indic.loops);
    // One digit system in the headline figures and the date line: no Western digit left.
    for (const selector of [
      '[data-figure="announced"]',
      '[data-figure="committed"]',
      '[data-figure="loops"]',
    ])
      expect(WESTERN.test(await text(page, selector)), selector).toBe(false);
    expect(page.url()).toContain("digits=arab");
    await screenshot(page, "digits-arab");

    // Another page in the same browser, its link without digits: the choice is remembered.
    await page.goto(`${harness.server.url}/?page=overview&lang=ar&asOf=${expected.AS_OF}`);
    await expect.poll(() => text(page, '[data-figure="announced"] .big')).toBe(indic.announced);
    expect(page.url()).toContain("digits=arab");

    // Back to Western digits.
    await page.locator('[data-control="digits"]').selectOption("latn");
    await expect.poll(() => text(page, '[data-figure="announced"] .big')).toBe(western.announced);
  });

  it("is not offered on the English pages, whose digits are always Western", async () => {
    const page = await harness.open(`?page=overview&lang=en&asOf=${expected.AS_OF}&digits=arab`);
    expect(await page.locator('[data-control="digits"]').count()).toBe(0);
    expect(INDIC.test(await text(page, '[data-figure="announced"] .big'))).toBe(false);
  });
});
