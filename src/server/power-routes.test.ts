/**
 * GET /api/power and /api/funding/{id} on the bundled dataset: the numbers of the core functions for
 * the same options (what `halqa power --json` and `halqa funding ID --json` print), OpenAI's published
 * figures in the answer, and every bad input a 400 (or 404) naming its parameter, in both languages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { powerBalance } from "../core/power/balance.ts";
import { fundingReport } from "../core/reports/funding-report.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { createApp } from "./app.ts";

const AS_OF = "2026-06-30";
let dataset: Dataset;
let app: ReturnType<typeof createApp>;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

async function get(path: string) {
  const res = await app.request(path);
  return { status: res.status, body: JSON.parse(await res.text()) };
}

async function ok(path: string) {
  const { status, body } = await get(path);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
  app = createApp({ dataset, today: () => AS_OF });
});

/** The body without the secured GW by kind: what powerBalance alone returns. */
function balanceOf(body: Record<string, unknown>): Record<string, unknown> {
  const { securedByKind, ...balance } = body;
  expect(Array.isArray(securedByKind)).toBe(true);
  return balance;
}

describe("GET /api/power", () => {
  it("is powerBalance with the CLI's defaults (announced, 2024–2030, today)", async () => {
    const body = await ok("/api/power");
    // The report is the balance plus the secured GW by kind (core/reports/power-report.ts).
    expect(balanceOf(body)).toEqual(
      json(powerBalance(dataset, { basis: "announced", asOf: AS_OF, fromYear: 2024, toYear: 2030 })),
    );
    expect(body.years).toHaveLength(7);
    expect(body.references.map((r: { by: string }) => r.by).join(" ")).toMatch(/Goldman/);
  });

  it("passes basis, window, entity and site through", async () => {
    const site = dataset.sites[0]?.id as string;
    const body = await ok(`/api/power?basis=committed&from=2025&to=2028&entity=openai&site=${site}`);
    expect(balanceOf(body)).toEqual(
      json(
        powerBalance(dataset, {
          basis: "committed",
          asOf: AS_OF,
          fromYear: 2025,
          toYear: 2028,
          entity: "openai",
          site,
        }),
      ),
    );
  });

  it("a grid delay moves capacity later: delayed GW appear, committed GW fall in some year", async () => {
    const plain = await ok("/api/power");
    const body = await ok("/api/power?delayMonths=24");
    expect(body.delay.months).toBe(24);
    expect(body.years.some((y: { delayedGw: number }) => y.delayedGw > 0)).toBe(true);
    const total = (r: { years: { capacityGw: number }[] }) => r.years.reduce((s, y) => s + y.capacityGw, 0);
    expect(total(body)).toBeLessThan(total(plain));
  });

  it("a delay by region touches only the sites there (any case)", async () => {
    const body = await ok("/api/power?delayMonths=12&region=texas");
    const core = powerBalance(dataset, {
      basis: "announced",
      asOf: AS_OF,
      fromYear: 2024,
      toYear: 2030,
      delay: { months: 12, region: "texas" },
    });
    expect(balanceOf(body)).toEqual(json(core));
    const texan = new Set(
      dataset.sites.filter((s) => s.location.region?.toLowerCase() === "texas").map((s) => s.id),
    );
    expect(body.delay.sites.length).toBeGreaterThan(0);
    expect(body.delay.sites.every((s: string) => texan.has(s))).toBe(true);
  });

  it("from alone after 2030 extends the window to itself, as the CLI does", async () => {
    const body = await ok("/api/power?from=2032");
    expect([body.fromYear, body.toYear]).toEqual([2032, 2032]);
  });
});

