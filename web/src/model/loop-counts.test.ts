import { loopsReport } from "@core/reports/loops-report.ts";
import { formatMessageCell } from "@i18n/format-cell.ts";
import { recordNames } from "@i18n/record-names.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { loopsCountedCell } from "./loop-counts.ts";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

describe("loopsCountedCell", () => {
  it("carries the loops report's counted values under the page's key, in both languages", () => {
    const report = loopsReport(tiny, { basis: "announced", asOf: "2026-01-01", limit: 0 });
    const cash = loopsReport(tiny, { basis: "announced", asOf: "2026-01-01", limit: 0, kinds: ["cash"] });
    const cell = loopsCountedCell(report);
    expect(cell.key).toBe("web.loops.counted");
    expect(cell.values.cashOnly?.value).toBe(cash.found);
    expect(cell.values.scope?.value).toBe("default");
    for (const lang of ["en", "ar"] as const) {
      const text = formatMessageCell(lang, cell, recordNames(tiny, lang));
      expect(text).not.toContain("{");
      expect(text).toContain(lang === "en" ? "Circularity" : "«الدائرية»");
    }
  });
});
