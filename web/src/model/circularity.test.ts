import type { Dataset } from "@schema/dataset-file.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { circularityOf } from "./circularity.ts";

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
