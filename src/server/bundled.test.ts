/** A few routes on the bundled dataset: the same numbers as the core functions, on real data. */
import { beforeAll, describe, expect, it } from "vitest";
import { entityExposure } from "../core/exposure/entity-exposure.ts";
import { findMoneyLoops } from "../core/loops/money-loops.ts";
import { moneyGraph } from "../core/network/money-graph.ts";
import { flowsReport } from "../core/reports/flows-report.ts";
import { datasetStats } from "../core/stats/summary.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { createApp } from "./app.ts";
import { ROUTES } from "./routes/index.ts";

const AS_OF = "2026-06-30";
let dataset: Dataset;
let app: ReturnType<typeof createApp>;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
const get = async (path: string) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return JSON.parse(await res.text());
};

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
  app = createApp({ dataset, today: () => AS_OF });
});

describe("API on the bundled dataset", () => {
  it("stats equal datasetStats", async () => {
    expect(await get("/api/stats?top=15")).toEqual(json(datasetStats(dataset, { asOf: AS_OF, top: 15 })));
  });

  it("loops equal findMoneyLoops, with the count per length", async () => {
    const body = await get("/api/loops?maxLength=5&limit=1000");
    const core = findMoneyLoops(moneyGraph(dataset, { basis: "announced", asOf: AS_OF }), { maxLength: 5 });
    expect(body.found).toBe(core.loops.length);
    expect(body.found).toBeGreaterThan(0);
    expect(body.loops).toEqual(json(core.loops.slice(0, 1000)));
    const total = Object.values(body.byLength as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(body.found);
  });

  it("flows and exposure equal the core's", async () => {
    expect(await get("/api/flows?basis=paid&from=2024&to=2026")).toEqual(
      json(flowsReport(dataset, { basis: "paid", asOf: AS_OF, fromYear: 2024, toYear: 2026 })),
    );
    expect(await get("/api/exposure/nvidia")).toEqual(
      json(entityExposure(dataset, "nvidia", { basis: "announced", asOf: AS_OF })),
    );
  });

  it("every entity and every deal has its page; the docs' example ids exist", async () => {
    for (const e of dataset.entities) await get(`/api/entities/${e.id}`);
    for (const d of dataset.deals) {
      const body = await get(`/api/deals/${d.id}`);
      expect(body.deal.sources.every((s: { publisher: string }) => s.publisher !== "")).toBe(true);
    }
    for (const route of ROUTES) {
      if (route.id) await get(route.path.replace("{id}", route.id.example));
    }
  });

  it("deal search matches ids and both titles, case-insensitively", async () => {
    const body = await get("/api/deals?q=OpenAI");
    expect(body.count).toBeGreaterThan(3);
    for (const d of body.deals as { id: string; title: { en: string; ar: string } }[]) {
      expect(`${d.id} ${d.title.en} ${d.title.ar}`.toLowerCase()).toContain("openai");
    }
    const deal = dataset.deals[0] as Dataset["deals"][number];
    const arabic = await get(`/api/deals?q=${encodeURIComponent(deal.title.ar.slice(0, 12))}`);
    expect(arabic.deals.map((d: { id: string }) => d.id)).toContain(deal.id);
  });
});
