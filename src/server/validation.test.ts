/**
 * Bad input for every parameter: 400 with a stable code, the parameter named in `path`, a message in
 * English by default and in Arabic on request. Then the other statuses: 404, 405, 413, 422, 500.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadTiny } from "../testing/tiny.ts";
import { createApp } from "./app.ts";

let tiny: Dataset;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tiny = await loadTiny();
  app = createApp({ dataset: tiny, today: () => "2026-01-01" });
});

async function error(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  const body = JSON.parse(await res.text());
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.message).toBe("string");
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return { status: res.status, ...body.error, headers: res.headers };
}

// [url, code, path]: one bad value per parameter of every route.
const BAD: [string, string, string][] = [
  ["/api/dataset?asOf=2025-13-01", "invalid-date", "asOf"],
  ["/api/dataset?asOf=yesterday", "invalid-date", "asOf"],
  ["/api/dataset?asOf=2025-02-30", "invalid-date", "asOf"],
  ["/api/stats?top=abc", "invalid-integer", "top"],
  ["/api/stats?top=0", "out-of-range", "top"],
  ["/api/stats?top=1001", "out-of-range", "top"],
  ["/api/stats?top=2.5", "invalid-integer", "top"],
  ["/api/entities?kind=robot", "invalid-choice", "kind"],
  ["/api/entities/lab?asOf=2025-1-1", "invalid-date", "asOf"],
  ["/api/deals?type=gift", "invalid-choice", "type"],
  ["/api/deals?status=done", "invalid-choice", "status"],
  ["/api/deals?entity=nobody", "unknown-entity", "entity"],
  [`/api/deals?q=${"x".repeat(201)}`, "too-big", "q"],
  ["/api/deals/lab-buys-cloud?asOf=soon", "invalid-date", "asOf"],
  ["/api/flows?basis=headline", "invalid-choice", "basis"],
  ["/api/flows?year=25", "invalid-year", "year"],
  ["/api/flows?from=20x5", "invalid-year", "from"],
  ["/api/flows?to=-2025", "invalid-year", "to"],
  ["/api/flows?from=2027&to=2025", "year-order", "from"],
  ["/api/flows?year=2026&from=2025", "year-conflict", "year"],
  ["/api/flows?entity=", "unknown-entity", "entity"],
  ["/api/flows?unit=EUR", "invalid-choice", "unit"],
  ["/api/flows?kind=cash,bananas", "invalid-choice", "kind"],
  ["/api/flows?kind=", "invalid-choice", "kind"],
  ["/api/loops?basis=x", "invalid-choice", "basis"],
  ["/api/loops?maxLength=13", "out-of-range", "maxLength"],
  ["/api/loops?maxLength=six", "invalid-integer", "maxLength"],
  ["/api/loops?temporal=maybe", "invalid-boolean", "temporal"],
  ["/api/loops?temporal=1&window=3x", "invalid-duration", "window"],
  ["/api/loops?temporal=1&window=", "invalid-duration", "window"],
  ["/api/loops?window=30d", "window-needs-temporal", "window"],
  ["/api/loops?minAmount=lots", "invalid-number", "minAmount"],
  ["/api/loops?minAmount=-1", "out-of-range", "minAmount"],
  ["/api/loops?minAmount=1e20", "out-of-range", "minAmount"],
  ["/api/loops?types=loan,gift", "invalid-choice", "types"],
  ["/api/loops?kinds=cash,,equity", "invalid-choice", "kinds"],
  ["/api/loops?entity=nobody", "unknown-entity", "entity"],
  ["/api/loops?limit=ten", "invalid-integer", "limit"],
  ["/api/loops?limit=1001", "out-of-range", "limit"],
  ["/api/loops?year=2026&to=2027", "year-conflict", "year"],
  ["/api/loops?from=2030&to=2020", "year-order", "from"],
  ["/api/circularity?basis=x", "invalid-choice", "basis"],
  ["/api/circularity?nullModel=1000", "out-of-range", "nullModel"],
  ["/api/circularity?nullModel=0", "out-of-range", "nullModel"],
  ["/api/circularity?nullModel=many", "invalid-integer", "nullModel"],
  ["/api/circularity?seed=-1", "out-of-range", "seed"],
  ["/api/circularity?seed=1.5", "invalid-integer", "seed"],
  ["/api/circularity?entity=nobody", "unknown-entity", "entity"],
  ["/api/circularity?from=2026&to=2025", "year-order", "from"],
  ["/api/exposure/lab?basis=x", "invalid-choice", "basis"],
  ["/api/exposure?rank=yes", "invalid-boolean", "rank"],
  ["/api/rankings?asOf=2025-00", "invalid-date", "asOf"],
  ["/api/ratios?asOf=x", "invalid-date", "asOf"],
  ["/api/stats?asOf=2026-06-31", "invalid-date", "asOf"],
  ["/api/entities?asOf=26-01-01", "invalid-date", "asOf"],
  ["/api/deals?asOf=", "invalid-date", "asOf"],
  ["/api/flows?asOf=2026/01/01", "invalid-date", "asOf"],
  ["/api/loops?asOf=today", "invalid-date", "asOf"],
  ["/api/circularity?asOf=2026-1", "invalid-date", "asOf"],
  ["/api/circularity?year=99", "invalid-year", "year"],
  ["/api/exposure/lab?asOf=0", "invalid-date", "asOf"],
  ["/api/exposure?rank=1&asOf=x", "invalid-date", "asOf"],
  ["/api/rankings?basis=cash", "invalid-choice", "basis"],
  ["/api/exposure/lab?rank=1", "unknown-parameter", "rank"],
  ["/api/health?verbose=1", "unknown-parameter", "verbose"],
  ["/api/flows?bassis=paid", "unknown-parameter", "bassis"],
  ["/api/deals?__proto__=1", "unknown-parameter", "__proto__"],
  ["/api/loops?constructor=1", "unknown-parameter", "constructor"],
  ["/api/flows?basis=paid&basis=committed", "repeated-parameter", "basis"],
  ["/api/stats?lang=fr", "invalid-choice", "lang"],
];

describe("400 for bad input", () => {
  it.each(BAD)("%s → %s", async (url, code, path) => {
    const e = await error(url);
    expect(e.status).toBe(400);
    expect(e.code).toBe(code);
    expect(e.path).toBe(path);
    expect(e.message.startsWith(`${path}: `)).toBe(true);
  });

  it("lists every problem of a request in details", async () => {
    const e = await error("/api/loops?limit=x&maxLength=0&basis=y");
    expect(e.details.problems.map((p: { path: string }) => p.path).sort()).toEqual([
      "basis",
      "limit",
      "maxLength",
    ]);
  });

  it("says what was wrong and what is allowed", async () => {
    const e = await error("/api/flows?basis=headline");
    expect(e.message).toBe('basis: "headline" is not one of: announced, committed, paid');
    expect(e.details).toEqual({ value: "headline", values: ["announced", "committed", "paid"] });
    const range = await error("/api/loops?maxLength=13");
    expect(range.message).toBe("maxLength: must be at most 12 (got 13)");
    const unknown = await error("/api/ratios?x=1");
    expect(unknown.details.allowed).toEqual(["lang", "asOf"]);
  });
});

describe("messages in Arabic", () => {
  it("with ?lang=ar", async () => {
    const e = await error("/api/stats?top=0&lang=ar");
    expect(e.code).toBe("out-of-range");
    expect(e.message).toMatch(/[\u0600-\u06FF]/);
  });

  it("with Accept-Language, by q-value", async () => {
    const ar = await error("/api/flows?basis=x", {
      headers: { "Accept-Language": "fr;q=0.9, ar-EG;q=0.8, en;q=0.5" },
    });
    expect(ar.message).toMatch(/[\u0600-\u06FF]/);
    const en = await error("/api/flows?basis=x", { headers: { "Accept-Language": "ar;q=0.4, en;q=0.6" } });
    expect(en.message).not.toMatch(/[\u0600-\u06FF]/);
  });

  it("?lang=en wins over Accept-Language", async () => {
    const e = await error("/api/flows?basis=x&lang=en", { headers: { "Accept-Language": "ar" } });
    expect(e.message).not.toMatch(/[\u0600-\u06FF]/);
  });

  it("404 and 405 too", async () => {
    expect((await error("/api/nothing?lang=ar")).message).toMatch(/[\u0600-\u06FF]/);
    expect(
      (await error("/api/health", { method: "PUT", headers: { "Accept-Language": "ar" } })).message,
    ).toMatch(/[\u0600-\u06FF]/);
  });
});

describe("404, 405, 413", () => {
  it("404 for an unknown route, under /api and elsewhere (no webDir)", async () => {
    for (const path of ["/api/nothing", "/api", "/", "/index.html", "/api/deals/a/b"]) {
      const e = await error(path);
      expect(e.status).toBe(404);
      expect(e.code).toBe("not-found");
    }
  });

  it("405 for every method but GET and HEAD, with Allow", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      const e = await error("/api/health", { method });
      expect(e.status).toBe(405);
      expect(e.code).toBe("method-not-allowed");
      expect(e.headers.get("allow")).toBe("GET, HEAD");
    }
    expect((await error("/api/nothing", { method: "POST" })).status).toBe(405);
  });

  it("405's message names exactly the methods of Allow, in English and Arabic", async () => {
    const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
    const methodsIn = (text: string) => HTTP_METHODS.filter((m) => new RegExp(`\\b${m}\\b`).test(text));
    const cases: [string, string][] = [
      ["/api/health", "DELETE"],
      ["/api/stats", "OPTIONS"],
      ["/api/market", "PUT"],
      ["/api/stress", "GET"],
      ["/api/stress/monte-carlo", "GET"],
      ["/api/stress/monte-carlo/some-job", "POST"],
      ["/api/stress/monte-carlo/some-job/events", "DELETE"],
    ];
    for (const [path, method] of cases) {
      for (const lang of ["en", "ar"]) {
        const e = await error(`${path}?lang=${lang}`, { method });
        expect(e.status, `${method} ${path}`).toBe(405);
        const allow = (e.headers.get("allow") as string).split(/,\s*/);
        const named = methodsIn(e.message).filter((m) => m !== method);
        expect(new Set(named), `${method} ${path} (${lang}): ${e.message}`).toEqual(new Set(allow));
      }
    }
  });

  it("413 for a body over 64 KiB, streamed or with Content-Length", async () => {
    const big = "x".repeat(64 * 1024 + 1);
    const e = await error("/api/health", { method: "POST", body: big });
    expect(e.status).toBe(413);
    expect(e.code).toBe("body-too-large");
    const declared = await error("/api/health", {
      method: "POST",
      headers: { "Content-Length": String(10 * 2 ** 20) },
      body: "tiny",
    });
    expect(declared.status).toBe(413);
    // Exactly at the limit is not too large: the read-only rule answers.
    expect((await error("/api/health", { method: "POST", body: "x".repeat(64 * 1024) })).status).toBe(405);
  });

  it("HEAD answers like GET, without a body", async () => {
    const res = await app.request("/api/stats", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    expect(res.headers.get("etag")).toBe((await app.request("/api/stats")).headers.get("etag"));
  });
});

describe("500 and 422", () => {
  it("an unexpected error is 500 internal-error, logged, with no stack in the body", async () => {
    const logged: unknown[] = [];
    const broken = { ...tiny, financials: [null] } as unknown as Dataset;
    const bad = createApp({ dataset: broken, today: () => "2026-01-01", log: (e) => logged.push(e) });
    const res = await bad.request("/api/ratios");
    expect(res.status).toBe(500);
    const body = JSON.parse(await res.text());
    expect(body.error.code).toBe("internal-error");
    expect(JSON.stringify(body)).not.toMatch(/TypeError|\.ts:/);
    expect(logged).toHaveLength(1);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
