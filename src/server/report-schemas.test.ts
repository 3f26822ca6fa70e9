/**
 * The API's side of the response schemas: each analysis route's 200 response in the OpenAPI document
 * is a $ref to its report schema (src/schema/reports), and what the route answers on the bundled data
 * matches that schema, strictly. The CLI's side is src/cli/json-schemas.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../io/load-dataset.ts";
import { readMarketFiles } from "../io/market-files.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../io/scenario-files.ts";
import { REPORT_SCHEMAS, type ReportName } from "../schema/reports/index.ts";
import { createApp } from "./app.ts";

const AS_OF = "2026-06-30";
let app: ReturnType<typeof createApp>;
let doc: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  const money = await readMarketFiles(BUNDLED_DATA_DIR, loaded.dataset);
  const scenarios = await loadScenarios(BUNDLED_SCENARIOS_DIR, loaded.dataset);
  app = createApp({ dataset: loaded.dataset, marketFiles: money.files, scenarios, today: () => AS_OF });
  doc = JSON.parse(await (await app.request("/api/openapi.json")).text());
});

type Case = { path: string; method: "get" | "post"; request: string; body?: unknown; schema: ReportName };

const NETWORK = {
  nodes: [
    { id: "a", externalAssets: 1, externalLiabilities: 0 },
    { id: "b", externalAssets: 0, externalLiabilities: 0 },
  ],
  liabilities: [{ debtor: "a", creditor: "b", amount: 2 }],
  model: { name: "eisenberg-noe" },
};

const CASES: Case[] = [
  { path: "/api/stats", method: "get", request: "/api/stats", schema: "StatsReport" },
  { path: "/api/flows", method: "get", request: "/api/flows", schema: "FlowsReport" },
  { path: "/api/loops", method: "get", request: "/api/loops", schema: "LoopsReport" },
  { path: "/api/circularity", method: "get", request: "/api/circularity", schema: "CircularityReport" },
  { path: "/api/exposure/{id}", method: "get", request: "/api/exposure/nvidia", schema: "ExposureReport" },
  { path: "/api/exposure", method: "get", request: "/api/exposure?rank=1", schema: "RankingsReport" },
  { path: "/api/rankings", method: "get", request: "/api/rankings", schema: "RankingsReport" },
  { path: "/api/ratios", method: "get", request: "/api/ratios", schema: "RatiosReport" },
  { path: "/api/reconcile", method: "get", request: "/api/reconcile", schema: "ReconcileReport" },
  { path: "/api/power", method: "get", request: "/api/power", schema: "PowerReport" },
  { path: "/api/funding/{id}", method: "get", request: "/api/funding/openai", schema: "FundingReport" },
  { path: "/api/economics", method: "get", request: "/api/economics", schema: "EconomicsReport" },
  { path: "/api/tracker", method: "get", request: "/api/tracker", schema: "TrackerReport" },
  { path: "/api/market", method: "get", request: "/api/market", schema: "MarketReport" },
  { path: "/api/company/{id}", method: "get", request: "/api/company/nvidia", schema: "CompanyReport" },
  {
    path: "/api/deals/{id}/timeline",
    method: "get",
    request: "/api/deals/nvidia-openai-10gw-loi/timeline",
    schema: "DealReport",
  },
  { path: "/api/changes", method: "get", request: "/api/changes?since=2025-01-01", schema: "ChangesReport" },
  {
    path: "/api/stress",
    method: "post",
    request: "/api/stress",
    body: { scenario: "private-credit-pullback" },
    schema: "StressAnswer",
  },
  {
    path: "/api/network/solve",
    method: "post",
    request: "/api/network/solve",
    body: NETWORK,
    schema: "ModelResult",
  },
];

describe("every analysis route's response matches its documented schema", () => {
  it.each(CASES)("$method $path", async ({ path, method, request, body, schema }) => {
    const declared = doc.paths[path]?.[method]?.responses["200"] as {
      content: Record<string, { schema: unknown }>;
    };
    expect(declared.content["application/json"]?.schema).toEqual({
      $ref: `#/components/schemas/${schema}`,
    });
    const res = await app.request(
      request,
      method === "post"
        ? { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }
        : {},
    );
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(200);
    const parsed = REPORT_SCHEMAS[schema].safeParse(JSON.parse(text));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("documents each report as a closed object: a program may rely on no other key", async () => {
    const schemas = JSON.parse(await (await app.request("/api/openapi.json")).text()).components.schemas;
    for (const name of Object.keys(REPORT_SCHEMAS)) {
      const closed = name === "ModelResult" ? schemas[name].oneOf : [schemas[name]];
      for (const member of closed) expect(member, name).toMatchObject({ additionalProperties: false });
    }
  });

  it("the Monte Carlo job's result and POST /api/market's answer point to their report schemas", () => {
    const text = JSON.stringify(doc.paths);
    expect(text).toContain('"result":{"$ref":"#/components/schemas/MonteCarloReport"}');
    expect(JSON.stringify(doc.paths["/api/market"]?.post)).toContain("#/components/schemas/MarketReport");
  });
});
