/**
 * The dashboard's overview paints its headline figures from GET /api/stats?top=1&asOf=… when that has
 * arrived (web/src/data/served-summary.ts), and otherwise computes summaryReport itself from
 * GET /api/dataset/model. Both must be the same object, on the bundled data, for any date.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { summaryReport } from "../core/reports/summary-report.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { createApp } from "./app.ts";

let app: ReturnType<typeof createApp>;
const get = async (path: string) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return JSON.parse(await res.text());
};

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  app = createApp({ dataset: loaded.dataset, today: () => "2026-06-30" });
});

describe("the overview's served summary", () => {
  it("is the summary the page computes from the dataset it fetches", async () => {
    const model = (await get("/api/dataset/model")) as Dataset;
    for (const asOf of ["2024-12-31", "2026-06-30", "2027-03-01"]) {
      const served = await get(`/api/stats?top=1&asOf=${asOf}`);
      const computed = JSON.parse(JSON.stringify(summaryReport(model, { asOf, top: 1 })));
      expect(served).toEqual(computed);
      expect(served.asOf ?? asOf).toBe(asOf);
    }
  });

  it("differs between dates where the data does (the comparison can fail)", async () => {
    const early = await get("/api/stats?top=1&asOf=2024-12-31");
    const late = await get("/api/stats?top=1&asOf=2027-03-01");
    expect(early).not.toEqual(late);
  });
});
