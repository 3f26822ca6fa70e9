import type { Dataset } from "@schema/dataset-file.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { circularityLines, circularityOf } from "./circularity.ts";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

describe("circularityOf", () => {
  it("ranks the tiny ring by own money back along its one loop, with the chains behind origins", () => {
    const data = circularityOf(tiny, "announced", "2026-01-01");
    if (!data.ok) throw new Error(data.reason);
    // chips → lab 100 → cloud 75 → chips 40: ρ = 1 · 0.75 · 40/75 = 0.4 for every entity on the ring.
    expect(data.report.nodes.map((n) => n.loops.share)).toEqual(
      [0.4, 0.4, 0.4].map((x) => expect.closeTo(x, 12)),
    );
    const cloud = data.report.nodes.find((n) => n.id === "cloud");
    expect(cloud?.loops.top[0]?.path).toEqual(["cloud", "chips", "lab"]);
    expect(cloud?.origins[0]?.paths[0]?.path).toEqual(["chips", "lab", "cloud"]);
    expect(data.report.loopSteps.map((s) => s.deals[0]?.deal).sort()).toEqual([
      "chips-invests-in-lab",
      "cloud-buys-chips",
      "lab-cloud-press-report",
    ]);
  });
});

describe("circularityLines", () => {
  it("puts the binding measure beside an announced headline, from the report's own values", () => {
    const announced = circularityOf(tiny, "announced", "2026-01-01");
    const committed = circularityOf(tiny, "committed", "2026-01-01");
    if (!announced.ok || !committed.ok) throw new Error("tiny does not trace");
    const { binding, cashOnly } = circularityLines(announced.report);
    expect(binding?.key).toBe("web.circularity.binding");
    expect(binding?.values.multiplier?.value).toBe(committed.report.multiplier);
    expect(binding?.values.inside?.value).toBe(committed.report.totalFlow);
    expect(binding?.values.outside?.value).toBe(committed.report.outsideTotal);
    expect(binding?.values.loops?.value).toBe(committed.report.loopSearch.cycles);
    expect(cashOnly.values.allKinds?.value).toBe(announced.report.allKindsLoops.found);
    expect(cashOnly.values.maxLength?.value).toBe(announced.report.loopSearch.maxLength);
  });
  it("has no binding line on the committed basis (the headline is binding already)", () => {
    const committed = circularityOf(tiny, "committed", "2026-01-01");
    if (!committed.ok) throw new Error(committed.reason);
    expect(circularityLines(committed.report).binding).toBeNull();
  });
});
