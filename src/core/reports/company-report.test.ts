import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import { deterministicScenario, resolveFraction, UncertainScenarioSchema } from "../../schema/scenario.ts";
import { loadSheetsFixture } from "../../testing/sheets-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { companyReport } from "./company-report.ts";

let data: Dataset;
beforeAll(async () => {
  data = (await loadSheetsFixture()).dataset;
});

const committed = (asOf: string, year?: number) =>
  companyReport(data, "beta", { asOf, basis: "committed", ...(year !== undefined ? { year } : {}) });

describe("companyReport on the fixture", () => {
  it("is undefined for an unknown entity", () => {
    expect(companyReport(data, "nope", { asOf: "2025-12-31", basis: "announced" })).toBeUndefined();
  });

  it("Beta's deals in and out on the committed basis, with the LOI left out and why", () => {
    const report = committed("2025-12-31");
    expect(report?.deals.in.map((d) => [d.deal, d.counted.value, d.counterparties])).toEqual([
      ["equity-ab", 30, ["alpha"]],
      ["rev-db", 10, ["delta"]],
      ["loi-ab", 0, ["alpha"]],
    ]);
    const loi = report?.deals.in.find((d) => d.deal === "loi-ab");
    expect(loi?.excluded.map((e) => e.amount.value)).toEqual([100]);
    expect(report?.deals.out.map((d) => [d.deal, d.counted.value, d.status])).toEqual([
      ["lease-bc", 50, "signed"],
    ]);
    expect(report?.totals.receives.value).toBe(40);
    expect(report?.totals.pays.value).toBe(50);
    // The lease falls half in 2025, half in 2026; the equity and the loan in 2025.
    expect(report?.byYear.map((y) => [y.year, y.receives.value, y.pays.value])).toEqual([
      [2025, 40, 25],
      [2026, 0, 25],
    ]);
  });

  it("places a term contract with no term in no year, never in the year it was announced", () => {
    const lease = data.deals.find((d) => d.id === "lease-bc");
    if (!lease) throw new Error("fixture lost lease-bc");
    const { period: _dropped, ...open } = lease;
    const flows = open.flows.map(({ schedule: _none, ...f }) => f);
    const withOpen = { ...data, deals: [...data.deals, { ...open, id: "lease-open", flows }] };
    const report = companyReport(withOpen, "beta", { asOf: "2025-12-31", basis: "committed" });
    // The open lease counts in the total paid (50 + 50) but in no year: the years still hold 25 + 25.
    expect(report?.totals.pays.value).toBe(100);
    expect(report?.undated.pays.value).toBe(50);
    expect(report?.byYear.reduce((s, y) => s + y.pays.value, 0)).toBe(50);
    expect(committed("2025-12-31")?.undated.pays.value).toBe(0);
  });

  it("--year keeps that year's flows and the financial periods that cover it", () => {
    const report = committed("2025-12-31", 2026);
    expect(report?.deals.out.map((d) => d.counted.value)).toEqual([25]);
    expect(report?.byYear.map((y) => y.year)).toEqual([2026]);
    expect(report?.financials.map((f) => [f.metric, f.period])).toEqual([["capex", "2024-2026"]]);
  });

  it("financials: every record of the company, results first, periods in order", () => {
    const report = committed("2025-12-31");
    expect(report?.financials.map((f) => [f.metric, f.period, f.amount.value, f.forecast, f.fiscal])).toEqual(
      [
        ["revenue", "2024", 100, false, false],
        ["revenue", "FY2025", 150, true, true],
        ["capex", "2024-2026", 90, false, false],
        ["debt", "2025-Q2", 20, false, false],
      ],
    );
  });

  it("the loop Alpha → Beta → Gamma → Alpha runs until the supply deal is terminated", () => {
    const before = committed("2025-09-30");
    expect(before?.loops.found).toBe(1);
    expect(before?.loops.shown[0]?.bottleneck).toBe(20);
    expect(before?.circularity?.selfShare).toBeGreaterThan(0);
    const after = committed("2025-12-31");
    expect(after?.loops.found).toBe(0);
    expect(after?.circularity?.selfShare).toBe(0);
  });

  it("an estimated figure is flagged on the deal's row", () => {
    const delta = companyReport(data, "delta", { asOf: "2025-12-31", basis: "announced" });
    const rumor = [...(delta?.deals.in ?? []), ...(delta?.deals.out ?? [])].find(
      (d) => d.deal === "rumor-cd",
    );
    expect(rumor?.estimate).toBe(true);
    expect(committed("2025-12-31")?.deals.out.every((d) => !d.estimate)).toBe(true);
  });

  it("sites: its role and the capacity online on the date (cumulative figures)", () => {
    const early = committed("2025-12-31")?.sites[0];
    expect(early).toMatchObject({ id: "site-one", roles: ["operator"], country: "US", region: "Texas" });
    expect(early?.capacity?.amount.value).toBe(100);
    expect(early?.power).toEqual([{ unit: "MW", amount: { value: 150, low: 150, high: 150 } }]);
    expect(committed("2026-07-01")?.sites[0]?.capacity?.amount.value).toBe(300);
    expect(companyReport(data, "gamma", { asOf: "2025-12-31", basis: "committed" })?.sites[0]?.roles).toEqual(
      ["developer"],
    );
  });

  it("every source id the sheet cites is in its numbered list, numbered 1..n", () => {
    const report = committed("2025-12-31");
    const listed = report?.sources.map((s) => s.id) ?? [];
    expect(report?.sources.map((s) => s.n)).toEqual(listed.map((_, i) => i + 1));
    const cited = [
      ...(report?.financials.flatMap((f) => f.sources) ?? []),
      ...(report?.deals.in.flatMap((d) => d.sources) ?? []),
      ...(report?.deals.out.flatMap((d) => d.sources) ?? []),
    ];
    for (const id of cited) expect(listed).toContain(id);
  });
});

