/**
 * The lines the terminal prints beside the headlines, on the pages, in English and Arabic: the binding
 * (committed) measure beside circularity's announced headline and what its loop count counts (cash
 * only, against every kind); what the overview's loop count counts; and, in an entity's revenue
 * shares, the receipts on deals that bind nobody, apart (Nvidia's FY2027 rests on the 10 GW OpenAI
 * LOI). Each expected text is the report builder's value through the one cell formatter.
 *
 * Without /usr/bin/chromium the suite is skipped with a message, except in CI (CI set), where it fails.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { circularityReport } from "../../src/core/reports/circularity-report.ts";
import { exposureReport } from "../../src/core/reports/exposure-report.ts";
import { loopsCountedLine, loopsReport } from "../../src/core/reports/loops-report.ts";
import { formatMessageCell } from "../../src/i18n/format-cell.ts";
import { recordNames } from "../../src/i18n/record-names.ts";
import type { Dataset } from "../../src/schema/dataset-file.ts";
import { formatUsd } from "../../web/src/format.ts";
import * as expected from "./expected.ts";
import { RUN_IN_CHROMIUM, screenshot, useDashboard } from "./harness.ts";

const AS_OF = expected.AS_OF;
/** The overview's loop search: the API's and the CLI's default (web/src/model/overview.ts). */
const LOOP_MAX_LENGTH = 6;
let dataset: Dataset;

const text = async (page: Page, selector: string) => {
  await page.locator(selector).first().waitFor();
  return (await page.locator(selector).first().textContent()) ?? "";
};

describe.skipIf(!RUN_IN_CHROMIUM)(
  "binding and counted lines on the pages in Chromium",
  { timeout: 60_000 },
  () => {
    const harness = useDashboard({
      prepare: async () => {
        dataset = await expected.bundled();
      },
    });

    for (const lang of ["en", "ar"] as const) {
      it(`circularity (${lang}): the binding measure beside the announced headline; what the loops count`, async () => {
        const report = circularityReport(dataset, { basis: "announced", asOf: AS_OF });
        const { binding } = report;
        if (!binding) throw new Error("no binding measure on the announced basis");
        const names = recordNames(dataset, lang);
        const lines = {
          binding: {
            key: "web.circularity.binding",
            values: {
              multiplier: { value: binding.multiplier, unit: "ratio" as const },
              inside: { value: binding.totalFlow, unit: "usd" as const },
              outside: { value: binding.outsideTotal, unit: "usd" as const },
              loops: { value: binding.loops, unit: "count" as const },
            },
          },
          cashOnly: {
            key: "web.circularity.cashOnly",
            values: {
              allKinds: { value: report.allKindsLoops.found, unit: "count" as const },
              maxLength: { value: report.loopSearch.maxLength, unit: "count" as const },
            },
          },
        };
        const page = await harness.open(`?page=circularity&lang=${lang}&asOf=${AS_OF}&basis=announced`);
        expect(await text(page, '[data-figure="binding"]')).toBe(
          formatMessageCell(lang, lines.binding, names),
        );
        expect(await text(page, '[data-figure="cash-only"]')).toBe(
          formatMessageCell(lang, lines.cashOnly, names),
        );
        await screenshot(page, `circularity-binding-${lang}`);
        // On the committed basis the headline is the binding figure: no second line.
        const committed = await harness.open(`?page=circularity&lang=${lang}&asOf=${AS_OF}&basis=committed`);
        await committed.locator('[data-figure="multiplier"]').waitFor();
        expect(await committed.locator('[data-figure="binding"]').count()).toBe(0);
      });

      it(`overview (${lang}): what the loop count counts, from the loops report`, async () => {
        const report = loopsReport(dataset, {
          basis: "announced",
          asOf: AS_OF,
          maxLength: LOOP_MAX_LENGTH,
          limit: 0,
        });
        const want = formatMessageCell(
          lang,
          { ...loopsCountedLine(report), key: "web.loops.counted" },
          recordNames(dataset, lang),
        );
        const page = await harness.open(`?page=overview&lang=${lang}&asOf=${AS_OF}&basis=announced`);
        expect(await text(page, '[data-figure="loops-counted"]')).toBe(want);
      });

      it(`entity panel (${lang}): receipts on deals that bind nobody, apart, with the deals`, async () => {
        const revenue = exposureReport(dataset, "nvidia", { basis: "announced", asOf: AS_OF }).revenue;
        const promised = revenue.years.filter((y) => y.notBinding.amount > 0);
        expect(promised.length).toBeGreaterThan(0);
        const page = await harness.open(
          `?page=explorer&lang=${lang}&asOf=${AS_OF}&basis=announced&entity=nvidia`,
        );
        const panel = page.locator('[data-panel="entity"][data-entity="nvidia"]');
        await panel.locator('[data-figure="not-binding"]').waitFor();
        expect(await panel.locator('[data-figure="not-binding"] li').count()).toBe(promised.length);
        for (const y of promised) {
          const amount = formatUsd(lang, y.notBinding.amount);
          expect(await text(page, `[data-not-binding="${y.period}"]`)).toBe(amount);
          expect(await text(page, `[data-figure="not-binding"] li[data-period="${y.period}"]`)).toContain(
            amount,
          );
        }
        // Under who pays it: the part on deals that bind nobody, and the HHI without it.
        const customers = exposureReport(dataset, "nvidia", { basis: "announced", asOf: AS_OF }).customers;
        expect(customers.notBinding.amount).toBeGreaterThan(0);
        expect(await text(page, '[data-figure="not-binding-hhi"]')).toContain(
          formatUsd(lang, customers.notBinding.amount),
        );
        await screenshot(page, `entity-not-binding-${lang}`);
      });
    }
  },
);
