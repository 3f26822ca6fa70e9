/**
 * Every analysis reads the current view: on a fixture with a replaced LOI, a revised contract, two
 * overlapping reports and a press-only deal, each analysis gives exactly what it gives on the same
 * fixture with the superseded records physically removed. So the LOI's 1000, the first-reported 250,
 * the double-counted 500 + 510 and the talks' 777 appear in no result.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { entityExposure } from "../core/exposure/entity-exposure.ts";
import { expandFlows } from "../core/flows/expand.ts";
import { entitiesOnLoops } from "../core/market/loop-exposure.ts";
import { circularityReport } from "../core/reports/circularity-report.ts";
import { fundingReport } from "../core/reports/funding-report.ts";
import { loopsReport } from "../core/reports/loops-report.ts";
import { datasetStats } from "../core/stats/summary.ts";
import { networkFromDataset } from "../core/stress/build-network.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadDataset } from "./load-dataset.ts";

const DIR = fileURLToPath(new URL("../testing/fixtures/lineage", import.meta.url));
const AS_OF = "2025-12-31";
const SUPERSEDED = [1000, 250, 500, 1010, 777];

let full: Dataset;
let clean: Dataset;

beforeAll(async () => {
  const loaded = await loadDataset(DIR);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  full = loaded.dataset;
  // The same fixture with what the current view supersedes removed by hand.
  clean = structuredClone(full);
  const gone = new Set(["chips-lab-loi", "cloud-buys-chips-report-a", "chips-lab-financing-talks"]);
  clean.deals = clean.deals
    .filter((d) => !gone.has(d.id))
    .map((d) => ({ ...d, links: (d.links ?? []).filter((l) => !gone.has(l.deal)) }));
  for (const flow of clean.deals.find((d) => d.id === "lab-buys-cloud")?.flows ?? []) {
    delete flow.announced?.alternatives;
    delete flow.committed?.alternatives;
  }
});

/** Every number in a result, the lists of excluded flows (which name what was left out) aside. */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) if (key !== "excluded") numbersIn(v, out);
  }
  return out;
}

const analyses: [string, (d: Dataset) => unknown][] = [
  ...(["announced", "committed", "paid"] as const).map(
    (basis) =>
      [`flows (${basis})`, (d: Dataset) => expandFlows(d, { basis, asOf: AS_OF })] as [
        string,
        (d: Dataset) => unknown,
      ],
  ),
  [
    "summary totals",
    (d) => {
      const s = datasetStats(d, { asOf: AS_OF });
      return [
        s.money,
        s.contingent,
        s.gigawatts,
        s.largestDeals.filter((x) => x.countedIn === undefined).map((x) => x.amounts),
      ];
    },
  ],
  ["loops", (d) => loopsReport(d, { basis: "announced", asOf: AS_OF, limit: 50 }).loops],
  ["circularity", (d) => circularityReport(d, { basis: "announced", asOf: AS_OF })],
  [
    "exposure of chips",
    (d) => {
      const e = entityExposure(d, "chips", { basis: "announced", asOf: AS_OF });
      return [e.customers, e.suppliers, e.revenueFromInvestees.amount];
    },
  ],
  [
    "exposure of lab",
    (d) => {
      const e = entityExposure(d, "lab", { basis: "announced", asOf: AS_OF });
      return [e.customers, e.suppliers];
    },
  ],
  ["stress network", (d) => networkFromDataset(d, { basis: "announced", asOf: AS_OF }).obligations],
  [
    "funding of lab",
    (d) =>
      fundingReport(d, { entity: "lab", basis: "announced", asOf: AS_OF, fromYear: 2025, toYear: 2026 })
        .years,
  ],
  ["market: entities on loops", (d) => [...entitiesOnLoops(d, AS_OF)].sort()],
];

describe("every analysis reads the current view", () => {
  for (const [name, run] of analyses) {
    it(`${name}: equals the result without the superseded records, and shows none of their amounts`, () => {
      const result = run(full);
      expect(JSON.parse(JSON.stringify(numbersIn(result)))).toEqual(numbersIn(run(clean)));
      for (const amount of SUPERSEDED) expect(numbersIn(result)).not.toContain(amount);
    });
  }

  it("the fixture's counted money is the hand-checked 300 + 400 + 90 + 510 + 60", () => {
    expect(expandFlows(full, { basis: "announced", asOf: AS_OF }).total.value).toBe(1360);
  });
});
