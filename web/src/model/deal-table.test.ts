import { expandFlows } from "@core/flows/expand.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { type Model, makeModel } from "../data/model.ts";
import { SORT_KEYS } from "../state/view.ts";
import { dealRows, searchRows, sortRows } from "./deal-table.ts";

let tiny: Dataset;
let model: Model;
beforeAll(async () => {
  tiny = await loadTiny();
  model = makeModel(tiny);
});

describe("the data table", () => {
  it("sizes each deal by its own cash, as the API's /api/deals does", () => {
    const rows = dealRows(model, "announced", "2026-01-01");
    for (const row of rows) {
      const own = expandFlows({ deals: [row.deal] }, { basis: "announced", asOf: "2026-01-01" });
      expect(row.amount).toBe(own.rows.length === 0 ? null : own.total.value);
    }
    expect(Object.fromEntries(rows.map((r) => [r.deal.id, r.amount]))).toMatchObject({
      "chips-invests-in-lab": 100,
      "lab-buys-cloud": 60,
      "cloud-buys-chips": 40,
    });
  });

  it("finds deals by id, either title, or a party's name in either language", () => {
    const rows = dealRows(model, "announced", "2026-01-01");
    const found = (q: string) => searchRows(model, rows, q).map((r) => r.deal.id);
    expect(found("")).toHaveLength(tiny.deals.length);
    expect(found("CHIPS INC")).toEqual(["chips-invests-in-lab", "cloud-buys-chips"]);
    expect(found("شركة الرقائق")).toEqual(["chips-invests-in-lab", "cloud-buys-chips"]);
    expect(found("press-report")).toEqual(["lab-cloud-press-report"]);
    expect(found("nothing like this")).toEqual([]);
  });

  it("sorts by any column either way, ties by id, deals without money last when largest first", () => {
    const rows = dealRows(model, "announced", "2026-01-01");
    const sorted = sortRows([...rows], "amount", true, (r) => r.deal.title.en);
    expect(sorted.map((r) => r.amount)).toEqual(
      [...rows.map((r) => r.amount)].sort((a, b) => (b ?? -1) - (a ?? -1)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SORT_KEYS),
        fc.boolean(),
        fc.shuffledSubarray(rows),
        (key, desc, subset) => {
          const once = sortRows([...subset], key, desc, (r) => r.deal.title.en);
          const again = sortRows([...once].reverse(), key, desc, (r) => r.deal.title.en);
          expect(again.map((r) => r.deal.id)).toEqual(once.map((r) => r.deal.id));
        },
      ),
      { numRuns: 500 },
    );
  });
});
