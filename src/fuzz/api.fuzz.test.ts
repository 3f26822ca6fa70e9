/**
 * Fuzzing the API through app.request() (no socket): every GET route with odd query strings, every POST
 * route with mutated and wrongly typed bodies. Each answer is a result or a 4xx whose error code both
 * catalogues word — never a 500, a logged crash, a stack trace in the body or a hang.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../server/app.ts";
import { ROUTES } from "../server/routes/index.ts";
import { MARKET_POST_PATH } from "../server/routes/market-post.ts";
import { MONTE_CARLO_PATH } from "../server/routes/monte-carlo.ts";
import {
  fuzzParams,
  mutatedBytes,
  mutatedText,
  networkArb,
  oddLeaf,
  oddValue,
  STACK_FRAME,
  scenarioArb,
  unknownCodes,
  within,
} from "../testing/fuzz.ts";
import { writeFuzzDataset } from "../testing/fuzz-dataset.ts";
import { EXPOSURE_CSV, NETWORK_JSON, WEIGHTS_CSV } from "../testing/fuzz-samples.ts";

let app: ReturnType<typeof createApp>;
let dir: string;
const logged: unknown[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fuzz-api-"));
  // The tiny dataset with the stress parameters: valid stress bodies compute, mutated ones go deep.
  app = createApp({
    dataset: (await writeFuzzDataset(dir)).dataset,
    today: () => "2026-01-01",
    log: (error) => logged.push(error),
    computeLimits: { threads: 0 },
    monteCarlo: { total: 1, perClient: 1, workers: 1, maxSeconds: 1 },
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  // A crash logged by one case fails that case only.
  logged.length = 0;
});

type Answer = { status: number; text: string };

async function expectAnswered(request: Promise<Response> | Response, what: string): Promise<Answer> {
  logged.length = 0;
  const res = await within(10_000, what, request);
  const text = await res.text();
  expect(res.status, `${what} → ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text).not.toMatch(STACK_FRAME);
  if (res.status >= 400 && res.status !== 404) {
    const error = (
      JSON.parse(text) as { error: { code: string; details?: { problems?: { code: string }[] } } }
    ).error;
    const codes = [error.code, ...(error.details?.problems ?? []).map((p) => p.code)];
    expect(unknownCodes(codes), what).toEqual([]);
  }
  expect(logged).toEqual([]);
  return { status: res.status, text };
}

/** A query value: plausible words, dates, numbers, and the odd ones (empty, control characters, huge). */
const queryValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "",
      "lab",
      "cloud",
      "chips",
      "2026-01-01",
      "2025",
      "announced",
      "paid",
      "ar",
      "en",
      "true",
      "3",
      "10",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "0",
      "-1",
      "1e309",
      "NaN",
      "99999999999999999999",
      "0x10",
      " 1",
      "a,b",
      "%00",
      "\u202e",
      "2026-02-30",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: oddLeaf.map(String) },
);

describe("GET routes under fuzzing", () => {
  const gets = ROUTES.filter((r) => !r.path.endsWith("/docs") && !r.path.endsWith("/openapi.json"));
  it("answers any query of a known route with a result or a coded 4xx", async () => {
    const request = fc.record({
      route: fc.constantFrom(...gets),
      id: fc.oneof(
        fc.constantFrom("lab", "chips-invests-in-lab", "big-campus", "sp-500"),
        fc.string({ maxLength: 5 }),
      ),
      // Mostly the route's own parameters (so the handler runs), sometimes a made-up name.
      pairs: fc.array(
        fc.tuple(
          fc.oneof({ weight: 5, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }),
          queryValue,
        ),
        { maxLength: 3 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ route, id, pairs }) => {
        const keys = Object.keys(route.query.shape);
        const params = new URLSearchParams();
        for (const [name, value] of pairs) {
          const known = typeof name === "number" && keys.length > 0;
          params.append(known ? (keys[name % keys.length] as string) : String(name), value);
        }
        const path = route.path.replace(/\{\w+\}/, encodeURIComponent(id));
        await expectAnswered(app.request(`${path}?${params}`), `GET ${path}?${params}`);
      }),
      fuzzParams(250),
    );
  });
});

const post = (path: string, body: string | Uint8Array) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body });

const SCENARIO = {
  id: "s",
  title: { en: "s", ar: "س" },
  model: { name: "eisenberg-noe" },
  shocks: [{ type: "revenue-shortfall", entity: "lab", fraction: 0.5 }],
};
const VALID_BODIES: Record<string, string> = {
  "/api/network/solve": NETWORK_JSON,
  "/api/stress": JSON.stringify({ scenario: SCENARIO, asOf: "2026-01-01" }),
  [MARKET_POST_PATH]: JSON.stringify({ weights: WEIGHTS_CSV, exposure: EXPOSURE_CSV, measure: "membership" }),
  [MONTE_CARLO_PATH]: JSON.stringify({
    scenario: {
      ...SCENARIO,
      shocks: [{ type: "revenue-shortfall", entity: "lab", fraction: { dist: "beta", alpha: 2, beta: 2 } }],
    },
    runs: 10,
    seed: 1,
  }),
};

/** Each POST body with plausible fields holding values of the right or the wrong type. */
const STRUCTURED: Record<string, fc.Arbitrary<unknown>> = {
  "/api/network/solve": networkArb,
  "/api/stress": fc.record(
    { scenario: scenarioArb, model: oddLeaf, asOf: oddLeaf },
    { requiredKeys: ["scenario"] },
  ),
  [MARKET_POST_PATH]: fc.record(
    {
      weights: fc.oneof(mutatedText(WEIGHTS_CSV), oddLeaf),
      exposure: fc.oneof(mutatedText(EXPOSURE_CSV), oddLeaf),
      measure: oddLeaf,
      asOf: oddLeaf,
    },
    { requiredKeys: [] },
  ),
  [MONTE_CARLO_PATH]: fc.record(
    { scenario: scenarioArb, runs: oddLeaf, seed: oddLeaf },
    { requiredKeys: ["scenario"] },
  ),
};

describe("POST routes under fuzzing", () => {
  for (const [path, valid] of Object.entries(VALID_BODIES)) {
    it(`answers any mutation of a valid ${path} body with a result or a coded 4xx`, async () => {
      // The unmutated body is answered (200, or 202 for a Monte Carlo job), so mutations start from a working case.
      expect((await expectAnswered(post(path, valid), `POST ${path}`)).status).toBeLessThan(300);
      await fc.assert(
        fc.asyncProperty(mutatedBytes(valid), async (bytes) => {
          await expectAnswered(
            post(path, new Uint8Array(bytes)),
            `POST ${path} ${bytes.toString().slice(0, 200)}`,
          );
        }),
        fuzzParams(path === MONTE_CARLO_PATH ? 30 : 80),
      );
    });
    it(`answers plausible ${path} fields of the wrong type with a coded 4xx`, async () => {
      const fields = Object.keys(JSON.parse(valid) as object);
      const body = fc.oneof(
        oddValue,
        fc.dictionary(fc.constantFrom(...fields, "bogus"), oddValue, { maxKeys: 4 }),
        STRUCTURED[path] as fc.Arbitrary<unknown>,
      );
      await fc.assert(
        fc.asyncProperty(body, async (value) => {
          const text = JSON.stringify(value) ?? "null";
          await expectAnswered(post(path, text), `POST ${path} ${text.slice(0, 200)}`);
        }),
        fuzzParams(path === MONTE_CARLO_PATH ? 30 : 80),
      );
    });
  }
});
