/**
 * Issue 12 on the API: no silent guesses (unknown options, infinities, __proto__, invalid UTF-8) and no
 * crash on odd bodies or queries. Each case was a 200 or a 500 before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../testing/tiny.ts";
import { createApp } from "./app.ts";

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  app = createApp({ dataset: await loadTiny(), today: () => "2026-01-01" });
});

const post = async (path: string, body: string | Uint8Array) => {
  const res = await app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const text = await res.text();
  expect(text).not.toMatch(/\bat .*\.ts:\d+/);
  return { status: res.status, error: JSON.parse(text).error };
};

/** Two nodes, a owes b 1; balances absent (they default to 0). */
const network = (model: string) =>
  `{"nodes":[{"id":"a","externalAssets":2},{"id":"b"}],"liabilities":[{"debtor":"a","creditor":"b","amount":1}],"model":${model}}`;

describe("POST /api/network/solve", () => {
  it("answers 400, not 500, for a body of null, and says what [] is", async () => {
    expect(await post("/api/network/solve", "null")).toMatchObject({
      status: 400,
      error: { code: "invalid-type", details: { expected: "object", received: "null" } },
    });
    expect(await post("/api/network/solve", "[]")).toMatchObject({
      status: 400,
      error: { code: "invalid-type", details: { received: "a list" } },
    });
  });
  it("names the kinds of value in Arabic under lang=ar, never zod's English words", async () => {
    // It read "المتوقع object، والموجود a list".
    expect((await post("/api/network/solve?lang=ar", "[]")).error.message).toBe(
      "المتوقع مجموعة مفاتيح وقيم، والموجود قائمة",
    );
    expect((await post("/api/network/solve?lang=ar", '{"nodes":{}}')).error.message).toBe(
      "nodes: المتوقع قائمة، والموجود مجموعة مفاتيح وقيم",
    );
    expect((await post("/api/network/solve", "[]")).error.message).toBe("expected object, found a list");
  });
  it("refuses an option the model does not read, with its path", async () => {
    expect(await post("/api/network/solve", network('{"name":"furfine","bogus":1}'))).toMatchObject({
      status: 400,
      error: { code: "unknown-field", path: "model.bogus" },
    });
    const neva = await post(
      "/api/network/solve",
      network('{"name":"neva","valuation":"linear-debtrank","bogus":3}'),
    );
    expect(neva.error).toMatchObject({ code: "unknown-field", path: "model.bogus" });
  });
  it("solves with absent balances read as 0", async () => {
    const res = await app.request("/api/network/solve", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: network('{"name":"furfine"}'),
    });
    expect(res.status).toBe(200);
  });
  it("refuses 1e309 with its path instead of calling it missing", async () => {
    const body =
      '{"nodes":[{"id":"a","externalAssets":1e309,"externalLiabilities":0}],"model":{"name":"debtrank"}}';
    expect(await post("/api/network/solve", body)).toMatchObject({
      status: 400,
      error: { code: "not-finite", path: "nodes[0].externalAssets", details: { value: "Infinity" } },
    });
  });
  it("refuses a body that is not UTF-8", async () => {
    const bytes = new Uint8Array([...Buffer.from('{"nodes":[{"id":"caf'), 0xe9, ...Buffer.from('"}]}')]);
    expect(await post("/api/network/solve", bytes)).toMatchObject({
      status: 400,
      error: { code: "invalid-utf8", details: { offset: 20 } },
    });
  });
});

describe("POST /api/stress and /api/monte-carlo", () => {
  it("refuses __proto__ and unknown model options in a scenario", async () => {
    const proto = await post("/api/stress", '{"scenario":{"id":"x","__proto__":{"a":1}}}');
    expect(proto).toMatchObject({
      status: 400,
      error: { code: "unknown-field", path: "scenario.__proto__" },
    });
    const scenario = {
      id: "s",
      title: { en: "s", ar: "s" },
      model: { name: "furfine", bogus: 1 },
      shocks: [{ kind: "default", entity: "lab" }],
    };
    const bogus = await post("/api/stress", JSON.stringify({ scenario }));
    expect(bogus.status).toBe(400);
    const paths = [
      bogus.error.path,
      ...(bogus.error.details?.problems ?? []).map((p: { path: string }) => p.path),
    ];
    expect(paths).toContain("scenario.model.bogus");
  });
  it("says the bound of runs", async () => {
    const { status, error } = await post("/api/stress/monte-carlo", '{"scenario":"x","runs":200001}');
    expect(status).toBe(400);
    expect(error).toMatchObject({
      code: "out-of-range",
      path: "runs",
      details: { maximum: 200000, value: 200001 },
    });
  });
});

describe("whole numbers past 2^53", () => {
  // zod's int() has a bound of its own, 2^53 − 1; it led the answer ("must be at most
  // 9007199254740991" in a body, a bare "invalid value" in a query), a limit no route documents.
  it("are refused by the route's own bound, in a body and in a query", async () => {
    const seed = await post("/api/stress/monte-carlo", '{"scenario":"x","seed":9007199254740993}');
    expect(seed.status).toBe(400);
    expect(seed.error).toMatchObject({
      code: "out-of-range",
      path: "seed",
      details: { maximum: 4294967295 },
    });
    expect(seed.error.details.problems).toBeUndefined();
    const res = await app.request("/api/stats?top=9007199254740993&lang=ar");
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; details: object } };
    expect(error).toMatchObject({ code: "out-of-range", details: { maximum: 1000 } });
    expect(error.message).toContain("1000");
    expect(error.details).not.toHaveProperty("problems");
  });

  it("are quoted in a query as typed, not as the double they round to (…993 had read …992)", async () => {
    const res = await app.request("/api/stats?top=9007199254740993");
    const { error } = (await res.json()) as { error: { message: string; details: { value: unknown } } };
    expect(error.details.value).toBe("9007199254740993");
    expect(error.message).toContain("9007199254740993");
    expect(error.message).not.toContain("9007199254740992");
  });
});

