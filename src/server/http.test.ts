/**
 * Headers every response carries, CORS off, ETag and 304, and the small pieces behind them (tag
 * comparison, canonical keys, the LRU, the language choice, the body limit) against brute force.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { CircularityError } from "../core/circularity/index.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadTiny } from "../testing/tiny.ts";
import { CACHE_CONTROL, createApp } from "./app.ts";
import { BodyCache, canonicalJson, etagOf, ifNoneMatch } from "./cache.ts";
import { toApiError } from "./errors.ts";
import { BODY_LIMIT, enforceBodyLimit, requestLanguage, SECURITY_HEADERS } from "./http.ts";

let tiny: Dataset;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tiny = await loadTiny();
  app = createApp({ dataset: tiny, today: () => "2026-01-01" });
});

describe("security headers", () => {
  it("are on every response: 200, 304, 400, 404, 405, 413, HEAD, the docs page", async () => {
    const etag = (await app.request("/api/stats")).headers.get("etag") as string;
    const responses = [
      await app.request("/api/stats"),
      await app.request("/api/stats", { headers: { "If-None-Match": etag } }),
      await app.request("/api/stats?top=x"),
      await app.request("/api/none"),
      await app.request("/api/stats", { method: "DELETE" }),
      await app.request("/api/stats", { method: "POST", body: "x".repeat(BODY_LIMIT + 1) }),
      await app.request("/api/stats", { method: "HEAD" }),
      await app.request("/api/docs"),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 304, 400, 404, 405, 413, 200, 200]);
    for (const res of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    }
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
    );
  });

  it("CORS is off: no Access-Control headers, even for a cross-origin request", async () => {
    const res = await app.request("/api/health", { headers: { Origin: "https://elsewhere.example" } });
    expect(res.status).toBe(200);
    expect([...res.headers.keys()].filter((k) => k.startsWith("access-control"))).toEqual([]);
    expect((await app.request("/api/health", { method: "OPTIONS" })).status).toBe(405);
  });
});

describe("ETag and 304", () => {
  const tagOf = async (path: string, a = app) => (await a.request(path)).headers.get("etag") as string;

  it("answers If-None-Match with 304 and no body, and a changed query with 200", async () => {
    const first = await app.request("/api/loops?maxLength=4");
    expect(first.headers.get("cache-control")).toBe(CACHE_CONTROL);
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.request("/api/loops?maxLength=4", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const weak = await app.request("/api/loops?maxLength=4", {
      headers: { "If-None-Match": `"x", W/${etag}` },
    });
    expect(weak.status).toBe(304);
    const other = await app.request("/api/loops?maxLength=5", { headers: { "If-None-Match": etag } });
    expect(other.status).toBe(200);
  });

  it("is the same for the same query however written, different for different answers", async () => {
    expect(await tagOf("/api/loops")).toBe(await tagOf("/api/loops?maxLength=6&basis=announced&limit=20"));
    expect(await tagOf("/api/flows?from=2025&to=2026")).toBe(await tagOf("/api/flows?to=2026&from=2025"));
    expect(await tagOf("/api/flows")).toBe(await tagOf("/api/flows?asOf=2026-01-01"));
    expect(await tagOf("/api/flows")).toBe(await tagOf("/api/flows?lang=ar"));
    expect(await tagOf("/api/flows")).not.toBe(await tagOf("/api/flows?asOf=2025-12-31"));
    expect(await tagOf("/api/entities/lab")).not.toBe(await tagOf("/api/entities/chips"));
    expect(await tagOf("/api/stats")).not.toBe(await tagOf("/api/ratios"));
  });

  it("changes with the dataset and with today's date", async () => {
    const changed = { ...tiny, entities: tiny.entities.map((e) => ({ ...e, ticker: "X" })) };
    const other = createApp({ dataset: changed, today: () => "2026-01-01" });
    expect(await tagOf("/api/stats", other)).not.toBe(await tagOf("/api/stats"));
    const tomorrow = createApp({ dataset: tiny, today: () => "2026-01-02" });
    expect(await tagOf("/api/stats", tomorrow)).not.toBe(await tagOf("/api/stats"));
    const twin = createApp({ dataset: structuredClone(tiny), today: () => "2026-01-01" });
    expect(await tagOf("/api/stats", twin)).toBe(await tagOf("/api/stats"));
  });

  it("a cached answer is the same body as a fresh one", async () => {
    const fresh = createApp({ dataset: tiny, today: () => "2026-01-01" });
    const a = await (await fresh.request("/api/circularity?nullModel=5")).text();
    const b = await (await fresh.request("/api/circularity?nullModel=5")).text();
    expect(b).toBe(a);
  });
});

describe("ifNoneMatch", () => {
  const tag = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/).map((t) => `"${t}"`);

  it("matches exactly when some listed tag equals the ETag, weak or not, or *", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(tag, fc.boolean()), { maxLength: 5 }),
        tag,
        fc.boolean(),
        (list, etag, star) => {
          const header = [...list.map(([t, weak]) => (weak ? `W/${t}` : t)), ...(star ? ["*"] : [])].join(
            " , ",
          );
          const expected = star || list.some(([t]) => t === etag);
          expect(ifNoneMatch(header, etag)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
    expect(ifNoneMatch(null, '"a"')).toBe(false);
    expect(ifNoneMatch("", '"a"')).toBe(false);
  });
});

describe("canonicalJson", () => {
  it("does not depend on key order, and tells different values apart", () => {
    const value = fc.dictionary(
      fc.string({ maxLength: 4 }),
      fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.boolean()),
      {
        maxKeys: 6,
      },
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        const reversed = Object.fromEntries(Object.entries(a).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(a));
        const same = JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
        expect(canonicalJson(a) === canonicalJson(b)).toBe(same);
      }),
      { numRuns: 2000 },
    );
    expect(canonicalJson({ a: undefined, b: [1, { d: 2, c: 3 }] })).toBe('{"b":[1,{"c":3,"d":2}]}');
    expect(etagOf("x")).toBe(etagOf("x"));
  });
});

describe("BodyCache", () => {
  it("behaves like a brute-force LRU bounded by entries and characters", () => {
    const op = fc.oneof(
      fc.record({ set: fc.integer({ min: 0, max: 6 }), size: fc.integer({ min: 0, max: 12 }) }),
      fc.record({ get: fc.integer({ min: 0, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const cache = new BodyCache(3, 40);
        let model: [string, string][] = [];
        for (const o of ops) {
          if ("set" in o) {
            const key = String(o.set);
            const body = "b".repeat(o.size);
            if (body.length > 10) continue;
            cache.set(key, body);
            model = [...model.filter(([k]) => k !== key), [key, body]];
            while (model.length > 3 || model.reduce((n, [, b]) => n + b.length, 0) > 40) model.shift();
          } else {
            const key = String(o.get);
            const hit = model.find(([k]) => k === key);
            expect(cache.get(key)).toBe(hit?.[1]);
            if (hit) model = [...model.filter(([k]) => k !== key), hit];
          }
        }
        expect(cache.size).toBe(model.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("requestLanguage", () => {
  it("takes ?lang, then the best Accept-Language, else English", () => {
    expect(requestLanguage("http://h/api?lang=ar", "en")).toBe("ar");
    expect(requestLanguage("http://h/api?lang=xx", "ar")).toBe("ar");
    expect(requestLanguage("http://h/api", "ar-SA,en;q=0.5")).toBe("ar");
    expect(requestLanguage("http://h/api", "de, ar;q=0.1")).toBe("ar");
    expect(requestLanguage("http://h/api", "ar;q=0, en")).toBe("en");
    expect(requestLanguage("http://h/api", null)).toBe("en");
    expect(requestLanguage("http://h/api", "*")).toBe("en");
  });
});

describe("enforceBodyLimit", () => {
  const streamed = (sizes: number[]) =>
    new Request("http://h/", {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          for (const n of sizes) controller.enqueue(new Uint8Array(n));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);

  it("counts a chunked body and refuses it once it passes the limit", async () => {
    await expect(enforceBodyLimit(streamed([1000, 2000]))).resolves.toBeUndefined();
    await expect(enforceBodyLimit(streamed([BODY_LIMIT]))).resolves.toBeUndefined();
    await expect(enforceBodyLimit(streamed([BODY_LIMIT, 1]))).rejects.toMatchObject({ status: 413 });
    await expect(enforceBodyLimit(new Request("http://h/"))).resolves.toBeUndefined();
  });
});

describe("toApiError", () => {
  it("turns an analysis failure into 422 with its data", () => {
    const e = toApiError(new CircularityError({ code: "too-large", n: 5000, limit: 2000 }));
    expect(e.status).toBe(422);
    expect(e.problems).toEqual([
      { code: "analysis-failed", params: { reason: "too-large", n: 5000, limit: 2000 } },
    ]);
  });

  it("turns anything else into 500 without its message", () => {
    const e = toApiError(new Error("secret /etc/passwd"));
    expect(e.status).toBe(500);
    expect(JSON.stringify(e.problems)).not.toContain("secret");
  });
});
