/**
 * Every route on the tiny fixture, through `app.request()` (no socket): the numbers must be exactly
 * what the core functions return for the same inputs, and the JSON shape what the CLI's --json gives.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { attributeCircularity, nullModel, traceFlows } from "../core/circularity/index.ts";
import { normalizeDataset } from "../core/dataset/normalize.ts";
import { entityExposure, rankEntities } from "../core/exposure/entity-exposure.ts";
import { expandFlows } from "../core/flows/expand.ts";
import { findMoneyLoops } from "../core/loops/money-loops.ts";
import { moneyGraph } from "../core/network/money-graph.ts";
import { publishedRatios } from "../core/ratios/published-ratios.ts";
import { flowsReport } from "../core/reports/flows-report.ts";
import { datasetStats } from "../core/stats/summary.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadTiny } from "../testing/tiny.ts";
import { createApp, VERSION } from "./app.ts";

const TODAY = "2026-01-01";
let tiny: Dataset;
let app: ReturnType<typeof createApp>;

/** What a value looks like after a trip through JSON (undefined fields dropped). */
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

async function get(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  expect(res.headers.get("content-type")).toContain("application/json");
  return { res, body: JSON.parse(await res.text()) };
}

beforeAll(async () => {
  tiny = await loadTiny();
  app = createApp({ dataset: tiny, today: () => TODAY });
});

