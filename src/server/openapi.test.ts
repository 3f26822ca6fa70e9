/**
 * The OpenAPI document lists every route the app answers with every parameter validation accepts, its
 * parameter schemas are the validation schemas, and the docs page is self-contained HTML.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadTiny } from "../testing/tiny.ts";
import { createApp } from "./app.ts";
import { ROUTES } from "./routes/index.ts";

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    { get?: Operation; post?: Operation & { requestBody: { content: Record<string, unknown> } } }
  >;
  components: { schemas: Record<string, unknown> };
};
type Operation = { operationId: string; parameters: Param[]; responses: Record<string, unknown> };
type Param = { name: string; in: string; required: boolean; schema: Record<string, unknown>; style?: string };

let tiny: Dataset;
let app: ReturnType<typeof createApp>;
let doc: Doc;

beforeAll(async () => {
  tiny = await loadTiny();
  app = createApp({ dataset: tiny, today: () => "2026-01-01" });
  doc = (await (await app.request("/api/openapi.json")).json()) as Doc;
});

const EXPECTED_PATHS = [
  "/api/health",
  "/api/brief",
  "/api/dataset",
  "/api/dataset/model",
  "/api/stats",
  "/api/entities",
  "/api/entities/{id}",
  "/api/deals",
  "/api/deals/{id}",
  "/api/deals/{id}/timeline",
  "/api/company/{id}",
  "/api/changes",
  "/api/flows",
  "/api/loops",
  "/api/circularity",
  "/api/exposure/{id}",
  "/api/exposure",
  "/api/rankings",
  "/api/ratios",
  "/api/reconcile",
  "/api/scenarios",
  "/api/economics",
  "/api/tracker",
  "/api/market",
  "/api/power",
  "/api/funding/{id}",
  "/api/openapi.json",
  "/api/docs",
];

const POST_PATHS = ["/api/stress", "/api/network/solve"];
/** The Monte Carlo job routes (their own methods; tested in monte-carlo-routes.test.ts). */
const JOB_PATHS: Record<string, string[]> = {
  "/api/stress/monte-carlo": ["post"],
  "/api/stress/monte-carlo/{id}": ["get", "delete"],
  "/api/stress/monte-carlo/{id}/events": ["get"],
};
const gets = () =>
  Object.entries(doc.paths).filter(([path]) => !POST_PATHS.includes(path) && !(path in JOB_PATHS));
const operations = () =>
  Object.values(doc.paths).flatMap((item) => [item.get, item.post].filter((o) => o !== undefined));

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with every route, each a GET (or, for the computing routes, a POST) with a unique operationId", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("halqa API");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [...EXPECTED_PATHS, ...POST_PATHS, ...Object.keys(JOB_PATHS)].sort(),
    );
    // /api/market answers both: GET on the bundled weights, POST on the reader's own CSV.
    for (const [path, item] of Object.entries(doc.paths))
      expect(Object.keys(item), path).toEqual(
        path === "/api/market"
          ? ["get", "post"]
          : (JOB_PATHS[path] ?? [POST_PATHS.includes(path) ? "post" : "get"]),
      );
    const ids = operations().map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents each POST's JSON body, with an example, and its 415", () => {
    for (const path of POST_PATHS) {
      const op = doc.paths[path]?.post;
      expect(op?.requestBody.content["application/json"]).toMatchObject({ schema: { type: "object" } });
      expect(Object.keys(op?.responses ?? {})).toEqual(
        expect.arrayContaining(["200", "400", "405", "413", "415"]),
      );
    }
  });

  it("every documented GET route answers 200 (path ids filled from the fixture)", async () => {
    for (const [path] of gets()) {
      const url = path.replace("{id}", path.includes("deals") ? "lab-buys-cloud" : "lab");
      const query = path === "/api/exposure" ? "?rank=1" : path === "/api/changes" ? "?since=2025-01-01" : "";
      // The tiny fixture has no tracker thresholds: the tracker says so (422) rather than guess them.
      const status = path === "/api/tracker" ? 422 : 200;
      expect((await app.request(url + query)).status, url).toBe(status);
    }
  });

  it("lists every parameter the route's schema accepts, with the schema's types and bounds", () => {
    for (const route of ROUTES) {
      const params = doc.paths[route.path]?.get?.parameters ?? [];
      const query = params.filter((p) => p.in === "query").map((p) => p.name);
      expect(query.sort(), route.path).toEqual(Object.keys(route.query.shape).sort());
      expect(params.every((p) => p.in === "path" || !p.required)).toBe(true);
      if (route.path.includes("{id}"))
        expect(params.find((p) => p.in === "path")).toMatchObject({ name: "id", required: true });
    }
    const loops = doc.paths["/api/loops"]?.get?.parameters ?? [];
    const byName = Object.fromEntries(loops.map((p) => [p.name, p]));
    expect(byName.maxLength?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 12, default: 6 });
    expect(byName.limit?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 1000, default: 20 });
    expect(byName.basis?.schema).toMatchObject({
      enum: ["announced", "committed", "paid"],
      default: "announced",
    });
    expect(byName.temporal?.schema).toMatchObject({ type: "boolean" });
    expect(byName.types).toMatchObject({ style: "form", explode: false, schema: { type: "array" } });
    const flows = Object.fromEntries(
      (doc.paths["/api/flows"]?.get?.parameters ?? []).map((p) => [p.name, p]),
    );
    expect(flows.basis?.schema.default).toBe("committed");
    const circ = Object.fromEntries(
      (doc.paths["/api/circularity"]?.get?.parameters ?? []).map((p) => [p.name, p]),
    );
    expect(circ.nullModel?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 999 });
  });

  it("describes the responses, with every $ref resolvable", () => {
    for (const [path, item] of gets()) {
      const statuses = Object.keys(item.get?.responses ?? {});
      expect(statuses, path).toEqual(expect.arrayContaining(["200", "304", "400", "405", "413", "500"]));
      if (path.includes("{id}")) expect(statuses).toContain("404");
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1],
    );
    expect(refs.length).toBeGreaterThan(10);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name as string);
    expect(JSON.stringify(doc)).not.toContain("$schema");
  });
});

describe("GET /api/docs", () => {
  it("is HTML that links every route, with no script and no external URL", async () => {
    const res = await app.request("/api/docs");
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    for (const path of EXPECTED_PATHS) expect(html).toContain(`<code>GET ${path}</code>`);
    for (const path of POST_PATHS) expect(html).toContain(`<code>POST ${path}</code>`);
    for (const op of operations()) {
      expect(html).toContain(`href="#op-${op.operationId}"`);
      expect(html).toContain(`id="op-${op.operationId}"`);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*"\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    // Every in-page link points at an anchor that exists.
    const anchors = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(anchors, m[1]).toContain(m[1]);
  });

  it("shows parameters with their ranges and defaults", async () => {
    const html = await (await app.request("/api/docs")).text();
    expect(html).toContain("<code>maxLength</code>");
    expect(html).toContain("≤ 12");
    expect(html).toContain("<code>announced</code>");
    expect(html).toContain('curl -s "$HALQA/api/loops?maxLength=4&#38;limit=5"');
  });
});
