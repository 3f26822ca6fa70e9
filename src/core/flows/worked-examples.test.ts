/** The flow engine on the tiny fixture, with every figure checkable by hand (see the fixture's comments). */
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../testing/tiny.ts";
import type { Dataset } from "../model/dataset.ts";
import { expandFlows } from "./expand.ts";

let data: Dataset;
beforeAll(async () => {
  data = await loadTiny();
});

const years = (r: ReturnType<typeof expandFlows>) =>
  r.byYear.map((y) => [y.year, Math.round(y.amount.value * 1e6) / 1e6]);

describe("flows on the tiny dataset", () => {
  it("committed: the upfront tranche spread by days over 2025–2026, the cloud contract by its 1:1:1 schedule", () => {
    const r = expandFlows(data, { basis: "committed", asOf: "2026-01-01" });
    // upfront 50 over 730 days: 365/730 in each year → 25 + 25; cloud 60 → 20 a year 2026–2028.
    expect(years(r)).toEqual([
      [2025, 25],
      [2026, 45],
      [2027, 20],
      [2028, 20],
    ]);
    expect(r.total.value).toBeCloseTo(110);
    // The LOI and the press report have no committed figure at all, so they are not rows to exclude.
    expect(r.excluded.map((e) => [e.deal, e.flow, e.reason])).toEqual([
      ["chips-invests-in-lab", "milestone", "conditional"],
    ]);
  });

  it("announced: the overlapping press report (60–90, read as 75) counts instead of the 60 contract", () => {
    const r = expandFlows(data, { basis: "announced", asOf: "2026-01-01" });
    expect(r.total.value).toBeCloseTo(100 + 75 + 40);
    expect(r.total.low).toBeCloseTo(100 + 60 + 40);
    expect(r.total.high).toBeCloseTo(100 + 90 + 40);
    expect(r.excluded).toEqual([
      expect.objectContaining({
        deal: "lab-buys-cloud",
        reason: "overlap",
        countedIn: "lab-cloud-press-report",
      }),
    ]);
    expect(r.rows.filter((row) => row.conditional).map((row) => row.flow)).toEqual([
      "milestone",
      "milestone",
    ]);
  });

  it("announced after termination: the chip LOI terminated on 2026-06-30 drops out", () => {
    const before = expandFlows(data, { basis: "announced", asOf: "2026-06-29" });
    const after = expandFlows(data, { basis: "announced", asOf: "2026-06-30" });
    expect(before.total.value - after.total.value).toBeCloseTo(40);
    expect(after.excluded.some((e) => e.deal === "cloud-buys-chips" && e.reason === "terminated")).toBe(true);
  });

  it("paid: 20 paid by 2025-12-31 falls in 2025, where the paid date caps the period", () => {
    const r = expandFlows(data, { basis: "paid", asOf: "2026-01-01" });
    expect(years(r)).toEqual([[2025, 20]]);
  });

  it("deals reported after the as-of date are left out", () => {
    const r = expandFlows(data, { basis: "announced", asOf: "2025-02-01" });
    expect(new Set(r.rows.map((row) => row.deal))).toEqual(new Set(["chips-invests-in-lab"]));
  });

  it("filters by entity (either side) and by unit", () => {
    const r = expandFlows(data, { basis: "announced", asOf: "2026-01-01", entity: "cloud" });
    expect(r.rows.every((row) => row.from === "cloud" || row.to === "cloud")).toBe(true);
    const gw = expandFlows(data, { basis: "announced", asOf: "2026-01-01", unit: "GW" });
    expect(gw.total.value).toBeCloseTo(2);
    expect(gw.rows[0]?.kind).toBe("compute");
  });

  it("leaves guarantees out by default and includes them when asked", () => {
    const guarantee = {
      ...data.deals[0],
      id: "g",
      flows: [
        {
          kind: "guarantee" as const,
          from: "chips",
          to: "lab",
          unit: "USD" as const,
          conditional: false,
          announced: { value: 7, sources: ["press-a"] },
        },
      ],
    } as Dataset["deals"][number];
    const deals = [...data.deals, guarantee];
    expect(
      expandFlows({ deals }, { basis: "announced", asOf: "2026-01-01" }).rows.some((r) => r.deal === "g"),
    ).toBe(false);
    const only = expandFlows({ deals }, { basis: "announced", asOf: "2026-01-01", kinds: ["guarantee"] });
    expect(only.total.value).toBeCloseTo(7);
  });
});
