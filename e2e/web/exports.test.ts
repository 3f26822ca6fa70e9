/**
 * Exports for publication, in Chromium, in English and Arabic: a chart's SVG carries its title, the
 * source line with the as-of date and the credit, written right to left in Arabic; its PNG is drawn
 * at twice the chart's pixels and is taller than the chart (the frame); CSVs name entities and kinds
 * rather than giving their ids, and end with the source line and credit; a table's XLSX has the
 * table's cells (numbers as numbers with a format), a sources sheet and the same source line and
 * credit; a table drawn without a report layout (the flows table under the Sankey) still lists the
 * sources of the deals behind its rows. The downloaded pictures and workbooks are kept in
 * e2e/screenshots (exports-*) to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { figureSources } from "../../src/core/dataset/figures.ts";
import { flowsReport, paymentsOf, yearsWithMoney } from "../../src/core/reports/flows-report.ts";
import { powerReport } from "../../src/core/reports/power-report.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { message } from "../../src/i18n/message.ts";
import type { MessageKey } from "../../src/i18n/messages/index.ts";
import type { Dataset } from "../../src/schema/dataset-file.ts";
import { csvRows } from "../../src/testing/csv-rows.ts";
import { formatOf, readXlsx } from "../../src/testing/xlsx-read.ts";
import { formatDate, formatNumber, formatYear } from "../../web/src/format.ts";
import * as expected from "./expected.ts";
import { RUN_IN_CHROMIUM, SCREENSHOTS, useDashboard } from "./harness.ts";

const AS_OF = expected.AS_OF;

let dataset: Dataset;

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync((await file.path()) as string);
}

/**
 * The PNG download of a chart, checked as print wants it: a PNG at twice the chart's box in width,
 * taller than twice the box by the frame's title and source lines. Kept for looking at.
 */
async function checkFramedPng(page: Page, click: () => Promise<void>, canvas: Locator, name: string) {
  const png = await download(page, click);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  const box = await canvas.boundingBox();
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(Math.abs(width - (box?.width ?? 0) * 2)).toBeLessThanOrEqual(2);
  expect(height).toBeGreaterThan((box?.height ?? 0) * 2 + 100);
  writeFileSync(join(SCREENSHOTS, name), png);
}

/** The words of an SVG's text elements, lines joined by spaces (the frame wraps long lines). */
const svgWords = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((t) =>
      (t[1] ?? "")
        .replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)))
        .replace(
          /&(amp|lt|gt|quot|apos);/g,
          (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] ?? "",
        ),
    )
    .join(" ");

