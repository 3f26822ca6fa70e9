/**
 * `loops` follows cash, equity, warrants and guarantees; `circularity` follows cash only (it measures
 * revenue). Each report carries the other's count so a reader can reconcile them (26 against 36 on the
 * bundled data): the counts below are recomputed independently, one search per flow kind set.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../model/dataset.ts";
import { circularityReport } from "./circularity-report.ts";
import { loopsReport } from "./loops-report.ts";

const AS_OF = "2026-06-30";

describe("what the loop counts count", () => {
  let dataset: Dataset;
  beforeAll(async () => {
    const loaded = await loadDataset(BUNDLED_DATA_DIR);
    if (!loaded.ok) throw new Error("bundled dataset invalid");
    dataset = loaded.dataset;
  }, 60_000);

  it("loops says which kinds it counted and how many of its loops run on cash alone", () => {
    const all = loopsReport(dataset, { basis: "announced", asOf: AS_OF, limit: 0 });
    const cash = loopsReport(dataset, { basis: "announced", asOf: AS_OF, limit: 0, kinds: ["cash"] });
    expect(all.counted.kinds).toEqual(["cash", "equity", "warrant", "guarantee"]);
    expect(all.counted.defaultKinds).toBe(true);
    expect(all.counted.cashOnly).toBe(cash.found);
    expect(all.counted.cashOnly).toBeLessThan(all.found);
    expect(cash.counted).toEqual({ kinds: ["cash"], defaultKinds: false, cashOnly: cash.found });
  });

  it("circularity counts cash loops and says how many the other kinds would add", () => {
    const report = circularityReport(dataset, { basis: "announced", asOf: AS_OF });
    const maxLength = report.loopSearch.maxLength;
    const all = loopsReport(dataset, { basis: "announced", asOf: AS_OF, limit: 0, maxLength });
    const cash = loopsReport(dataset, {
      basis: "announced",
      asOf: AS_OF,
      limit: 0,
      maxLength,
      kinds: ["cash"],
    });
    expect(report.loopSearch.cycles).toBe(cash.found);
    expect(report.allKindsLoops.found).toBe(all.found);
    expect(report.allKindsLoops.found).toBeGreaterThan(report.loopSearch.cycles);
  });

  // The announced headline (1.24× on the bundled data) stood alone, though part of it rests on letters
  // of intent; the binding figure now goes beside it, equal to a run on the committed basis.
  it("circularity on the announced basis carries the binding (committed) measure beside it", () => {
    const announced = circularityReport(dataset, { basis: "announced", asOf: AS_OF });
    const committed = circularityReport(dataset, { basis: "committed", asOf: AS_OF });
    expect(announced.binding).toEqual({
      multiplier: committed.multiplier,
      totalFlow: committed.totalFlow,
      outsideTotal: committed.outsideTotal,
      loops: committed.loopSearch.cycles,
    });
    expect(committed.binding).toBeNull();
    expect(announced.binding?.totalFlow).toBeLessThan(announced.totalFlow);
  });
});