describe("queries: a missing parameter and a number past infinity", () => {
  const error = async (path: string) => {
    const res = await app.request(path);
    expect(res.status, path).toBe(400);
    return ((await res.json()) as { error: { code: string; message: string; details: object } }).error;
  };
  it("says a required parameter is missing (it was 'since: invalid value')", async () => {
    expect(await error("/api/changes")).toMatchObject({ code: "required", path: "since" });
    expect((await error("/api/changes?lang=ar")).message).toBe("since: حقل مطلوب مفقود: since");
  });
  it("quotes 1e309 as typed, too large to be finite (it was 'invalid value' with a value of null)", async () => {
    const given = await error("/api/loops?minAmount=1e309");
    expect(given).toMatchObject({ code: "invalid-number", path: "minAmount", details: { value: "1e309" } });
    expect(given.message).toContain('"1e309" is too large to be a finite number');
    expect(await error("/api/funding/nobody?growth=1e309")).toMatchObject({
      code: "invalid-number",
      path: "growth",
      details: { value: "1e309" },
    });
  });
});

describe("a body declared in a charset other than UTF-8", () => {
  const solve = (type: string, bytes: Uint8Array) =>
    app.request("/api/network/solve?lang=ar", {
      method: "POST",
      headers: { "content-type": type },
      body: bytes,
    });
  const body = network('{"name":"furfine"}');
  it("is refused with the charset it declared (UTF-16 read as 'not valid JSON: found \\u0000' before)", async () => {
    for (const charset of ["utf-16le", "ISO-8859-1"]) {
      const res = await solve(`application/json; charset=${charset}`, Buffer.from(body, "utf16le"));
      expect(res.status).toBe(415);
      const { error } = (await res.json()) as { error: { code: string; message: string; details: object } };
      expect(error).toMatchObject({
        code: "unsupported-charset",
        details: { charset: charset.toLowerCase() },
      });
      expect(error.message).toMatch(/[\u0600-\u06FF]/);
    }
  });
  it("is read when declared UTF-8 (any case, quoted) or not declared", async () => {
    for (const type of [
      "application/json",
      'application/json; charset="UTF-8"',
      "application/json;charset=utf8",
    ])
      expect((await solve(type, Buffer.from(body))).status, type).toBe(200);
  });
});

describe("a query whose %-escapes are not UTF-8", () => {
  it("is refused at its parameter, quoted as sent (it was read as U+FFFD: q=%FF searched for it)", async () => {
    for (const [query, path, raw] of [
      ["q=%FF", "q", "%FF"],
      ["top=%E0%A4%A", "top", "%E0%A4%A"],
      ["%FF=1", "%FF", "%FF"],
    ] as const) {
      const res = await app.request(`/api/deals?${query}&lang=ar`);
      expect(res.status, query).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; path: string; message: string } };
      expect(error).toMatchObject({ code: "query-not-utf8", path, details: { raw } });
      expect(error.message).toMatch(/[\u0600-\u06FF]/);
    }
    expect((await app.request("/api/deals?q=caf%C3%A9+x")).status).toBe(200);
  });
});

describe("?lang=xx", () => {
  it("is refused in English and in Arabic when no Accept-Language says which the client reads", async () => {
    // It was said in English only; `halqa --lang xx` says it in both.
    const res = await app.request("/api/stats?lang=xx");
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("invalid-choice");
    expect(error.message.split("\n")).toEqual([
      'lang: "xx" is not one of: en, ar',
      'lang: "xx" ليست من القيم المسموحة: en، ar',
    ]);
    const arabic = await app.request("/api/stats?lang=xx", { headers: { "accept-language": "ar" } });
    const said = ((await arabic.json()) as { error: { message: string } }).error.message;
    expect(said).toBe('lang: "xx" ليست من القيم المسموحة: en، ar');
  });

  it("takes a language tag as BCP 47 reads it: AR and ar-SA are Arabic (they were refused, in Arabic)", async () => {
    for (const tag of ["AR", "ar-SA", "En-GB"]) {
      const res = await app.request(`/api/stats?lang=${tag}`);
      expect(res.status, tag).toBe(200);
    }
    const bad = await app.request("/api/deals/no-such-deal?lang=ar-SA");
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe("GET /api/economics", () => {
  it("refuses __proto__ as a parameter (it was dropped and answered 200)", async () => {
    const res = await app.request("/api/economics?__proto__=1");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({
      code: "reserved-parameter",
      path: "__proto__",
    });
  });
});

describe("GET /api/economics on the bundled data", () => {
  it("answers 400 for a useful life of 0 or less (it was a 500 from a division by zero)", async () => {
    const { loadDataset } = await import("../io/load-dataset.ts");
    const { BUNDLED_DATA_DIR } = await import("../io/paths.ts");
    const loaded = await loadDataset(BUNDLED_DATA_DIR);
    if (!loaded.ok) throw new Error("bundled dataset invalid");
    const bundled = createApp({ dataset: loaded.dataset, today: () => "2026-01-01" });
    for (const value of ["0", "-1"]) {
      const res = await bundled.request(`/api/economics?server-useful-life-google=${value}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: unknown }).error).toMatchObject({
        code: "not-positive",
        path: "server-useful-life-google",
        details: { value: Number(value) },
      });
    }
    expect((await bundled.request("/api/economics?server-useful-life-google=6")).status).toBe(200);
  });
});
