import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import { checkScenario, resolveFraction, type Scenario, ScenarioSchema } from "../../schema/scenario.ts";
import { STRESS_FIXTURE_YAML } from "../../testing/stress-fixture.ts";
import { tempDataset } from "../../testing/temp-dataset.ts";
import type { Dataset } from "../model/dataset.ts";
import { runScenario } from "./run-scenario.ts";

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadDataset(await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  dataset = result.dataset;
});

const scenario = (shocks: unknown[], model: Record<string, unknown> = { name: "eisenberg-noe" }): Scenario =>
  ScenarioSchema.parse({ id: "t", title: { en: "T", ar: "ت" }, model, shocks });
const run = (s: Scenario, model?: "debtrank") =>
  runScenario(dataset, s, {
    asOf: "2026-01-01",
    ...(model ? { model } : {}),
    fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
  });
const lossOf = (r: ReturnType<typeof run>, id: string) => r.losses.find((l) => l.entity === id)?.loss ?? 0;

describe("runScenario on the hand fixture (Eisenberg–Noe)", () => {
  it("revenue shortfall of half: Lab loses 0.5 × 30 × 2 = 30, exactly its capital, and does not default", () => {
    const r = run(scenario([{ type: "revenue-shortfall", entity: "lab", fraction: 0.5 }]));
    expect(r.defaults).toEqual([]);
    expect(lossOf(r, "lab")).toBeCloseTo(30, 9);
    expect(r.unfunded).toEqual([]);
    expect(r.account).toContainEqual({ code: "no-default" });
    // The account says the 30 is two years of lost revenue, not one: "OpenAI loses $52.4B" was 8.
    expect(r.account[0]).toMatchObject({ code: "revenue-loss", entity: "lab", amount: 30, years: 2 });
  });

  it("revenue shortfall in full: Lab holds 120 against 150, pays 80% in wave 1", () => {
    const r = run(scenario([{ type: "revenue-shortfall", entity: "lab", fraction: 1 }]));
    expect(r.waves).toEqual([{ wave: 1, entities: ["lab"] }]);
    const unfunded = Object.fromEntries(r.unfunded.map((u) => [u.deal, u.unfunded]));
    expect(unfunded["lab-buys-cloud"]).toBeCloseTo(20, 9);
    expect(unfunded["bank-lends-lab"]).toBeCloseTo(10, 9);
    expect(r.totalUnfunded).toBeCloseTo(30, 9);
    expect(lossOf(r, "cloud")).toBeCloseTo(20, 9);
    expect(lossOf(r, "bank")).toBeCloseTo(10, 9);
    expect(r.account).toContainEqual({ code: "wave", wave: 1, entities: ["lab"] });
    const unfundedStep = r.account.find((step) => step.code === "unfunded");
    expect(unfundedStep).toMatchObject({ code: "unfunded", deals: 2 });
    expect((unfundedStep as { amount: number }).amount).toBeCloseTo(30, 9);
  });

  it("share-price fall of half: Lab loses 15 and Chips, holding 10%, loses 1.5", () => {
    const r = run(scenario([{ type: "share-price-fall", entity: "lab", fraction: 0.5 }]));
    expect(lossOf(r, "lab")).toBeCloseTo(15, 9);
    expect(lossOf(r, "chips")).toBeCloseTo(1.5, 9);
  });

  it("share-price fall with book equity below market value: the issuer loses that share of its capital, holders of its market value", async () => {
    // Lab: book equity 20, valuation 30. A fall of half costs Lab 0.5 × 20 = 10 of capital and
    // Chips (10%) 0.1 × 0.5 × 30 = 1.5; the account reports the market value lost, 0.5 × 30 = 15.
    const extra = `
financials:
  - { entity: lab, metric: shareholders-equity, period: 2025-09-30, unit: USD, value: 20, sources: [s] }
`;
    const loaded = await loadDataset(
      await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML, "capital.yaml": extra }),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const r = runScenario(
      loaded.dataset,
      scenario([{ type: "share-price-fall", entity: "lab", fraction: 0.5 }]),
      {
        asOf: "2026-01-01",
        fraction: (f) => resolveFraction(f, loaded.dataset) ?? Number.NaN,
      },
    );
    expect(lossOf(r, "lab")).toBeCloseTo(10, 9);
    expect(lossOf(r, "chips")).toBeCloseTo(1.5, 9);
    expect(r.account[0]).toEqual({ code: "market-value-loss", entity: "lab", amount: 15 });
  });

  it("a six-month delay over a two-year horizon withholds a quarter from each creditor", () => {
    const r = run(scenario([{ type: "payment-delay", entity: "lab", months: 6 }]));
    expect(lossOf(r, "cloud")).toBeCloseTo(25, 9);
    expect(lossOf(r, "bank")).toBeCloseTo(12.5, 9);
    expect(lossOf(r, "lab")).toBe(0);
  });

  it("credit pullback of half by Bank costs Lab 25 of assets; a fraction can cite an indicator", () => {
    const r = run(scenario([{ type: "credit-pullback", lenders: ["bank"], fraction: 0.5 }]));
    expect(lossOf(r, "lab")).toBeCloseTo(25, 9);
    const cited = run(scenario([{ type: "credit-pullback", lenders: "all", fraction: { from: "half" } }]));
    expect(lossOf(cited, "lab")).toBeCloseTo(25, 9);
  });

  it("Furfine with a cited LGD: Lab fails at wave 0, creditors lose half", () => {
    const r = run(scenario([{ type: "default", entity: "lab" }], { name: "furfine", lgd: { from: "half" } }));
    expect(r.waves).toEqual([{ wave: 0, entities: ["lab"] }]);
    expect(r.totalUnfunded).toBeCloseTo(75, 9);
    expect(lossOf(r, "cloud")).toBeCloseTo(50, 9);
  });

  it("the same loss reaches DebtRank as an equity loss, counted once", () => {
    const r = run(scenario([{ type: "revenue-shortfall", entity: "lab", fraction: 0.25 }]), "debtrank");
    expect(lossOf(r, "lab")).toBeCloseTo(15, 9);
  });
});

