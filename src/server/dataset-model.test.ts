/**
 * GET /api/dataset/model: the merged raw dataset the core functions take, so that the dashboard, which
 * imports src/core, computes from it exactly what the API computes from the loaded dataset.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { expandFlows } from "../core/flows/expand.ts";
import { findMoneyLoops } from "../core/loops/money-loops.ts";
import { moneyGraph } from "../core/network/money-graph.ts";
import { datasetStats } from "../core/stats/summary.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadTiny } from "../testing/tiny.ts";
import { createApp } from "./app.ts";

const TODAY = "2026-01-01";
let tiny: Dataset;
let app: ReturnType<typeof createApp>;

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

beforeAll(async () => {
  tiny = await loadTiny();
  app = createApp({ dataset: tiny, today: () => TODAY });
});

describe("GET /api/dataset/model", () => {
  it("is the loaded dataset itself, every collection present", async () => {
    const res = await app.request("/api/dataset/model");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("etag")).toMatch(/^"/);
    const body = (await res.json()) as Dataset;
    expect(body).toEqual(json(tiny));
    expect(Object.keys(body).sort()).toEqual(
      ["deals", "entities", "financials", "indicators", "parameters", "sources", "sites"].sort(),
    );
  });

  it("after a trip through JSON, core computes the same answers as from the loaded dataset", async () => {
    const body = (await (await app.request("/api/dataset/model")).json()) as Dataset;
    for (const asOf of ["2025-06-30", TODAY, "2026-07-01"]) {
      expect(json(datasetStats(body, { asOf }))).toEqual(json(datasetStats(tiny, { asOf })));
      expect(json(expandFlows(body, { basis: "committed", asOf }))).toEqual(
        json(expandFlows(tiny, { basis: "committed", asOf })),
      );
      const loops = (d: Dataset) => findMoneyLoops(moneyGraph(d, { basis: "announced", asOf })).loops;
      expect(json(loops(body))).toEqual(json(loops(tiny)));
    }
  });

  it("answers 304 to its own ETag, and 400 to a parameter it does not take", async () => {
    const first = await app.request("/api/dataset/model");
    const etag = first.headers.get("etag") ?? "";
    const again = await app.request("/api/dataset/model", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    const bad = await app.request("/api/dataset/model?asOf=2026-01-01");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBeTypeOf("string");
  });

  it("is in the OpenAPI document as a data route", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, { get: { operationId: string; tags: string[] } }>;
    };
    expect(doc.paths["/api/dataset/model"]?.get).toMatchObject({
      operationId: "datasetModel",
      tags: ["data"],
    });
  });
});
