/** `halqa ratios`: the formulas are message keys in the JSON and words in each language on the terminal. */
import { beforeAll, describe, expect, it } from "vitest";
import { ratiosReport } from "../../core/reports/ratios-report.ts";
import { hasMessage, message } from "../../i18n/message.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { RatiosReport } from "../../schema/reports/ratios.ts";
import { captureIo } from "../../testing/capture-io.ts";
import { ratiosCommand } from "./ratios.ts";

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

describe("halqa ratios", () => {
  it("gives each formula as a key of the catalogue, in English and Arabic, and the schema accepts it", () => {
    const report = ratiosReport(dataset, { asOf: "2026-06-30" });
    expect(RatiosReport.safeParse(report).success).toBe(true);
    expect(report.ratios.length).toBeGreaterThan(0);
    for (const r of report.ratios)
      for (const lang of ["en", "ar"] as const) {
        expect(hasMessage(lang, r.formula)).toBe(true);
        if (r.note) expect(hasMessage(lang, r.note.key), r.note.key).toBe(true);
      }
    // Notes carry a key, ids and raw numbers, never words: the faces phrase them.
    expect(report.ratios.filter((r) => r.note).length).toBeGreaterThan(1);
  });

  it.each(["en", "ar"] as const)("prints the formulas in %s", (lang) => {
    const io = captureIo();
    expect(ratiosCommand(dataset, { lang, json: false, asOf: "2026-06-30" }, io)).toBe(0);
    const report = ratiosReport(dataset, { asOf: "2026-06-30" });
    for (const r of report.ratios) {
      expect(io.out()).toContain(message(lang, r.formula as Parameters<typeof message>[1]));
      expect(io.out()).not.toContain(r.formula);
    }
  });
});