describe("runScenario properties", () => {
  it("defaults and unfunded amounts never shrink as a revenue shortfall grows; unfunded ≤ committed", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const small = run(scenario([{ type: "revenue-shortfall", entity: "lab", fraction: lo }]));
          const large = run(scenario([{ type: "revenue-shortfall", entity: "lab", fraction: hi }]));
          expect(large.defaults.length).toBeGreaterThanOrEqual(small.defaults.length);
          expect(large.totalUnfunded).toBeGreaterThanOrEqual(small.totalUnfunded - 1e-9);
          for (const u of large.unfunded) expect(u.unfunded).toBeLessThanOrEqual(u.committed + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("bundled scenarios on the bundled dataset", async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  const bundled = loaded.dataset;
  const dir = new URL("../../../scenarios/", import.meta.url);
  // Scenarios with distributions are checked by the Monte Carlo tests (monte-carlo/accumulate.test.ts).
  const deterministic = (f: string) => !readFileSync(new URL(f, dir), "utf8").includes("dist:");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml") && deterministic(f))) {
    it(`${file} is valid, converges and tells its story`, () => {
      const s = ScenarioSchema.parse(parse(readFileSync(new URL(file, dir), "utf8")));
      expect(checkScenario(s, bundled, 8)).toEqual([]);
      const r = runScenario(bundled, s, {
        asOf: "2026-06-30",
        fraction: (f) => resolveFraction(f, bundled) ?? Number.NaN,
      });
      expect(r.result.converged).toBe(true);
      expect(r.account.length).toBeGreaterThan(0);
      expect(r.assumptions.some((a) => a.id === "stress-horizon-years")).toBe(true);
    });
  }

  const runBundled = (file: string) =>
    runScenario(bundled, ScenarioSchema.parse(parse(readFileSync(new URL(file, dir), "utf8"))), {
      asOf: "2026-06-30",
      fraction: (f) => resolveFraction(f, bundled) ?? Number.NaN,
    });

  it("Nvidia −40%: a 40% fall of its book capital, its market value in the account, no default", () => {
    const r = runBundled("nvidia-share-price-minus-40.yaml");
    const nvidia = r.losses.find((l) => l.entity === "nvidia");
    expect(r.assumptions.some((a) => a.id.startsWith("financial:nvidia:shareholders-equity:"))).toBe(true);
    expect(nvidia?.share).toBeGreaterThan(0.39);
    expect(nvidia?.share).toBeLessThan(0.42);
    expect(r.defaults).toEqual([]);
    // The account reports the market value lost: trillions of dollars, not the book capital's fall.
    expect(r.account[0]).toMatchObject({ code: "market-value-loss", entity: "nvidia" });
    expect((r.account[0] as { amount: number }).amount).toBeGreaterThan(1e12);
  });

  it("private credit pulls back: the platforms with sourced capital survive, thin vehicles do not", () => {
    const r = runBundled("private-credit-pullback.yaml");
    const defaulted = new Set(r.defaults.map((d) => d.entity));
    for (const id of ["meta", "google", "amazon", "oracle"]) expect(defaulted.has(id)).toBe(false);
    expect(defaulted.has("beignet-investor")).toBe(true);
  });
});
