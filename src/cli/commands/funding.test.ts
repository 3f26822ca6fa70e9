/**
 * `halqa funding ID` in the terminal: every line, tables and notes, within 100 display columns in
 * English and Arabic (bidi isolates take no column), each table printed from its layout, and `--wide`
 * showing every column of every table.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fundingLayoutOf } from "../../core/reports/funding-layout.ts";
import { fundingReport } from "../../core/reports/funding-report.ts";
import { LANGS } from "../../i18n/lang.ts";
import { messageOrKey } from "../../i18n/message.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { renderFunding } from "./funding.ts";

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

const width = (line: string) => [...line.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "")].length;
const report = (entity: string) =>
  fundingReport(dataset, { entity, basis: "committed", asOf: "2026-06-30", fromYear: 2024, toYear: 2030 });

describe("halqa funding in the terminal", () => {
  it.each(["openai", "anthropic", "xai"])("%s: every line within 100 columns in both languages", (entity) => {
    const r = report(entity);
    for (const lang of LANGS) {
      const lines = renderFunding(dataset, r, lang).split("\n");
      const over = lines.filter((line) => width(line) > 100);
      expect(over, `${entity} ${lang}`).toEqual([]);
      // Each table of the layout is printed, under its title.
      for (const t of fundingLayoutOf(r).tables) expect(lines).toContain(messageOrKey(lang, t.title));
    }
  });

  it("shows every column of every table with --wide, and the narrow face drops some", () => {
    const r = report("openai");
    for (const lang of LANGS) {
      const wide = renderFunding(dataset, r, lang, true);
      const narrow = renderFunding(dataset, r, lang);
      const headings = (text: string) =>
        text.split("\n").filter((_line, i, all) => all[i - 1]?.startsWith("┌"));
      const counts = headings(wide).map((line) => line.split("│").length - 2);
      const tables = fundingLayoutOf(r).tables.filter((t) => t.rows(r).length > 0);
      expect(counts, lang).toEqual(tables.map((t) => t.columns.length));
      expect(Math.max(...wide.split("\n").map(width))).toBeGreaterThan(100);
      expect(headings(narrow).map((line) => line.split("│").length - 2)).not.toEqual(counts);
    }
  });

  it("reads a year with no financing deal recorded as none recorded, not $0 raised", () => {
    // OpenAI's October 2024 round is not among the recorded deals: its 2024 financing is not "$0".
    const r = report("openai");
    expect(r.years.find((y) => y.year === 2024)?.financing).toBe(0);
    const row = renderFunding(dataset, r, "en")
      .split("\n")
      .find((line) => line.startsWith("│ 2024"));
    expect(row).toContain("none recorded");
    const ar = renderFunding(dataset, r, "ar");
    expect(ar).toContain("لا تمويل مسجّل");
  });

  it("names sources, parameters and metrics, never their ids", () => {
    const text = renderFunding(dataset, report("openai"), "en");
    expect(text).not.toContain("theinformation-2025-09-30-openai-h1-2025");
    expect(text).not.toContain("revenue-growth-openai");
    expect(text).not.toContain("net-income");
    expect(text).toContain("net income");
  });
});
