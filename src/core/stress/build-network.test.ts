import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import { STRESS_FIXTURE_YAML } from "../../testing/stress-fixture.ts";
import { tempDataset } from "../../testing/temp-dataset.ts";
import { ModelInputError } from "../errors.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import type { Financial } from "../model/records.ts";
import { annualFactor, latestFigure, networkFromDataset } from "./build-network.ts";

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadDataset(await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  dataset = result.dataset;
});

describe("networkFromDataset on the hand fixture", () => {
  it("turns purchases and loans into liabilities debtor → creditor", () => {
    const built = networkFromDataset(dataset, { asOf: "2026-01-01" });
    expect(built.network.liabilities).toEqual(
      expect.arrayContaining([
        { debtor: "lab", creditor: "cloud", amount: 100 },
        { debtor: "lab", creditor: "bank", amount: 50 },
      ]),
    );
    expect(built.network.liabilities).toHaveLength(2);
    expect(built.network.holdings).toEqual([{ holder: "chips", issuer: "lab", share: 0.1, kind: "equity" }]);
  });

  it("closes each balance sheet as worked in the fixture's comment", () => {
    const built = networkFromDataset(dataset, { asOf: "2026-01-01" });
    const sheet = Object.fromEntries(built.sheets.map((s) => [s.id, s]));
    expect(sheet.lab).toMatchObject({
      revenue: 30,
      equity: 30,
      equityFrom: "valuation",
      marketValue: 30,
      marketValueFrom: "valuation",
      externalAssets: 180,
      capital: 30,
    });
    expect(sheet.cloud).toMatchObject({ equityFrom: "capital-ratio", externalAssets: 0, capital: 100 });
    expect(sheet.bank).toMatchObject({ externalAssets: 0, capital: 50 });
    expect(sheet.chips).toMatchObject({ externalAssets: 10, capital: 10 });
    expect(built.horizonYears).toBe(2);
  });

  it("takes capital from book equity, else market cap, else valuation, else the capital ratio", async () => {
    // Lab: book 20, market cap 25, valuation 30 → capital 20, market value 25.
    // Chips: market cap 12, valuation 10 → both 12. Cloud: nothing → ratio rule; market value = capital.
    const extra = `
financials:
  - { entity: lab, metric: shareholders-equity, period: 2025-09-30, unit: USD, value: 20, sources: [s] }
  - { entity: lab, metric: market-cap, period: 2025-10-01, unit: USD, value: 25, sources: [s] }
  - { entity: chips, metric: market-cap, period: 2025-12-31, unit: USD, value: 12, sources: [s] }
`;
    const loaded = await loadDataset(
      await tempDataset({ "data.yaml": STRESS_FIXTURE_YAML, "capital.yaml": extra }),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const built = networkFromDataset(loaded.dataset, { asOf: "2026-01-01" });
    const sheet = Object.fromEntries(built.sheets.map((s) => [s.id, s]));
    // Lab owes 150: e = 150 + 20 = 170, capital 20.
    expect(sheet.lab).toMatchObject({
      equity: 20,
      equityFrom: "shareholders-equity",
      marketValue: 25,
      marketValueFrom: "market-cap",
      externalAssets: 170,
      capital: 20,
    });
    expect(sheet.chips).toMatchObject({ equity: 12, equityFrom: "market-cap", marketValue: 12, capital: 12 });
    expect(sheet.cloud).toMatchObject({
      equityFrom: "capital-ratio",
      marketValue: 0,
      marketValueFrom: "capital-ratio",
    });
    const uses = Object.fromEntries(built.assumptions.map((a) => [a.id, a.use]));
    expect(uses["financial:lab:shareholders-equity:2025-09-30"]).toBe("capital (book equity)");
    expect(uses["financial:lab:market-cap:2025-10-01"]).toBe("market value (share-price shocks)");
    expect(uses["financial:chips:market-cap:2025-12-31"]).toBe("capital and market value");
    // The valuation a market cap supersedes is not an assumption of the run.
    expect(uses["financial:lab:valuation:2025"]).toBeUndefined();
  });

  it("lists every figure it used as an assumption with sources", () => {
    const built = networkFromDataset(dataset, { asOf: "2026-01-01" });
    const ids = built.assumptions.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "stress-horizon-years",
        "stress-capital-ratio",
        "financial:lab:revenue:2025",
        "financial:lab:valuation:2025",
      ]),
    );
    for (const a of built.assumptions) expect(a.sources.length).toBeGreaterThan(0);
  });

  it("leaves out deals reported after the as-of date and figures of later periods", () => {
    const built = networkFromDataset(dataset, { asOf: "2024-12-31" });
    expect(built.network.liabilities).toEqual([]);
    expect(built.sheets.find((s) => s.id === "lab")?.revenue).toBe(0);
  });

  it("uses a parameter override and rejects impossible parameters", () => {
    const built = networkFromDataset(dataset, {
      asOf: "2026-01-01",
      parameters: { "stress-capital-ratio": 0.5 },
    });
    expect(built.assumptions.find((a) => a.id === "stress-capital-ratio")).toMatchObject({
      value: 0.5,
      sources: [],
    });
    expect(() =>
      networkFromDataset(dataset, { asOf: "2026-01-01", parameters: { "stress-capital-ratio": 1 } }),
    ).toThrow(ModelInputError);
    expect(() =>
      networkFromDataset(dataset, { asOf: "2026-01-01", parameters: { "stress-horizon-years": 0 } }),
    ).toThrow(ModelInputError);
  });

  it("annualises quarters and halves", () => {
    expect([annualFactor("2025"), annualFactor("2025-H1"), annualFactor("FY2026-Q3")]).toEqual([1, 2, 4]);
  });
});

