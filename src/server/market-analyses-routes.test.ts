/** GET /api/economics, /api/tracker, /api/market and POST /api/market on the bundled data; bad input. */
import { beforeAll, describe, expect, it } from "vitest";
import { economicsReport } from "../core/reports/economics-report.ts";
import { marketReport } from "../core/reports/market-report.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { type MarketFiles, readMarketFiles } from "../io/market-files.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { createApp } from "./app.ts";
import { parseOverride } from "./handlers/market-analyses.ts";
import { MARKET_BODY_LIMIT } from "./market-body.ts";

const AS_OF = "2026-06-30";
let dataset: Dataset;
let money: MarketFiles;
let app: ReturnType<typeof createApp>;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
const get = async (path: string, status = 200) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(status);
  return JSON.parse(await res.text());
};
const post = (body: unknown, init: { type?: string; query?: string } = {}) =>
  app.request(`/api/market${init.query ?? ""}`, {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "Content-Type": init.type ?? "application/json" },
  });

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
  const files = await readMarketFiles(BUNDLED_DATA_DIR, dataset);
  expect(files.problems).toEqual([]);
  money = files.files;
  app = createApp({ dataset, marketFiles: money, today: () => AS_OF });
});

describe("GET /api/economics", () => {
  it("equals economicsReport, with overrides from the query (600B = 6e11)", async () => {
    const body = await get("/api/economics?jpmorgan-target-return=12&bain-dc-capex-per-year-2030=600B");
    const overrides = { "jpmorgan-target-return": 12, "bain-dc-capex-per-year-2030": 6e11 };
    expect(body).toEqual(json(economicsReport(dataset, overrides)));
    const jpm = body.analyses.find((a: { id: string }) => a.id === "jpmorgan-revenue-for-return");
    const input = jpm.inputs.find((i: { key: string }) => i.key === "jpmorgan-target-return");
    expect(input.value).toBe(12);
    expect(input.dataValue).toBe(10);
  });

  it("lists every unknown key and every bad value in one 400", async () => {
    const body = await get("/api/economics?nope=1&jpmorgan-target-return=ten&lang=ar", 400);
    expect(body.error.details.problems.map((p: { code: string; path: string }) => [p.code, p.path])).toEqual([
      ["unknown-parameter", "nope"],
      ["invalid-number", "jpmorgan-target-return"],
    ]);
    expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
  });

  it("reads numbers as --set does", () => {
    expect(parseOverride("650B")).toBe(6.5e11);
    expect(parseOverride("1.5e3")).toBe(1500);
    expect(parseOverride("-2")).toBe(-2);
    for (const bad of ["", "1,000", "12%", "1e999", "B"]) expect(parseOverride(bad), bad).toBeUndefined();
  });
});

describe("GET /api/tracker", () => {
  it("gives the thresholds, the window and each operator, absent signals as null", async () => {
    const body = await get("/api/tracker");
    expect(body.thresholds).toEqual({ utilisation: 70, "power-coverage": 90, "usage-revenue-share": 50 });
    expect([body.window.endEarliest, body.window.endLatest]).toEqual(["2027-10-13", "2028-10-13"]);
    const openai = body.operators.find((o: { entity: string }) => o.entity === "openai");
    expect(openai.latest.utilisation).toBeNull();
    expect(openai.latest["usage-revenue-share"].value).toBe(27);
    expect(openai.stage.stage).toBe("circular");
  });

  it("narrows to one operator, and refuses an unknown one or parameter", async () => {
    const body = await get("/api/tracker?entity=anthropic");
    expect(body.operators.map((o: { entity: string }) => o.entity)).toEqual(["anthropic"]);
    expect((await get("/api/tracker?entity=nobody", 400)).error.code).toBe("unknown-entity");
    expect((await get("/api/tracker?measure=x", 400)).error.code).toBe("unknown-parameter");
  });

  it("answers with no operators' observations when the folder has no tracker.csv", async () => {
    const bare = createApp({ dataset, today: () => AS_OF });
    const body = JSON.parse(await (await bare.request("/api/tracker")).text());
    expect(body.operators.every((o: { history: unknown[] }) => o.history.length === 0)).toBe(true);
  });
});