describe("GET /api/health", () => {
  it("answers ok with the package version", async () => {
    const { res, body } = await get("/api/health");
    expect(res.status).toBe(200);
    expect(body).toEqual({ ok: true, version: VERSION });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("GET /api/dataset", () => {
  it("is the normalized export, as of today by default", async () => {
    const { body } = await get("/api/dataset");
    expect(body).toEqual(json(normalizeDataset(tiny, TODAY)));
  });

  it("reads statuses on asOf: the LOI is terminated by mid-2026", async () => {
    const { body } = await get("/api/dataset?asOf=2026-07-01");
    expect(body).toEqual(json(normalizeDataset(tiny, "2026-07-01")));
    const deal = body.deals.find((d: { id: string }) => d.id === "cloud-buys-chips");
    expect(deal.status).toBe("terminated");
  });
});

describe("GET /api/stats", () => {
  it("equals datasetStats with top", async () => {
    const { body } = await get("/api/stats?asOf=2025-12-31&top=2");
    expect(body).toEqual(json(datasetStats(tiny, { asOf: "2025-12-31", top: 2 })));
    expect(body.largestDeals).toHaveLength(2);
  });

  it("counts the tiny fixture by hand: 3 entities, 4 deals, 6 flows", async () => {
    const { body } = await get("/api/stats");
    expect(body.counts).toMatchObject({ entities: 3, deals: 4, flows: 6, sources: 2 });
  });
});

describe("GET /api/entities", () => {
  it("lists every entity with its deal counts in, out and other", async () => {
    const { body } = await get("/api/entities");
    expect(body.count).toBe(3);
    const lab = body.entities.find((e: { id: string }) => e.id === "lab");
    // Lab receives chips' cash and cloud's compute; it pays cloud in both reports of its purchase.
    expect(lab.deals).toEqual({ in: 2, out: 2, other: 0 });
    expect(lab.name).toEqual({ en: "Lab", ar: "المختبر" });
  });

  it("filters by kind", async () => {
    const { body } = await get("/api/entities?kind=chipmaker");
    expect(body.entities.map((e: { id: string }) => e.id)).toEqual(["chips"]);
  });

  it("gives one entity with its deals in and out, each with only its own flows", async () => {
    const { body } = await get("/api/entities/chips");
    expect(body.entity.id).toBe("chips");
    expect(body.deals.out.map((d: { id: string }) => d.id)).toEqual(["chips-invests-in-lab"]);
    expect(body.deals.in.map((d: { id: string }) => d.id)).toEqual(["cloud-buys-chips"]);
    expect(body.deals.out[0].flows.map((f: { id: string }) => f.id)).toEqual(["upfront", "milestone"]);
    expect(body.deals.other).toEqual([]);
  });

  it("404 for an unknown entity", async () => {
    const { res, body } = await get("/api/entities/nobody");
    expect(res.status).toBe(404);
    expect(body.error).toMatchObject({ code: "unknown-entity", path: "id" });
  });
});

describe("GET /api/deals", () => {
  const ids = (body: { deals: { id: string }[] }) => body.deals.map((d) => d.id);

  it("lists every deal with its own USD money per basis", async () => {
    const { body } = await get("/api/deals");
    expect(body.count).toBe(4);
    const chips = body.deals.find((d: { id: string }) => d.id === "chips-invests-in-lab");
    // 50 upfront + 50 conditional announced; the conditional tranche is not a commitment; 20 paid.
    expect(chips.usd.announced.value).toBe(100);
    expect(chips.usd.committed.value).toBe(50);
    expect(chips.usd.paid.value).toBe(20);
  });

  it("filters by type, status, entity and text", async () => {
    expect(ids((await get("/api/deals?type=chip-supply")).body)).toEqual(["cloud-buys-chips"]);
    expect(ids((await get("/api/deals?status=loi")).body)).toEqual(["cloud-buys-chips"]);
    expect(ids((await get("/api/deals?status=loi&asOf=2026-07-01")).body)).toEqual([]);
    expect(ids((await get("/api/deals?entity=chips")).body)).toEqual([
      "chips-invests-in-lab",
      "cloud-buys-chips",
    ]);
    expect(ids((await get("/api/deals?q=REPORT")).body)).toEqual(["lab-cloud-press-report"]);
    expect(ids((await get(`/api/deals?q=${encodeURIComponent("الرقائق")}`)).body)).toEqual([
      "chips-invests-in-lab",
    ]);
    expect(ids((await get("/api/deals?q=buys-chips")).body)).toEqual(["cloud-buys-chips"]);
  });

  it("gives one deal: figures per basis, status history, sources resolved, what the totals count", async () => {
    const { body } = await get("/api/deals/lab-buys-cloud");
    expect(body.deal.statusHistory).toEqual([{ status: "signed", date: "2025-03", sources: [], note: null }]);
    expect(body.deal.flows[0].announced.point).toBe(60);
    expect(body.deal.sources).toEqual([
      {
        id: "press-a",
        publisher: "Press A",
        title: "A report",
        date: "2025-01-10",
        url: "https://example.org/a",
      },
    ]);
    // The press report ("60 to 90", point 75) is larger, so on the announced basis it counts instead.
    const rows = expandFlows(tiny, { basis: "announced", asOf: TODAY }).excluded.filter(
      (r) => r.deal === "lab-buys-cloud",
    );
    expect(body.money.announced.own.value).toBe(60);
    expect(body.money.announced.counted.value).toBe(0);
    expect(body.money.announced.excluded).toEqual(json(rows));
    expect(body.money.announced.excluded[0]).toMatchObject({
      reason: "overlap",
      countedIn: "lab-cloud-press-report",
    });
  });

  it("resolves the sources of statuses and figures too", async () => {
    const { body } = await get("/api/deals/chips-invests-in-lab");
    expect(body.deal.sources.map((s: { id: string }) => s.id)).toEqual(["press-a", "filing-b"]);
  });

  it("404 for an unknown deal", async () => {
    const { res, body } = await get("/api/deals/no-such-deal");
    expect(res.status).toBe(404);
    expect(body.error.code).toBe("unknown-deal");
  });
});

describe("GET /api/flows", () => {
  it("equals the flows report with the CLI's defaults (committed, USD, cash)", async () => {
    const { body } = await get("/api/flows");
    expect(body).toEqual(json(flowsReport(tiny, { basis: "committed", asOf: TODAY, unit: "USD" })));
  });

  it("passes basis, year window, entity, unit and kinds through", async () => {
    const { body } = await get(
      "/api/flows?basis=announced&from=2026&to=2027&entity=lab&unit=GW&kind=compute",
    );
    const core = flowsReport(tiny, {
      basis: "announced",
      asOf: TODAY,
      unit: "GW",
      kinds: ["compute"],
      fromYear: 2026,
      toYear: 2027,
      entity: "lab",
    });
    expect(body).toEqual(json(core));
    expect(body.rows.length).toBeGreaterThan(0);
    const one = await get("/api/flows?year=2027");
    expect(one.body).toEqual(json(flowsReport(tiny, { basis: "committed", asOf: TODAY, year: 2027 })));
  });
});

describe("GET /api/loops", () => {
  it("finds the ring chips → lab → cloud → chips with the core's numbers", async () => {
    const { body } = await get("/api/loops");
    const core = findMoneyLoops(moneyGraph(tiny, { basis: "announced", asOf: TODAY }), { maxLength: 6 });
    expect(body.found).toBe(1);
    expect(body.truncated).toBe(false);
    expect(body.byLength).toEqual({ "3": 1 });
    expect(body.loops).toEqual(json(core.loops));
    expect(body.loops[0].entities).toEqual(["chips", "lab", "cloud"]);
    // The bottleneck is the 40 LOI from cloud to chips.
    expect(body.loops[0].bottleneck).toBe(40);
  });

  it("temporal loops, limit, entity, types, kinds and minAmount", async () => {
    const { body } = await get("/api/loops?temporal=1&window=2y&limit=1&entity=lab");
    const core = findMoneyLoops(moneyGraph(tiny, { basis: "announced", asOf: TODAY }), {
      maxLength: 6,
      temporal: { window: 2 * 31_557_600 },
      entity: "lab",
    });
    expect(body.found).toBe(core.loops.length);
    expect(body.shown).toBe(1);
    expect(body.loops).toEqual(json(core.loops.slice(0, 1)));
    expect(body.search.temporal).toEqual({ windowSeconds: 2 * 31_557_600 });
    expect((await get("/api/loops?minAmount=50")).body.found).toBe(0);
    expect((await get("/api/loops?types=chip-supply,equity-investment")).body.found).toBe(0);
    expect((await get("/api/loops?kinds=cash")).body.found).toBe(1);
    expect((await get("/api/loops?maxLength=2")).body.found).toBe(0);
    expect((await get("/api/loops?asOf=2026-07-01")).body.found).toBe(0);
  });
});

describe("GET /api/circularity", () => {
  it("equals traceFlows on the cash graph", async () => {
    const { body } = await get("/api/circularity");
    const tracing = traceFlows(moneyGraph(tiny, { basis: "announced", asOf: TODAY, kinds: ["cash"] }).list);
    expect(body.multiplier).toBe(tracing.multiplier);
    expect(body.totalFlow).toBe(tracing.totalFlow);
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      tracing.nodes
        .filter((n) => n.throughput > 0)
        .map((n) => n.id)
        .sort(),
    );
    expect(body.nullModel).toBeNull();
  });

  it("leads each entity with its own money back along loops, with the loop and the chains", async () => {
    const { body } = await get("/api/circularity?entity=cloud");
    const list = moneyGraph(tiny, { basis: "announced", asOf: TODAY, kinds: ["cash"] }).list;
    const attributed = attributeCircularity(list, { pathsFor: ["cloud"], paths: { top: 5 } });
    expect(body.loopSearch).toEqual(attributed.loopSearch);
    expect(body.nodes).toEqual(json(attributed.nodes.filter((n) => n.id === "cloud")));
    expect(body.nodes[0].loops.count).toBeGreaterThan(0);
    expect(body.nodes[0].loops.share).toBeLessThanOrEqual(body.nodes[0].selfShare + 1e-12);
  });

  it("runs the null model with the seed, and filters one entity", async () => {
    const { body } = await get("/api/circularity?nullModel=20&seed=5&entity=lab");
    const list = moneyGraph(tiny, { basis: "announced", asOf: TODAY, kinds: ["cash"] }).list;
    expect(body.nullModel).toEqual(json(nullModel(list, { samples: 20, seed: 5 })));
    expect(body.nodes.map((n: { id: string }) => n.id)).toEqual(["lab"]);
  });
});

describe("GET /api/exposure and /api/rankings", () => {
  it("equals entityExposure", async () => {
    const { body } = await get("/api/exposure/lab?basis=committed");
    expect(body).toEqual(json(entityExposure(tiny, "lab", { basis: "committed", asOf: TODAY })));
  });

  it("takes one fiscal year of the revenue shares (?year=), as the CLI's --year", async () => {
    const { body } = await get("/api/exposure/lab?year=2025");
    expect(body).toEqual(json(entityExposure(tiny, "lab", { basis: "announced", asOf: TODAY, year: 2025 })));
    expect(body.revenue.years.map((y: { period: string }) => y.period)).toEqual(["2025"]);
    expect((await get("/api/exposure/lab?year=25")).res.status).toBe(400);
  });

  it("ranks with rank=1 and at /api/rankings, by PageRank", async () => {
    const core = rankEntities(tiny, { basis: "announced", asOf: TODAY }).sort(
      (a, b) => a.pageRankRank - b.pageRankRank,
    );
    const expected = { basis: "announced", asOf: TODAY, entities: json(core) };
    expect((await get("/api/exposure?rank=1")).body).toEqual(expected);
    expect((await get("/api/rankings")).body).toEqual(expected);
  });

  it("needs an id or rank=1", async () => {
    const { res, body } = await get("/api/exposure");
    expect(res.status).toBe(400);
    expect(body.error).toMatchObject({ code: "exposure-target", path: "rank" });
    expect((await get("/api/exposure?rank=0")).res.status).toBe(400);
  });

  it("404 for an unknown entity", async () => {
    const { res, body } = await get("/api/exposure/nobody");
    expect(res.status).toBe(404);
    expect(body.error.code).toBe("unknown-entity");
  });
});

describe("GET /api/ratios", () => {
  it("equals publishedRatios", async () => {
    const { body } = await get("/api/ratios?asOf=2025-12-31");
    expect(body).toEqual({ asOf: "2025-12-31", ratios: json(publishedRatios(tiny, "2025-12-31")) });
  });
});