describe("latestFigure: the period that ends last, a reported year before its own half", () => {
  const revenue = (period: string, value: number): Financial =>
    ({ entity: "lab", metric: "revenue", period, unit: "USD", value, sources: ["s"] }) as Financial;
  const pick = (periods: [string, number][], year = 2026) =>
    latestFigure(
      periods.map(([p, v]) => revenue(p, v)),
      "lab",
      "revenue",
      year,
    )?.period;

  it("takes the year 2025 (ends in December) over its first half (ends in June)", () => {
    expect(
      pick([
        ["2025-H1", 4],
        ["2025", 13],
      ]),
    ).toBe("2025");
    expect(
      pick([
        ["2025", 13],
        ["2025-H1", 4],
      ]),
    ).toBe("2025");
  });

  it("takes a later quarter over an earlier year, and a year over the half or quarter ending with it", () => {
    expect(
      pick([
        ["FY2025", 130],
        ["FY2026-Q3", 57],
      ]),
    ).toBe("FY2026-Q3");
    expect(
      pick([
        ["2025-H2", 7],
        ["2025", 13],
        ["2025-Q4", 4],
      ]),
    ).toBe("2025");
    expect(
      pick([
        ["2025-Q3", 3],
        ["2025-H1", 4],
      ]),
    ).toBe("2025-Q3");
    expect(
      pick([
        ["2027", 30],
        ["2025", 13],
      ]),
    ).toBe("2025");
  });

  it("on the bundled data: OpenAI's annual revenue is its reported 2025 figure, $13.1B, not 2025-H1 × 2", async () => {
    const bundled = await loadDataset(BUNDLED_DATA_DIR);
    if (!bundled.ok) throw new Error("bundled dataset invalid");
    const built = networkFromDataset(bundled.dataset, { asOf: "2026-11-21" });
    expect(built.sheets.find((s) => s.id === "openai")?.revenue).toBe(13.1e9);
  });
});

describe("networkFromDataset against a brute-force balance sheet", () => {
  const ids = ["a", "b", "c", "d"];
  const dealArb = fc.record({
    type: fc.constantFrom(
      "compute-commitment",
      "chip-supply",
      "lease",
      "loan",
      "bond",
      "private-credit",
      "partnership",
    ),
    from: fc.constantFrom(...ids),
    to: fc.constantFrom(...ids),
    amount: fc.integer({ min: 1, max: 1000 }),
  });
  it("owes, owed, external assets and capital follow the stated rule", () => {
    fc.assert(
      fc.property(
        fc.array(dealArb, { maxLength: 8 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }), {
          minLength: 4,
          maxLength: 4,
        }),
        (rows, valuations) => {
          const deals = rows
            .filter((r) => r.from !== r.to)
            .map(
              (r, i) =>
                ({
                  id: `d${i}`,
                  title: { en: "d", ar: "d" },
                  type: r.type,
                  announced: "2025-01-01",
                  status: [{ status: "signed", date: "2025-01-01" }],
                  parties: [],
                  flows: [
                    {
                      kind: "cash",
                      from: r.from,
                      to: r.to,
                      unit: "USD",
                      conditional: false,
                      committed: { value: r.amount, sources: ["s"] },
                    },
                  ],
                  sources: ["s"],
                }) as unknown as Deal,
            );
          const small = {
            deals,
            entities: ids.map((id) => ({ id, name: { en: id, ar: id }, kind: "other" })),
            financials: valuations.flatMap((v, i) =>
              v === undefined
                ? []
                : [
                    {
                      entity: ids[i],
                      metric: "valuation",
                      period: "2025",
                      unit: "USD",
                      value: v,
                      sources: ["s"],
                    },
                  ],
            ),
            parameters: [
              {
                id: "stress-horizon-years",
                name: { en: "", ar: "" },
                unit: "years",
                figure: { value: 3, sources: ["s"] },
              },
              {
                id: "stress-capital-ratio",
                name: { en: "", ar: "" },
                unit: "ratio",
                figure: { value: 0.25, sources: ["s"] },
              },
            ],
          } as unknown as Dataset;
          const built = networkFromDataset(small, { asOf: "2026-01-01" });
          for (const [i, id] of ids.entries()) {
            let owes = 0;
            let owed = 0;
            for (const r of rows) {
              if (r.from === r.to || r.type === "partnership") continue;
              const credit = ["loan", "bond", "private-credit"].includes(r.type);
              const [debtor, creditor] = credit ? [r.to, r.from] : [r.from, r.to];
              if (debtor === id) owes += r.amount;
              if (creditor === id) owed += r.amount;
            }
            const v = valuations[i];
            const equity = v ?? (0.25 / 0.75) * owes;
            const e = Math.max(0, owes + equity - owed);
            const sheet = built.sheets[i];
            expect(sheet?.owes).toBeCloseTo(owes, 9);
            expect(sheet?.owed).toBeCloseTo(owed, 9);
            expect(sheet?.externalAssets).toBeCloseTo(e, 9);
            expect(sheet?.capital).toBeCloseTo(e + owed - owes, 9);
            expect(sheet?.capital ?? 0).toBeGreaterThanOrEqual(equity - 1e-9);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