describe("GET /api/market", () => {
  it("equals marketReport on the bundled snapshot, by each measure", async () => {
    for (const measure of ["membership", "revenue-share"] as const) {
      const body = await get(`/api/market?measure=${measure}`);
      expect(body).toEqual(json(marketReport(dataset, { asOf: AS_OF, measure, weights: money.weights })));
      expect(body.fund.share).toBeGreaterThanOrEqual(0);
      expect(body.fund.share).toBeLessThanOrEqual(body.fund.covered);
    }
    expect((await get("/api/market?measure=all", 400)).error.code).toBe("invalid-choice");
  });
});

describe("POST /api/market", () => {
  it("takes the user's weights and exposures: 50% Nvidia at 40% + 7% Apple at 100% = 27%", async () => {
    const res = await post({
      weights: "entity,weight\nnvidia,50\napple,7\n",
      exposure: "entity,exposure\nnvidia,40\napple,100\n",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = JSON.parse(await res.text());
    expect(body.fund.share).toBeCloseTo(0.27, 12);
    expect(body.fund.covered).toBeCloseTo(0.57, 12);
    expect(body.fund.measure).toBe("file");
  });

  it("reports every bad row with file:line:column, in the request's language", async () => {
    const res = await post(
      { weights: "entity,weight\nnvidia,6.6\napple,abc\nmeta,200\nnvidia,1\n", exposure: "entity\nx\n" },
      { query: "?lang=ar" },
    );
    expect(res.status).toBe(400);
    const { error } = JSON.parse(await res.text());
    expect(error.details.problems.map((p: { path: string; code: string }) => `${p.path} ${p.code}`)).toEqual([
      "weights:3:weight invalid-number",
      "weights:4:weight percent-over-100",
      "weights:5:entity duplicate-row",
      "exposure:1 csv-columns",
    ]);
    expect(error.message).toMatch(/[\u0600-\u06FF]/);
  });

  it("refuses a body that is not JSON, has unknown fields, is too large, or a query parameter", async () => {
    const csv = await post("entity,weight", { type: "text/csv" });
    expect(csv.status).toBe(415);
    expect(JSON.parse(await csv.text()).error.code).toBe("unsupported-media-type");
    const broken = await post("{weights:");
    expect(broken.status).toBe(400);
    const { error: syntax } = JSON.parse(await broken.text());
    expect(syntax.code).toBe("invalid-json");
    expect(syntax).toMatchObject({ path: "body", details: { line: 1, column: 2 } });
    const unknown = await post({ weight: "entity,weight\n" });
    expect(JSON.parse(await unknown.text()).error.code).toBe("unknown-parameter");
    // A body or a field of the wrong kind is named as the other POST routes name it, with its place
    // (it was a bare "invalid value" with no path).
    for (const [body, path, received] of [
      ["[]", undefined, "a list"],
      ["null", undefined, "null"],
      ['{"weights":5}', "weights", "number"],
    ] as const) {
      const wrong = await post(body);
      expect(wrong.status).toBe(400);
      const { error: kind } = JSON.parse(await wrong.text());
      expect(kind).toMatchObject({ code: "invalid-type", details: { received } });
      expect(kind.path).toBe(path);
    }
    const measure = await post({ measure: "most" });
    expect(JSON.parse(await measure.text()).error.code).toBe("invalid-choice");
    const big = await post({ weights: `entity,weight\n${"a,1\n".repeat(MARKET_BODY_LIMIT / 4)}` });
    expect(big.status).toBe(413);
    expect((await post({}, { query: "?measure=x" })).status).toBe(400);
  });

  it("allows GET, HEAD and POST on /api/market, and only GET and HEAD elsewhere", async () => {
    const put = await app.request("/api/market", { method: "PUT" });
    expect([put.status, put.headers.get("allow")]).toEqual([405, "GET, HEAD, POST"]);
    const other = await app.request("/api/tracker", { method: "POST", body: "{}" });
    expect([other.status, other.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
  });

  it("is in the OpenAPI document beside the GET", async () => {
    const doc = await get("/api/openapi.json");
    expect(Object.keys(doc.paths["/api/market"]).sort()).toEqual(["get", "post"]);
    expect(
      doc.paths["/api/market"].post.requestBody.content["application/json"].schema.properties,
    ).toHaveProperty("weights");
    for (const path of ["/api/economics", "/api/tracker"]) expect(doc.paths[path].get).toBeDefined();
  });
});