describe("GET /api/funding/{id}", () => {
  it("is fundingReport with the CLI's defaults (committed, 2024–2030)", async () => {
    const body = await ok("/api/funding/openai");
    expect(body).toEqual(
      json(
        fundingReport(dataset, {
          entity: "openai",
          basis: "committed",
          asOf: AS_OF,
          fromYear: 2024,
          toYear: 2030,
        }),
      ),
    );
  });

  it("carries OpenAI's published figures: 2024 revenue $3.7B and loss $5B, 2025 loss ~$14B, $44B by 2028", async () => {
    const body = await ok("/api/funding/openai");
    const figure = (metric: string, period: string) =>
      body.reported.find(
        (r: { metric: string; period: string }) => r.metric === metric && r.period === period,
      )?.value;
    expect(figure("revenue", "2024")).toBe(3.7e9);
    expect(figure("net-income", "2024")).toBe(-5e9);
    expect(figure("net-income", "2025")).toBe(-14e9);
    expect(figure("net-income", "2023-2028")).toBe(-44e9);
    const y2024 = body.years.find((y: { year: number }) => y.year === 2024);
    expect(y2024.revenue).toBe(3.7e9);
    expect(y2024.revenueSource).toBe("reported");
  });

  it("a growth override changes the projected revenue and the gap", async () => {
    const slow = await ok("/api/funding/openai?growth=0.1");
    const fast = await ok("/api/funding/openai?growth=1");
    expect(slow.growthUsed).toBe(0.1);
    expect(fast.totals.gap).toBeLessThan(slow.totals.gap);
    const last = (r: { years: { revenue: number }[] }) => r.years[r.years.length - 1]?.revenue ?? 0;
    expect(last(fast)).toBeGreaterThan(last(slow));
  });

  it("answers 404 for an unknown entity", async () => {
    const { status, body } = await get("/api/funding/nobody");
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: "unknown-entity", path: "id" });
  });
});

// [url, code, path]
const BAD: [string, string, string][] = [
  ["/api/power?from=2030&to=2025", "year-order", "from"],
  ["/api/power?from=2024&to=2200", "out-of-range", "to"],
  ["/api/power?from=24", "invalid-year", "from"],
  ["/api/power?basis=promised", "invalid-choice", "basis"],
  ["/api/power?delayMonths=abc", "invalid-integer", "delayMonths"],
  ["/api/power?delayMonths=-3", "out-of-range", "delayMonths"],
  ["/api/power?delayMonths=121", "out-of-range", "delayMonths"],
  ["/api/power?delayMonths=1.5", "invalid-integer", "delayMonths"],
  ["/api/power?region=texas", "region-needs-delay", "region"],
  ["/api/power?delayMonths=6&region=mars", "no-site-in-region", "region"],
  ["/api/power?site=nowhere", "unknown-site", "site"],
  ["/api/power?entity=nobody", "unknown-entity", "entity"],
  ["/api/power?delay=6", "unknown-parameter", "delay"],
  ["/api/funding/openai?growth=-1", "out-of-range", "growth"],
  ["/api/funding/openai?growth=11", "out-of-range", "growth"],
  ["/api/funding/openai?growth=fast", "invalid-number", "growth"],
  ["/api/funding/openai?from=2028&to=2026", "year-order", "from"],
  ["/api/funding/openai?basis=hoped", "invalid-choice", "basis"],
  ["/api/funding/openai?growth=0.1&growth=0.2", "repeated-parameter", "growth"],
];

describe("bad input", () => {
  it.each(BAD)("%s → 400 %s at %s", async (url, code, path) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code, path });
    expect(body.error.message.length).toBeGreaterThan(path.length + 2);
  });

  it("lists every problem at once", async () => {
    const { status, body } = await get("/api/power?delayMonths=x&from=abcd&basis=z");
    expect(status).toBe(400);
    const paths = body.error.details.problems.map((p: { path: string }) => p.path).sort();
    expect(paths).toEqual(["basis", "delayMonths", "from"]);
  });

  it("words the message in Arabic on request", async () => {
    const { body } = await get("/api/power?delayMonths=6&region=mars&lang=ar");
    expect(body.error.message).toContain("mars");
    expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
    const region = await get("/api/power?region=texas&lang=ar");
    expect(region.body.error.message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe("OpenAPI", () => {
  it("documents both routes with their parameters", async () => {
    const doc = await ok("/api/openapi.json");
    const power = doc.paths["/api/power"].get;
    const names = power.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["basis", "from", "to", "entity", "site", "delayMonths", "region"]),
    );
    const funding = doc.paths["/api/funding/{id}"].get;
    expect(funding.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["id", "basis", "from", "to", "growth"]),
    );
    expect(Object.keys(funding.responses)).toContain("404");
  });
});
