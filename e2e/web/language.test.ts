/**
 * Every dashboard page read by the language auditor (src/testing/language-audit.ts), in Chromium, as
 * the CLI's commands are in src/cli/arabic-audit.test.ts: the page's text (`document.body.innerText`)
 * and its `title` and `aria-label` attributes, in Arabic (Latin units, "$", "ترليون", English words,
 * ids shown as labels, message keys, two digit systems) and in English (ids, message keys); and in
 * Arabic with Arabic-Indic digits, no Western digit.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { catalogueAr, catalogueEn } from "../../src/i18n/messages/index.ts";
import {
  arabicFaults,
  languageFaults,
  type Vocabulary,
  vocabulary,
} from "../../src/testing/language-audit.ts";
import { PAGE_IDS } from "../../web/src/state/page-ids.ts";
import * as expected from "./expected.ts";
import { type Harness, RUN_IN_CHROMIUM, useDashboard } from "./harness.ts";

/** Every page of the menu (web/src/state/page-ids.ts), and the company page once a company is picked. */
const ROUTES = [...PAGE_IDS.map((id) => `page=${id}`), "page=company&entity=openai"];

// The formats and files the pages name in Latin as they are written (the data's names are allowed
// already): the export buttons' formats and the upload's file types.
const PAGE_NAMES = [
  ...["CSV", "JSON", "PNG", "SVG", "YAML", "JSON Lines", "Parquet", "PDF", "HTML"],
  // A contagion model's name, and the keys the loop map answers to (Home, End).
  ...["NEVA", "Home", "End"],
  // The columns of the files a reader uploads, as the first line of the file holds them.
  ...[
    "src,dst,amount[,ts,id]",
    "entity,weight[,index,asOf,source,estimate,note]",
    "entity,exposure[,note,source]",
  ],
];

/**
 * Pages allowed to hold faults, per reading: none since 2026-12-06. Kept so a known fault can be listed
 * while it is fixed; a listed page that comes out clean fails the test, so the list only shrinks.
 */
const KNOWN: Record<"ar" | "en" | "ar-arab", string[]> = { ar: [], en: [], "ar-arab": [] };

let vocab: Vocabulary;

/**
 * What a reader sees or hears of a page: its text, and the titles and labels of its controls. Left
 * out: what the page marks as another language (the switch to English is written in English, with
 * `lang="en"`), and the digits control's samples of each digit system.
 */
async function pageText(page: Page): Promise<string> {
  return await page.evaluate(() => {
    // The e2e files compile without the DOM's types: the few page globals used, typed here.
    type Element = {
      lang: string;
      closest(selector: string): Element | null;
      style: { display: string };
      getAttribute(name: string): string | null;
    };
    const { document } = globalThis as unknown as {
      document: {
        title: string;
        documentElement: { lang: string };
        body: { innerText: string };
        querySelectorAll(selector: string): Iterable<Element>;
      };
    };
    const own = document.documentElement.lang;
    const quoted = [...document.querySelectorAll("body [lang]")].filter(
      (e) => e.lang !== "" && e.lang !== own,
    );
    for (const e of [...quoted, ...document.querySelectorAll('[data-control="digits"]')])
      e.style.display = "none";
    // Labels of what the page itself says, not of a quotation (an English article's title).
    const said = [...document.querySelectorAll("[title], [aria-label]")].filter(
      (e) => (e.closest("[lang]")?.lang ?? own) === own,
    );
    const labels = said.flatMap((e) => [e.getAttribute("title") ?? "", e.getAttribute("aria-label") ?? ""]);
    // The rendered text (innerText), not textContent: what is hidden is not read.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    return [document.title, document.body.innerText, ...labels.filter(Boolean)].join("\n");
  });
}

/** Each route's faults under one reading. */
async function audit(harness: Harness, reading: "ar" | "en" | "ar-arab"): Promise<Record<string, string[]>> {
  const lang = reading === "en" ? "en" : "ar";
  const digits = reading === "ar-arab" ? "&digits=arab" : "";
  const found: Record<string, string[]> = {};
  for (const route of ROUTES) {
    const page = await harness.open(`?${route}&lang=${lang}&asOf=${expected.AS_OF}${digits}`);
    // Charts and late panels (those that ask the API) settle after the first render.
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(800);
    const text = await pageText(page);
    found[route] =
      reading === "ar-arab"
        ? arabicFaults(text, "arab").filter((f) => f.startsWith("Western digit"))
        : languageFaults(text, lang, vocab);
    await page.context().close();
  }
  if (process.env.HALQA_AUDIT_PRINT)
    for (const [route, faults] of Object.entries(found))
      if (faults.length > 0)
        console.log(`## ${reading} ${route}: ${faults.length}\n  ${faults.slice(0, 12).join("\n  ")}`);
  return found;
}

describe.skipIf(!RUN_IN_CHROMIUM)("every page read by the language auditor", { timeout: 300_000 }, () => {
  const harness = useDashboard({
    prepare: async () => {
      const dataset = await expected.bundled();
      vocab = vocabulary(dataset, { en: catalogueEn, ar: catalogueAr }, { names: PAGE_NAMES });
    },
  });

  for (const reading of ["ar", "en", "ar-arab"] as const) {
    it(`(${reading}) no page holds a fault the auditor names, but the known ones`, async () => {
      const found = await audit(harness, reading);
      const clean = ROUTES.filter((route) => KNOWN[reading].includes(route) && found[route]?.length === 0);
      const faulty = Object.fromEntries(
        ROUTES.filter((route) => !KNOWN[reading].includes(route) && (found[route]?.length ?? 0) > 0).map(
          (route) => [route, found[route]],
        ),
      );
      expect(clean, "listed as known but clean now: delete from KNOWN").toEqual([]);
      expect(faulty).toEqual({});
    });
  }
});
