/** Loop membership and revenue share on the bundled data. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../model/dataset.ts";
import { concentration } from "./concentration.ts";
import { entitiesOnLoops, loopExposure } from "./loop-exposure.ts";

let dataset: Dataset;
beforeAll(async () => {
  const r = await loadDataset(BUNDLED_DATA_DIR);
  if (!r.ok) throw new Error("bundled dataset invalid");
  dataset = r.dataset;
});

describe("loop exposure", () => {
  it("puts Nvidia, OpenAI and Microsoft on committed-basis loops and Apple off them", () => {
    const on = entitiesOnLoops(dataset, "2026-06-30");
    for (const id of ["nvidia", "openai", "microsoft"]) expect(on.has(id), id).toBe(true);
    expect(on.has("apple")).toBe(false);
  });

  it("membership is 0 or 1; revenue share is in [0, 1] or absent where there is no revenue", () => {
    const ids = ["nvidia", "apple", "microsoft"];
    for (const e of loopExposure(dataset, ids, { asOf: "2026-06-30", measure: "membership" })) {
      expect([0, 1]).toContain(e.exposure);
    }
    const shares = loopExposure(dataset, ids, { asOf: "2026-06-30", measure: "revenue-share" });
    expect(shares.find((e) => e.entity === "apple")?.exposure).toBeNull();
    const nvidia = shares.find((e) => e.entity === "nvidia");
    expect(nvidia?.exposure).not.toBeNull();
    expect(nvidia?.exposure).toBeGreaterThanOrEqual(0);
    expect(nvidia?.exposure).toBeLessThanOrEqual(1);
  });

  it("reads every concentration figure with its sources", () => {
    const { rows, missing } = concentration(dataset);
    expect(missing).toEqual([]);
    expect(rows.find((r) => r.id === "magnificent-seven-capex-growth-2024")?.value).toBe(40);
    expect(rows.find((r) => r.id === "sp500-rest-capex-growth-2024")?.value).toBe(3.5);
    for (const r of rows) expect(r.sources.length).toBeGreaterThan(0);
  });
});