describe.skipIf(!RUN_IN_CHROMIUM)("exports for publication in Chromium", { timeout: 60_000 }, () => {
  const harness = useDashboard({
    prepare: async () => {
      dataset = await expected.bundled();
    },
  });

  for (const lang of ["en", "ar"] as Lang[]) {
    it(`a chart's SVG and PNG (${lang}) carry the title, units, source with as-of date and credit`, async () => {
      const page = await harness.open(`?page=power&lang=${lang}&asOf=${AS_OF}`);
      const chart = page.locator("figure.chart").first();
      await chart.locator(".chart-canvas canvas").first().waitFor();
      const buttons = chart.locator(".chart-tools button");

      const svg = (await download(page, () => buttons.nth(1).click())).toString("utf8");
      const words = svgWords(svg);
      const source = message(lang, "report.brief.chartSource", { asOf: formatDate(lang, AS_OF) });
      // The title states the finding: the last year's power secured against capacity committed.
      const last = powerReport(dataset, {
        basis: "announced",
        asOf: AS_OF,
        fromYear: 2024,
        toYear: 2030,
      }).years.at(-1);
      const gw = (v: number) => message(lang, "web.units.gw", { value: formatNumber(lang, v) });
      expect(words).toContain(
        message(lang, "web.power.balanceFinding", {
          year: formatYear(lang, last?.year ?? 0),
          secured: gw(last?.securedGw ?? 0),
          capacity: gw(last?.capacityGw ?? 0),
        }),
      );
      expect(words).toContain(source);
      expect(words).toContain(message(lang, "report.brief.credit"));
      // The units: the axis title and the legend are in the drawing.
      expect(words).toContain(message(lang, "web.power.gwAxis"));
      expect(words).toContain(message(lang, "web.power.committed"));
      expect(svg).toContain(`direction="${lang === "ar" ? "rtl" : "ltr"}"`);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, `exports-power-${lang}.svg`), svg);

      await checkFramedPng(
        page,
        () => buttons.nth(0).click(),
        chart.locator(".chart-canvas"),
        `exports-power-${lang}.png`,
      );

      // The SVG as a reader's browser shows it.
      const view = await harness.browser.newPage({ viewport: { width: 1400, height: 700 } });
      await view.setContent(`<body style="margin:0">${svg}</body>`);
      await view.screenshot({ path: join(SCREENSHOTS, `exports-power-${lang}-svg.png`) });
      await view.close();
    });

    for (const [page, key] of [
      ["flows", "web.flows.heading"],
      ["stress", "report.stress.lossShare"],
    ] as const)
      it(`the ${page} chart's SVG and PNG (${lang}) carry its finding, source with as-of date and credit`, async () => {
        const tab = await harness.open(`?page=${page}&lang=${lang}&asOf=${AS_OF}`);
        const name = message(lang, key);
        const chart = tab.locator("figure.chart", {
          has: tab.getByRole("button", {
            name: message(lang, "web.exports.svgLabel", { name }),
            exact: true,
          }),
        });
        await chart.locator(".chart-canvas canvas").first().waitFor();
        await tab.waitForTimeout(400);
        const finding = ((await chart.locator(".chart-name").textContent()) ?? "").trim();
        // The title states a finding, not the chart's bare name.
        expect(finding).not.toBe(name);
        const buttons = chart.locator(".chart-tools button");
        const svg = (await download(tab, () => buttons.nth(1).click())).toString("utf8");
        const words = svgWords(svg);
        expect(words).toContain(finding);
        expect(words).toContain(message(lang, "report.brief.chartSource", { asOf: formatDate(lang, AS_OF) }));
        expect(words).toContain(message(lang, "report.brief.credit"));
        mkdirSync(SCREENSHOTS, { recursive: true });
        writeFileSync(join(SCREENSHOTS, `exports-${page}-${lang}.svg`), svg);
        const png = await download(tab, () => buttons.nth(0).click());
        expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
        writeFileSync(join(SCREENSHOTS, `exports-${page}-${lang}-2x.png`), png);
        const view = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
        await view.setContent(`<body style="margin:0">${svg}</body>`);
        await view.screenshot({ path: join(SCREENSHOTS, `exports-${page}-${lang}-svg.png`), fullPage: true });
        await view.close();
      });

    it(`the loop map's SVG and PNG (${lang}) are the drawn SVG in the frame, the PNG at twice its pixels`, async () => {
      const page = await harness.open(`?page=overview&lang=${lang}&asOf=${AS_OF}`);
      const chart = page.locator(".map figure.chart");
      const buttons = chart.locator(".chart-tools button");
      const finding = ((await chart.locator(".chart-name").textContent()) ?? "").trim();
      const svg = (await download(page, () => buttons.nth(1).click())).toString("utf8");
      const words = svgWords(svg);
      expect(words).toContain(finding);
      expect(words).toContain(message(lang, "report.brief.chartSource", { asOf: formatDate(lang, AS_OF) }));
      expect(words).toContain(message(lang, "report.brief.credit"));
      // Every name the page drew is in the file, written in the page's direction.
      const drawn = await chart.locator("svg [data-map-label] text").allTextContents();
      expect(drawn.length).toBeGreaterThan(40);
      for (const name of drawn) expect(words).toContain(name);
      expect(svg).toContain(`direction="${lang === "ar" ? "rtl" : "ltr"}"`);
      // Nothing of the page's own machinery travels with it.
      expect(svg).not.toMatch(/data-map|class=/);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, `exports-loop-map-${lang}.svg`), svg);

      await checkFramedPng(
        page,
        () => buttons.nth(0).click(),
        chart.locator(".chart-canvas"),
        `exports-loop-map-${lang}.png`,
      );
    });

    it(`CSVs (${lang}) name records instead of ids and end with the source and credit`, async () => {
      const ids = new Set((dataset.entities ?? []).map((e) => e.id));
      const labels = new Set(
        (dataset.entities ?? []).map((e) => message(lang, `enum.entityKind.${e.kind}` as MessageKey)),
      );
      const names = new Set((dataset.entities ?? []).flatMap((e) => [e.name.en, e.name.ar]));
      const source = message(lang, "report.brief.chartSource", { asOf: formatDate(lang, AS_OF) });

      const page = await harness.open(`?page=flows&lang=${lang}&asOf=${AS_OF}`);
      // The Sankey with its amounts on the nodes, to be looked at.
      await page.waitForTimeout(400);
      await page
        .locator("figure.chart .chart-canvas")
        .first()
        .screenshot({ path: join(SCREENSHOTS, `exports-flows-${lang}.png`) });
      await page.locator("figure.chart details.chart-text summary").first().click();
      const flows = csvRows(
        (await download(page, () => page.locator("[data-csv^='halqa-flows']").first().click())).toString(
          "utf8",
        ),
      );
      const blank = flows.findIndex((row) => row.join("") === "");
      expect(blank).toBeGreaterThan(1);
      for (const row of flows.slice(1, blank)) {
        for (const field of row.slice(0, 2)) {
          if (!names.has(field)) expect(ids.has(field), `${field} is an id`).toBe(false);
        }
      }
      expect(flows[blank + 1]).toEqual([source]);
      expect(flows[blank + 2]).toEqual([message(lang, "report.brief.credit")]);

      const overview = await harness.open(`?lang=${lang}&asOf=${AS_OF}`);
      await overview.locator("figure.chart details.chart-text summary").first().click();
      const network = csvRows(
        (
          await download(overview, () =>
            overview.locator("[data-csv='halqa-network-entities']").first().click(),
          )
        ).toString("utf8"),
      );
      const end = network.findIndex((row) => row.join("") === "");
      expect(end).toBeGreaterThan(1);
      for (const row of network.slice(1, end)) {
        // A kind is shown by its label (in English some labels are spelt as their ids: "chipmaker").
        expect(labels.has(row[1] ?? ""), `${row[1]} is not a kind's label`).toBe(true);
        if (!names.has(row[0] ?? "")) expect(ids.has(row[0] ?? "")).toBe(false);
      }
      expect(network[end + 1]).toEqual([source]);
    });

    it(`a table's XLSX (${lang}) has its cells, numbers with formats, a sources sheet and the as-of line`, async () => {
      const page = await harness.open(`?page=power&lang=${lang}&asOf=${AS_OF}`);
      const table = page.locator("[data-table]:has(td[data-column='sources'] a)").first();
      const bytes = await download(page, () => table.locator("[data-xlsx]").click());
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, `exports-power-table-${lang}.xlsx`), bytes);
      const book = readXlsx(bytes);
      const [sheet, cited] = book.sheets;
      const header = (await table.locator("thead th").allTextContents()).map((t) => t.trim());
      expect(header.length).toBeGreaterThan(1);
      header.forEach((text, c) => {
        expect(sheet?.cells.get(`${String.fromCharCode(65 + c)}1`)?.value).toBe(text);
      });
      // Every number the page shows is a number in the workbook, with a number format.
      const rows = await table.locator("tbody tr").count();
      let numbers = 0;
      for (let r = 0; r < rows; r++) {
        const tds = table.locator("tbody tr").nth(r).locator("td");
        for (let c = 0; c < (await tds.count()); c++) {
          const value = await tds.nth(c).getAttribute("data-value");
          if (value === null) continue;
          const cell = sheet?.cells.get(`${String.fromCharCode(65 + c)}${r + 2}`);
          expect(cell?.type).toBe("n");
          expect(Number(cell?.value)).toBeCloseTo(Number(value), 9);
          expect(formatOf(book.styles, cell?.style ?? 0)).not.toBe("General");
          numbers++;
        }
      }
      expect(numbers).toBeGreaterThan(0);
      // No cell is an entity's or a deal's id.
      const ids = new Set([...(dataset.entities ?? []), ...(dataset.deals ?? [])].map((x) => x.id));
      for (const cell of sheet?.cells.values() ?? []) expect(ids.has(cell.value), cell.value).toBe(false);
      const notes = [
        message(lang, "report.brief.chartSource", { asOf: formatDate(lang, AS_OF) }),
        message(lang, "report.brief.credit"),
      ];
      const texts = (s: typeof sheet) => [...(s?.cells.values() ?? [])].map((cell) => cell.value);
      expect(texts(sheet)).toEqual(expect.arrayContaining(notes));

      expect(cited?.name).toBe(message(lang, "web.xlsx.sources"));
      expect(["A1", "B1", "C1", "D1"].map((ref) => cited?.cells.get(ref)?.value)).toEqual(
        (["outlet", "date", "title", "link"] as const).map((k) => message(lang, `web.xlsx.${k}`)),
      );
      const titles = new Set((dataset.sources ?? []).map((x) => x.title));
      const links = new Set((dataset.sources ?? []).map((x) => x.url ?? x.file));
      const citedRows = [...(cited?.cells.keys() ?? [])].filter((ref) => /^C\d+$/.test(ref) && ref !== "C1");
      expect(citedRows.length).toBeGreaterThan(0);
      for (const ref of citedRows) {
        expect(titles.has(cited?.cells.get(ref)?.value ?? "")).toBe(true);
        expect(links.has(cited?.cells.get(`D${ref.slice(1)}`)?.value ?? "")).toBe(true);
      }
      expect(texts(cited)).toEqual(expect.arrayContaining(notes));
      expect(sheet?.xml.includes('rightToLeft="1"')).toBe(lang === "ar");
    });

    it(`the flows table's XLSX (${lang}) lists the sources of the year's deals, with the as-of line`, async () => {
      // The year with the most money, and the deals paying in it: the table's rows.
      const basis = "announced" as const;
      const years = yearsWithMoney(flowsReport(dataset, { basis, asOf: AS_OF }));
      const year = [...years].sort((a, b) => b.amount.value - a.amount.value)[0]?.year ?? 0;
      const payments = paymentsOf(flowsReport(dataset, { basis, asOf: AS_OF, year }));
      const deals = new Set(payments.flatMap((p) => p.deals));
      // Each deal's own sources and those of its flows' figures.
      const ids = new Set(
        dataset.deals
          .filter((d) => deals.has(d.id))
          .flatMap((d) => [
            ...d.sources,
            ...d.flows.flatMap((f) =>
              [f.announced, f.committed, f.paid].flatMap((x) => (x ? figureSources(x) : [])),
            ),
          ]),
      );
      const expectedTitles = (dataset.sources ?? []).filter((s) => ids.has(s.id)).map((s) => s.title);
      expect(expectedTitles.length).toBeGreaterThan(1);

      const page = await harness.open(`?page=flows&lang=${lang}&asOf=${AS_OF}&year=${year}`);
      await page.locator("figure.chart details.chart-text summary").first().click();
      const bytes = await download(page, () => page.locator("[data-xlsx^='halqa-flows']").first().click());
      writeFileSync(join(SCREENSHOTS, `exports-flows-table-${lang}.xlsx`), bytes);
      const [sheet, cited] = readXlsx(bytes).sheets;
      const texts = (s: typeof sheet) => [...(s?.cells.values() ?? [])].map((cell) => cell.value);
      const source = message(lang, "report.brief.chartSource", { asOf: formatDate(lang, AS_OF) });
      expect(texts(sheet)).toContain(source);
      expect(cited?.name).toBe(message(lang, "web.xlsx.sources"));
      const titles = [...(cited?.cells.entries() ?? [])]
        .filter(([ref]) => /^C\d+$/.test(ref) && ref !== "C1")
        .map(([, cell]) => cell.value);
      expect(new Set(titles)).toEqual(new Set(expectedTitles));
      expect(texts(cited)).not.toContain(message(lang, "web.xlsx.none"));
      expect(texts(cited)).toContain(source);
    });
  }
});
