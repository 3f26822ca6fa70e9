/**
 * The company page and the deal timeline in Chromium, in English and Arabic: a company found by its
 * name in either language (and an ambiguous name listing its matches), its sheet with the totals the
 * core computes and every source numbered, the company in the URL; the deal panel's timeline with the
 * replacement seen from the replaced LOI. No page logs an error. Screenshots: e2e/screenshots/company-*.
 *
 * Without /usr/bin/chromium the suite is skipped with a message, except in CI (CI set), where it fails.
 */
import { describe, expect, it } from "vitest";
import { type CompanyReport, companyReport } from "../../src/core/reports/company-report.ts";
import { message } from "../../src/i18n/message.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../../src/io/scenario-files.ts";
import type { Dataset } from "../../src/schema/dataset-file.ts";
import { resolveFraction } from "../../src/schema/scenario.ts";
import { formatUsdRange } from "../../web/src/format.ts";
import * as expected from "./expected.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";

const AS_OF = expected.AS_OF;

let oracle: CompanyReport;

describe.skipIf(!RUN_IN_CHROMIUM)("company page and deal timeline in Chromium", { timeout: 60_000 }, () => {
  const harness = useDashboard({
    prepare: async () => {
      const dataset: Dataset = await expected.bundled();
      const { scenarios } = await loadScenarios(BUNDLED_SCENARIOS_DIR, dataset);
      oracle = companyReport(dataset, "oracle", {
        asOf: AS_OF,
        basis: "announced",
        stress: { scenarios, fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN },
      }) as CompanyReport;
    },
  });

  for (const lang of ["en", "ar"] as const) {
    const m = (key: Parameters<typeof message>[1], values?: Parameters<typeof message>[2]) =>
      message(lang, key, values);

    it(`company (${lang}): found by its Arabic name; the core's totals; sources numbered; in the URL`, async () => {
      const page = await harness.open(`?page=company&lang=${lang}&asOf=${AS_OF}`);
      expect(await page.getAttribute("html", "dir")).toBe(lang === "ar" ? "rtl" : "ltr");
      await page.locator("#company-q").fill("أوراكل");
      await page.locator(".company-search button[type=submit]").click();
      const sheet = page.locator('.company-sheet[data-entity="oracle"]');
      await sheet.waitFor();
      expect(page.url()).toContain("entity=oracle");
      const totals = m("report.sheet.company.totals", {
        receives: formatUsdRange(lang, oracle.totals.receives),
        pays: formatUsdRange(lang, oracle.totals.pays),
      });
      await expect.poll(() => sheet.textContent()).toContain(totals);
      expect(await sheet.locator(".numbered-sources li").count()).toBe(oracle.sources.length);
      expect(await sheet.locator('[data-section="deals-in"] tbody tr').count()).toBe(oracle.deals.in.length);
      expect(await sheet.locator('[data-section="stress"] tbody tr').count()).toBe(oracle.stress.length);
      await screenshot(page, `company-${lang}`);
    });

    it(`company (${lang}): an ambiguous name lists the matches; one click opens the sheet`, async () => {
      const page = await harness.open(`?page=company&lang=${lang}&asOf=${AS_OF}`);
      await page.locator("#company-q").fill("open");
      await page.locator(".company-search button[type=submit]").click();
      await page.locator('[data-search="ambiguous"]').waitFor();
      expect(await page.locator('[data-search="ambiguous"]').textContent()).toContain(m("web.company.pick"));
      await page.locator('[data-search="ambiguous"] button[data-entity="openai"]').click();
      await page.locator('.company-sheet[data-entity="openai"]').waitFor();
      expect(page.url()).toContain("entity=openai");
    });

    it(`deal panel (${lang}): the timeline, the replacement seen from the LOI, what counts`, async () => {
      const id = "nvidia-openai-10gw-loi";
      const page = await harness.open(`?page=explorer&lang=${lang}&asOf=${AS_OF}&deal=${id}`);
      const timeline = page.locator(`[data-timeline="${id}"]`);
      await timeline.waitFor();
      expect(await timeline.locator('[data-table="timeline"] tbody tr').count()).toBe(2);
      expect(await timeline.locator('[data-link="in-replaces"]').count()).toBe(1);
      expect(await timeline.locator("[data-basis]").count()).toBe(3);
      expect(await timeline.textContent()).toContain(m("report.sheet.deal.counts"));
    });
  }
});