describe("companyReport on the bundled data", () => {
  it("Oracle: sourced financials, deals both ways, loops, sites, a row per deterministic scenario", async () => {
    const loaded = await loadDataset(BUNDLED_DATA_DIR);
    if (!loaded.ok) throw new Error("bundled dataset invalid");
    const dataset = loaded.dataset;
    const dir = new URL("../../../scenarios/", import.meta.url);
    const scenarios = readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .flatMap((file) => {
        const read = UncertainScenarioSchema.safeParse(parse(readFileSync(new URL(file, dir), "utf8")));
        const scenario = read.success ? deterministicScenario(read.data) : undefined;
        return scenario ? [{ file, scenario }] : [];
      });
    const report = companyReport(dataset, "oracle", {
      asOf: "2026-12-01",
      basis: "announced",
      stress: { scenarios, fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN },
    });
    // Measured 2026-12-06: 21 financial records, 4 deals in ($368B counted), 1 out ($40B), 5 loops.
    expect(report?.financials.length).toBeGreaterThan(5);
    expect(report?.financials.every((f) => f.sources.length > 0)).toBe(true);
    expect(report?.deals.in.length).toBeGreaterThan(0);
    expect(report?.deals.out.length).toBeGreaterThan(0);
    expect(report?.totals.receives.value).toBeGreaterThan(report?.totals.pays.value ?? 0);
    expect(report?.loops.shown.every((l) => l.entities.includes("oracle"))).toBe(true);
    expect(report?.sites.length).toBeGreaterThan(0);
    expect(report?.stress.map((s) => s.file)).toEqual(scenarios.map((s) => s.file));
    for (const s of report?.stress ?? []) expect(s.failure ?? (s.loss ?? -1) >= 0).toBeTruthy();
    const ids = new Set(dataset.sources.map((s) => s.id));
    expect(report?.sources.every((s) => ids.has(s.id))).toBe(true);
  });
});
