/**
 * `halqa flows` prints its tables from the flows layout: headings in both languages, long titles cut
 * to the layout's widths unless --wide, the same numbers as --json.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { flowsLayout } from "../../core/reports/flows-report.ts";
import { hasMessage } from "../../i18n/message.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { captureIo } from "../../testing/capture-io.ts";
import { type FlowsOptions, flowsCommand } from "./flows.ts";

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

function flows(options: Partial<FlowsOptions>): string {
  const io = captureIo();
  const base: FlowsOptions = { lang: "en", json: false, asOf: "2026-06-30", basis: "committed", unit: "USD" };
  expect(flowsCommand(dataset, { ...base, ...options }, io)).toBe(0);
  return io.out();
}

const tableLines = (text: string) => text.split("\n").filter((line) => /^[┌│├└]/.test(line));
const widest = (lines: string[]) => Math.max(...lines.map((line) => [...line].length));

describe("halqa flows from its layout", () => {
  it("has every heading of its layout in English and Arabic", () => {
    for (const unit of ["USD", "GW"] as const) {
      const layout = flowsLayout(unit);
      const keys = layout.tables.flatMap((t) => [t.title, ...t.columns.map((c) => c.label)]);
      for (const lang of ["en", "ar"] as const)
        expect(
          keys.filter((k) => !hasMessage(lang, k)),
          lang,
        ).toEqual([]);
    }
  });

  it.each(["en", "ar"] as const)("prints the headings of the layout in %s", (lang) => {
    const text = flows({ lang, fromYear: 2026, toYear: 2026 });
    const heading =
      lang === "en" ? ["Year", "Deal", "From", "To", "Amount"] : ["السنة", "الصفقة", "من", "إلى", "المبلغ"];
    for (const word of heading) expect(text).toContain(`│ ${word}`);
  });

  it("cuts long titles with … in the narrow table and prints them whole with --wide", () => {
    const narrow = flows({ fromYear: 2026, toYear: 2026 });
    const wide = flows({ fromYear: 2026, toYear: 2026, wide: true });
    expect(narrow).toContain("…");
    expect(widest(tableLines(wide))).toBeGreaterThan(widest(tableLines(narrow)));
    // A whole title of the year is in the wide table and not in the narrow one.
    const titles = dataset.deals.map((d) => d.title.en).filter((t) => t.length > 30 && wide.includes(t));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(narrow).not.toContain(t);
  });

  it("keeps the total of --json in its headline line", () => {
    const json = JSON.parse(flows({ json: true, fromYear: 2026, toYear: 2026 }));
    const text = flows({ fromYear: 2026, toYear: 2026 });
    expect(text).toContain(`${json.rows.length} flows, `);
    expect(json.total.value).toBeGreaterThan(0);
  });
});
