/**
 * The analyses of reports-a — summary, flows, loops, circularity, exposure and rankings, ratios —
 * each defined once in src/core/reports: the command line's `--json` and the API's body are the same
 * object on the bundled data, the builders give hand-checkable numbers on the tiny dataset, and every
 * message key their layouts use is in both languages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { dealNamer, entityNamer } from "../../cli/names.ts";
import { renderReportTable, type TableFace } from "../../cli/report-table.ts";
import { hasMessage } from "../../i18n/message.ts";
import { bundledFaces, FACES_AS_OF, type Faces } from "../../testing/faces.ts";
import { loadTiny } from "../../testing/tiny.ts";
import type { Dataset } from "../model/dataset.ts";
import { CIRCULARITY_LAYOUT } from "./circularity-layout.ts";
import { circularityReport } from "./circularity-report.ts";
import {
  EXPOSURE_LAYOUT,
  exposureReport,
  exposureSideTable,
  RANKINGS_LAYOUT,
  rankingsReport,
} from "./exposure-report.ts";
import { FLOWS_LAYOUT, flowsLayout, flowsReport, paymentsOf, yearWindow } from "./flows-report.ts";
import type { ReportLayout, TableLayout } from "./layout.ts";
import { LOOPS_LAYOUT, loopsReport } from "./loops-report.ts";
import { RATIOS_LAYOUT, ratiosReport } from "./ratios-report.ts";
import { SUMMARY_LAYOUT, SUMMARY_OUTLETS_TABLE, summaryReport } from "./summary-report.ts";

describe("one object on both faces (bundled data)", () => {
  let faces: Faces;
  beforeAll(async () => {
    faces = await bundledFaces();
  }, 60_000);

  const cases: [string, string[], string][] = [
    ["summary", ["summary", "--top", "7"], "/api/stats?top=7"],
    ["flows", ["flows", "--basis", "committed", "--year", "2026"], "/api/flows?basis=committed&year=2026"],
    [
      "loops",
      ["loops", "--basis", "announced", "--limit", "5", "--max-length", "4"],
      "/api/loops?basis=announced&limit=5&maxLength=4",
    ],
    ["circularity", ["circularity", "--basis", "committed"], "/api/circularity?basis=committed"],
    [
      "exposure",
      ["exposure", "nvidia", "--basis", "announced", "--year", "2025"],
      "/api/exposure/nvidia?basis=announced&year=2025",
    ],
    ["rankings", ["exposure", "--rank", "--basis", "committed"], "/api/rankings?basis=committed"],
    ["ratios", ["ratios"], "/api/ratios"],
  ];
  it("the tables the terminal prints from layouts fit in 100 columns unless a name alone is wider", () => {
    const d = faces.dataset;
    const on = { basis: "announced" as const, asOf: FACES_AS_OF };
    const widest = (text: string) => Math.max(...text.split("\n").map((line) => [...line].length));
    // Past 100 only when the required columns alone are wider (a long name): then every optional
    // column has been dropped, and `--wide` brings them back.
    const fits = <D, R>(layout: TableLayout<D, R>, data: D, face: TableFace) => {
      const required = { ...layout, columns: layout.columns.filter((c) => !c.optional) };
      const printed = widest(renderReportTable(layout, data, face));
      expect(printed).toBeLessThanOrEqual(Math.max(100, widest(renderReportTable(required, data, face))));
      expect(widest(renderReportTable(layout, data, { ...face, wide: true }))).toBeGreaterThanOrEqual(
        printed,
      );
    };
    for (const lang of ["en", "ar"] as const) {
      const face = { lang, names: { entity: entityNamer(d, lang), deal: dealNamer(d, lang) } };
      const summary = summaryReport(d, { asOf: on.asOf });
      fits(SUMMARY_OUTLETS_TABLE, summary, face);
      for (const id of ["nvidia", "openai", "oracle"]) {
        const e = exposureReport(d, id, on);
        // As `halqa exposure ID` prints them: the 15 largest counterparties (its default --limit).
        for (const side of ["customers", "suppliers"] as const) {
          const shown = { ...e, [side]: { ...e[side], counterparties: e[side].counterparties.slice(0, 15) } };
          fits(exposureSideTable(side), shown, face);
        }
      }
    }
  });

  for (const [name, args, path] of cases) {
    it(`${name}: halqa ${args.join(" ")} --json equals GET ${path}`, async () => {
      const [cli, api] = await Promise.all([faces.cli(args), faces.api(path)]);
      expect(cli).toEqual(api);
    }, 60_000);
  }
});

describe("the builders on the tiny dataset", () => {
  let tiny: Dataset;
  beforeAll(async () => {
    tiny = await loadTiny();
  });
  const on = { basis: "announced" as const, asOf: "2026-01-01" };

  it("summary: counts the records and leads the money with its overlaps counted once", () => {
    const r = summaryReport(tiny, { asOf: "2026-01-01", top: 2 });
    expect(r.counts).toMatchObject({ sources: 2, entities: 3, deals: 4 });
    // 100 (chips → lab) + 75 (the press report, counted instead of the overlapping 60) + 40 (the LOI).
    expect(r.money.announced.value).toBe(215);
    // The LOI and the press report bind nobody: 50 + 50 + 60 of signed deals.
    expect(r.money.committed.value).toBe(110);
    expect(r.largestDeals.map((d) => d.id)).toEqual(["lab-buys-cloud", "chips-invests-in-lab"]);
  });

  it("flows: a year stands for from = to = that year, and pairs sum the year's rows", () => {
    expect(yearWindow({ year: 2026, fromYear: 2020 })).toEqual({ fromYear: 2026, toYear: 2026 });
    expect(yearWindow({ fromYear: 2020 })).toEqual({ fromYear: 2020 });
    const year = flowsReport(tiny, { ...on, year: 2025 });
    expect(year.rows.every((r) => r.year === 2025)).toBe(true);
    // The press report (75) and the chips LOI (40) are term contracts with no period: undated, apart.
    expect(year.total.value).toBe(50);
    expect(paymentsOf(year)).toEqual([
      { from: "chips", to: "lab", amount: 50, deals: ["chips-invests-in-lab"] },
    ]);
    expect(year.undated.map((u) => [u.deal, u.notBefore, u.amount.value])).toEqual([
      ["lab-cloud-press-report", 2025, 75],
      ["cloud-buys-chips", 2025, 40],
    ]);
    expect(year.undatedTotal.value).toBe(115);
  });

  it("loops: the one ring, its bottleneck the smallest step", () => {
    const r = loopsReport(tiny, { ...on, limit: 10 });
    expect(r.found).toBe(1);
    expect(r.byLength).toEqual({ 3: 1 });
    const [loop] = r.loops;
    expect(loop?.steps.map((s) => s.amount)).toEqual([100, 75, 40]);
    expect(loop?.bottleneck).toBe(40);
    expect(loop?.total).toBe(215);
    expect(loopsReport(tiny, { ...on, limit: 0 })).toMatchObject({ found: 1, shown: 0, loops: [] });
  });

  it("circularity: 215 paid inside for 60 from outside; 0.4 of each entity's money comes back", () => {
    const r = circularityReport(tiny, on);
    // Only chips pays out more than it receives: 100 − 40 = 60 enters from outside.
    expect(r.outsideTotal).toBe(60);
    expect(r.totalFlow).toBe(215);
    expect(r.multiplier).toBeCloseTo(215 / 60, 12);
    // Around the ring each payer passes on 100/100, 75/100 and 40/75 of its money: 0.4 comes back.
    for (const node of r.nodes) expect(node.loops.share).toBeCloseTo(0.4, 12);
  });

  it("exposure and rankings: lab is paid only by chips; ranks run 1, 2, 3 by PageRank", () => {
    const e = exposureReport(tiny, "lab", on);
    expect(e.customers.counterparties.map((c) => [c.id, c.amount, c.share])).toEqual([["chips", 100, 1]]);
    expect(e.revenue.years.map((y) => [y.period, y.split?.revenue])).toEqual([["2025", 10]]);
    const ranks = rankingsReport(tiny, on);
    expect(ranks.entities.map((x) => x.pageRankRank)).toEqual([1, 2, 3]);
    expect(ranks).toMatchObject({ basis: "announced", asOf: "2026-01-01" });
  });

  it("ratios: every ratio once, on the as-of date", () => {
    const r = ratiosReport(tiny, { asOf: "2026-01-01" });
    expect(r.asOf).toBe("2026-01-01");
    expect(new Set(r.ratios.map((x) => x.id)).size).toBe(r.ratios.length);
  });
});

describe("every message key of the layouts is in both languages", () => {
  let tiny: Dataset;
  beforeAll(async () => {
    tiny = await loadTiny();
  });

  /** The keys a layout names, headlines and message cells included, on a report of the tiny dataset. */
  function keysOf<D>(layout: ReportLayout<D>, data: D): string[] {
    const keys = [layout.title];
    for (const h of layout.headlines?.(data) ?? []) keys.push(h.key);
    for (const t of layout.tables) {
      keys.push(t.title, ...(t.empty ? [t.empty] : []));
      for (const c of t.columns) {
        keys.push(c.label);
        if (c.unit === "message")
          for (const row of t.rows(data)) {
            const value = c.value(row);
            // A message cell names its key; a plain value is the key itself.
            if (value !== null && value !== undefined)
              keys.push(typeof value === "object" ? value.key : String(value));
          }
      }
    }
    for (const c of layout.charts ?? [])
      keys.push(c.title, c.x.label, c.y.label, ...c.series(data).map((s) => s.label));
    return keys;
  }

  it("summary, flows, loops, circularity, exposure, rankings, ratios", () => {
    const on = { basis: "announced" as const, asOf: "2026-01-01" };
    const keys = [
      ...keysOf(SUMMARY_LAYOUT, summaryReport(tiny, { asOf: on.asOf })),
      ...keysOf(FLOWS_LAYOUT, flowsReport(tiny, on)),
      ...keysOf(flowsLayout("GW"), flowsReport(tiny, { ...on, unit: "GW" })),
      ...keysOf(LOOPS_LAYOUT, loopsReport(tiny, { ...on, limit: 5 })),
      ...keysOf(CIRCULARITY_LAYOUT, circularityReport(tiny, { ...on, nullModel: { samples: 3, seed: 1 } })),
      ...keysOf(EXPOSURE_LAYOUT, exposureReport(tiny, "lab", on)),
      ...keysOf(RANKINGS_LAYOUT, rankingsReport(tiny, on)),
      ...keysOf(RATIOS_LAYOUT, ratiosReport(tiny, on)),
    ];
    expect(keys.length).toBeGreaterThan(60);
    for (const lang of ["en", "ar"] as const)
      expect(
        keys.filter((k) => !hasMessage(lang, k)),
        lang,
      ).toEqual([]);
  });
});
