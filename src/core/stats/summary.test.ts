/**
 * Summary totals read unknown as unknown: a paid layer no source reports (a guarantee called,
 * capacity delivered) is null, never $0 or 0 GW.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import { loadTiny } from "../../testing/tiny.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { datasetStats } from "./summary.ts";

const AS_OF = "2026-11-21";

/** Chips guarantees 30 of Lab's debt; `called` adds a reported draw of 10. */
function guarantee(called: boolean): Deal {
  return {
    id: "chips-guarantees-lab",
    title: { en: "Chips guarantees Lab", ar: "شركة الرقائق تضمن المختبر" },
    type: "guarantee",
    announced: "2025-06",
    status: [{ status: "signed", date: "2025-06" }],
    parties: [
      { entity: "chips", role: "guarantor" },
      { entity: "lab", role: "borrower" },
    ],
    flows: [
      {
        kind: "guarantee",
        from: "chips",
        to: "lab",
        unit: "USD",
        announced: { value: 30, sources: ["press-a"] },
        committed: { value: 30, sources: ["press-a"] },
        ...(called ? { paid: { value: 10, asOf: "2026-06-30", sources: ["filing-b"] } } : {}),
      },
    ],
    sources: ["press-a"],
  } as Deal;
}

describe("summary totals: unknown is not zero", () => {
  let tiny: Dataset;
  beforeAll(async () => {
    tiny = await loadTiny();
  });

  it("gives no paid guarantee total when no source reports a draw, and the reported draw when one does", () => {
    const silent = datasetStats({ ...tiny, deals: [...tiny.deals, guarantee(false)] }, { asOf: AS_OF });
    expect(silent.contingent.committed.value).toBe(30);
    expect(silent.contingent.paid).toBeNull();
    const called = datasetStats({ ...tiny, deals: [...tiny.deals, guarantee(true)] }, { asOf: AS_OF });
    expect(called.contingent.paid?.value).toBe(10);
  });

  it("has no paid capacity figure, while announced GW is counted (tiny: 2 GW)", () => {
    const stats = datasetStats(tiny, { asOf: AS_OF });
    expect(stats.gigawatts.announced.value).toBeCloseTo(2);
    expect(stats.gigawatts.paid).toBeNull();
  });

  it("on the bundled data: no guarantee draw and no delivered GW reported, money paid is", async () => {
    const r = await loadDataset(BUNDLED_DATA_DIR);
    if (!r.ok) throw new Error("bundled dataset invalid");
    const stats = datasetStats(r.dataset, { asOf: AS_OF });
    expect(stats.contingent.paid).toBeNull();
    expect(stats.gigawatts.paid).toBeNull();
    expect(stats.contingent.committed.value).toBeGreaterThan(0);
    expect(stats.money.paid.value).toBeGreaterThan(0);
  });
});
