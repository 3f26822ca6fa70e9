import { statusAsOf } from "@core/dataset/status.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { monthOf, monthRange } from "../data/model.ts";
import { DEAL_STATUSES, DEAL_TYPES } from "./enums.ts";
import { filterDeals, todayIso } from "./filter.ts";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

const ids = (d: Dataset) => d.deals.map((x) => x.id);

describe("filterDeals", () => {
  it("keeps the dataset itself when nothing is filtered out", () => {
    const all = { asOf: "2026-01-01", types: null, statuses: null, from: null, to: null };
    expect(filterDeals(tiny, all)).toBe(tiny);
  });

  it("worked examples on the tiny dataset", () => {
    const base = { asOf: "2026-01-01", types: null, statuses: null, from: null, to: null };
    expect(ids(filterDeals(tiny, { ...base, types: ["chip-supply"] }))).toEqual(["cloud-buys-chips"]);
    // "2025-03" (a month) is in March; "2025-04" starts the window.
    expect(ids(filterDeals(tiny, { ...base, from: "2025-04" }))).toEqual([
      "lab-cloud-press-report",
      "cloud-buys-chips",
    ]);
    expect(ids(filterDeals(tiny, { ...base, from: "2025-03", to: "2025-03" }))).toEqual(["lab-buys-cloud"]);
    expect(ids(filterDeals(tiny, { ...base, types: [] }))).toEqual([]);
    // Not yet reported deals have no status, so any status filter drops them.
    expect(ids(filterDeals(tiny, { ...base, asOf: "2025-02-01", statuses: [...DEAL_STATUSES] }))).toEqual([
      "chips-invests-in-lab",
    ]);
  });

  it("agrees with a month-by-month reading of every deal", () => {
    const month = fc.constantFrom(...monthRange("2024-10", "2025-08"));
    const filter = fc.record({
      asOf: fc.constantFrom("2025-02-01", "2025-06-30", "2026-01-01", "2026-07-01"),
      types: fc.option(fc.subarray([...DEAL_TYPES]), { nil: null }),
      statuses: fc.option(fc.subarray([...DEAL_STATUSES]), { nil: null }),
      from: fc.option(month, { nil: null }),
      to: fc.option(month, { nil: null }),
    });
    fc.assert(
      fc.property(filter, (f) => {
        const want = tiny.deals.filter((d) => {
          const status = statusAsOf(d, f.asOf);
          return (
            (f.types === null || f.types.includes(d.type)) &&
            (f.statuses === null || (status !== undefined && f.statuses.includes(status))) &&
            (f.from === null || monthOf(d.announced) >= f.from) &&
            (f.to === null || monthOf(d.announced) <= f.to)
          );
        });
        expect(ids(filterDeals(tiny, f))).toEqual(want.map((d) => d.id));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("months and today", () => {
  it("reads months of any precision and lists the months between two", () => {
    expect([monthOf("2025"), monthOf("2025-09"), monthOf("2025-09-22")]).toEqual([
      "2025-01",
      "2025-09",
      "2025-09",
    ]);
    expect(monthRange("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthRange("2025-02", "2025-01")).toEqual([]);
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
