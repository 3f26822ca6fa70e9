/** The market report on the tiny dataset (whose flows put no company on a money loop), checked by hand. */
import { beforeAll, describe, expect, it } from "vitest";
import { hasMessage } from "../../i18n/message.ts";
import { loadTiny } from "../../testing/tiny.ts";
import { EXPOSURE_MEASURES } from "../market/loop-exposure.ts";
import type { Dataset } from "../model/dataset.ts";
import { layoutKeys } from "./layout-keys.ts";
import { fundTableRows, MARKET_LAYOUT, marketNotes, marketReport, type WeightRow } from "./market-report.ts";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

const weight = (entity: string, w: number, index = "sp-500", estimate = false): WeightRow => ({
  index,
  entity,
  weight: w,
  asOf: "2025-01-03",
  sources: ["press-a"],
  estimate,
});
// Percent of the index, as the CSV holds them; the other index's row is not the bundled index's.
const WEIGHTS = [weight("chips", 10, "sp-500", true), weight("cloud", 5), weight("lab", 50, "other")];

describe("marketReport", () => {
  it("sums weight × exposure over the index's holdings only, and counts the weight covered", () => {
    const r = marketReport(tiny, { asOf: "2026-06-30", measure: "membership", weights: WEIGHTS });
    expect(r.weights.map((w) => w.entity)).toEqual(["chips", "cloud"]);
    expect(r.fund.rows.map((x) => [x.entity, x.weight, x.exposure])).toEqual([
      ["chips", 0.1, 0],
      ["cloud", 0.05, 0],
    ]);
    expect(r.fund.share).toBe(0); // no holding is on a loop
    expect(r.fund.covered).toBeCloseTo(0.15, 12); // 10 % + 5 %; lab's row is another index's
    expect(r.concentration.rows).toEqual([]); // the tiny data publishes none of the figures
  });

  it("puts the user's exposures in place of the derived ones, and marks them", () => {
    const r = marketReport(tiny, {
      asOf: "2026-06-30",
      measure: "membership",
      weights: WEIGHTS,
      exposures: [{ entity: "chips", exposure: 40 }],
    });
    expect(r.fund.share).toBeCloseTo(0.1 * 0.4, 12); // chips at 40 %, cloud still 0
    expect(r.fund.measure).toBe("file");
    const rows = fundTableRows(r);
    const fund = MARKET_LAYOUT.tables.find((t) => t.id === "fund");
    expect(rows.map((row) => fund?.columns.map((c) => c.mark?.(row) ?? null))).toEqual([
      [null, "≈", "*", null, null],
      [null, null, null, null, null],
    ]);
    expect(rows.map((row) => fund?.columns.map((c) => c.value(row)))).toEqual([
      ["chips", 0.1, 0.4, 0.04000000000000001, "press-a"],
      ["cloud", 0.05, 0, 0, "press-a"],
    ]);
    const notes = marketNotes(r, "membership");
    expect(notes.map((n) => n.key)).toEqual([
      "report.market.fundLine",
      "report.market.measureNotes.membership",
      "report.market.loopBasis",
      "report.market.fromFileNote",
    ]);
    expect(notes[2]?.values.asOf?.value).toBe("2026-06-30");
    expect(notes[0]?.values.asOf?.value).toBe("2025-01-03");
  });

  it("has every message it uses in both languages", () => {
    const r = marketReport(tiny, { asOf: "2026-06-30", measure: "membership", weights: WEIGHTS });
    const keys = [
      ...layoutKeys(MARKET_LAYOUT, r),
      ...EXPOSURE_MEASURES.flatMap((m) => marketNotes(r, m).map((n) => n.key)),
      ...[...EXPOSURE_MEASURES, "file"].map((m) => `report.market.measures.${m}`),
      "report.market.fromFileNote",
      ...["concentration", "figure", "value", "period", "sources", "missing"].map(
        (k) => `report.market.${k}`,
      ),
    ];
    for (const key of keys)
      expect([key, hasMessage("en", key), hasMessage("ar", key)]).toEqual([key, true, true]);
  });
});
