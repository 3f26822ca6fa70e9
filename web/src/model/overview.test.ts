/**
 * The overview searches its loops on the map's own graph instead of through the loops report: the
 * loops it lists, and whether the search was cut short, must be the report's (`halqa loops`,
 * /api/loops), on every basis.
 */
import { BASES } from "@core/flows/expand.ts";
import { loopsReport } from "@core/reports/loops-report.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../../src/io/paths.ts";
import { LOOP_MAX_LENGTH, overviewCountedOf, overviewOf } from "./overview.ts";

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

describe("overviewOf", () => {
  it.each(BASES)("lists the loops report's loops on the %s basis", (basis) => {
    const asOf = "2026-06-30";
    const overview = overviewOf(dataset, basis, asOf);
    const report = loopsReport(dataset, {
      basis,
      asOf,
      maxLength: LOOP_MAX_LENGTH,
      limit: Number.MAX_SAFE_INTEGER,
    });
    expect(overview.loops).toEqual(report.loops);
    expect(overview.truncated).toBe(report.truncated);
    expect(overviewCountedOf(dataset, basis, asOf, overview.loops.length)).toEqual(report.counted);
    if (basis !== "paid") expect(overview.loops.length).toBeGreaterThan(0);
  });
});

describe("overviewOf's kept answer", () => {
  it("returns the searched overview again for the same dataset, basis and date, and searches anew on a change", () => {
    const first = overviewOf(dataset, "committed", "2026-06-30");
    expect(overviewOf(dataset, "committed", "2026-06-30")).toBe(first);
    const other = overviewOf(dataset, "announced", "2026-06-30");
    expect(other).not.toBe(first);
    expect(overviewOf(dataset, "committed", "2026-06-30")).not.toBe(first);
    expect(overviewOf(dataset, "committed", "2026-06-30").loops).toEqual(first.loops);
    const copy = structuredClone(dataset);
    expect(overviewOf(copy, "committed", "2026-06-30")).not.toBe(
      overviewOf(dataset, "committed", "2026-06-30"),
    );
  });
});
