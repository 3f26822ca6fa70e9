/**
 * The stress report, defined once: `halqa stress --json` and `POST /api/stress` answer the same object;
 * the builder on the hand fixture; every message key its layout and its account use, in both languages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { hasMessage } from "../../i18n/message.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { resolveFraction, ScenarioSchema } from "../../schema/scenario.ts";
import { bundledFaces, type Faces } from "../../testing/faces.ts";
import { STRESS_FIXTURE_YAML } from "../../testing/stress-fixture.ts";
import { tempDataset } from "../../testing/temp-dataset.ts";
import type { Dataset } from "../model/dataset.ts";
import { STRESS_STEP_CODES } from "../stress/account.ts";
import type { ReportLayout } from "./layout.ts";
import { STRESS_LAYOUT, type StressReport, stressReport } from "./stress-report.ts";

describe("stress: the CLI's --json is the API's body", () => {
  let faces: Faces;
  beforeAll(async () => {
    faces = await bundledFaces();
  });

  it.each(["private-credit-pullback", "replay-1999"])("%s", async (id) => {
    const cli = await faces.cli(["stress", `scenarios/${id}.yaml`]);
    const api = await faces.api("/api/stress", { scenario: id, asOf: "2026-06-30" });
    expect(cli).toEqual(api);
    expect((cli as StressReport).account.length).toBeGreaterThan(0);
  });
});

describe("stress: what each loss is a share of", () => {
  it("says per row whether the capital is book equity or a valuation (grid slip: Meta, OpenAI)", async () => {
    const faces = await bundledFaces();
    const cli = (await faces.cli(["stress", "scenarios/grid-slip-24-months.yaml"])) as StressReport;
    const from = Object.fromEntries(cli.losses.map((l) => [l.entity, l.capitalFrom]));
    // Meta's 24.5 % is of its book equity; OpenAI's 2.8 % of its last private valuation.
    expect(from.meta).toBe("shareholders-equity");
    expect(from.openai).toBe("valuation");
    for (const l of cli.losses)
      expect(hasMessage("ar", `report.stress.capitalFroms.${l.capitalFrom}`)).toBe(true);
  });
});

describe("stressReport on the hand fixture", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    const loaded = await loadDataset(await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML }));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    dataset = loaded.dataset;
  });

  const run = (shocks: unknown[]) =>
    stressReport(
      dataset,
      ScenarioSchema.parse({
        id: "t",
        title: { en: "T", ar: "ت" },
        model: { name: "eisenberg-noe" },
        shocks,
      }),
      { asOf: "2026-01-01", fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN },
    );

  it("a cited half of Lab's revenue: 0.5 × 30 × 2 years = 30, all its capital, and the figure cited", () => {
    // `half` is an indicator of 40–60%: the run uses the midpoint, 0.5.
    const r = run([{ type: "revenue-shortfall", entity: "lab", fraction: { from: "half" } }]);
    expect(r.references).toEqual([
      {
        path: "shocks[0].fraction",
        id: "half",
        value: 0.5,
        name: { en: "Half", ar: "نصف" },
        sources: ["s"],
        estimate: false,
      },
    ]);
    expect(r.account).toEqual([
      { code: "revenue-loss", entity: "lab", amount: 30, years: 2 },
      { code: "no-default" },
      { code: "largest-loss", entity: "lab", amount: 30 },
    ]);
    const chart = STRESS_LAYOUT.charts?.[0]?.series(r)[0];
    expect(chart?.points).toEqual([{ x: "lab", y: 1 }]);
  });

  it("Lab's whole revenue: it defaults in wave 1 and 20 + 10 of its obligations go unfunded", () => {
    const r = run([{ type: "revenue-shortfall", entity: "lab", fraction: 1 }]);
    const unfunded = STRESS_LAYOUT.tables.find((t) => t.id === "unfunded");
    const rows = unfunded?.rows(r) as StressReport["unfunded"];
    expect(rows.map((u) => [u.deal, Math.round(u.unfunded * 1e9) / 1e9])).toEqual([
      ["lab-buys-cloud", 20],
      ["bank-lends-lab", 10],
    ]);
    expect(r.account).toContainEqual({ code: "wave", wave: 1, entities: ["lab"] });
    expect(r.references).toEqual([]);
  });
});

describe("stress messages", () => {
  it("every key the layout and the account use exists in English and Arabic", () => {
    const keys = [
      ...layoutKeys(STRESS_LAYOUT as ReportLayout<never>),
      "report.stress.lossShare",
      "report.stress.run",
      "report.stress.account",
      "report.stress.waves",
      "report.stress.assumptions",
      ...["announced", "committed", "paid"].map((b) => `report.stress.basis.${b}`),
      ...STRESS_STEP_CODES.map((code) => `report.stress.step.${code}`),
    ];
    for (const key of keys)
      for (const lang of ["en", "ar"] as const) expect(hasMessage(lang, key), `${lang} ${key}`).toBe(true);
  });
});

/** The message keys a layout names without data: its title, tables, columns and charts. */
function layoutKeys(layout: ReportLayout<never>): string[] {
  return [
    layout.title,
    ...layout.tables.flatMap((t) => [
      t.title,
      ...(t.empty ? [t.empty] : []),
      ...t.columns.map((c) => c.label),
    ]),
    ...(layout.charts ?? []).flatMap((c) => [c.title, c.x.label, c.y.label]),
  ];
}
