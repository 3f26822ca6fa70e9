import { describe, expect, it } from "vitest";
import { editedExposures, editedWeights, weightsTotal } from "./market.ts";

const snapshot = [
  { index: "sp-500", entity: "apple", weight: 7.6, sources: ["s"], estimate: false },
  { index: "sp-500", entity: "nvidia", weight: 6.6, sources: ["s"], estimate: false },
];

describe("market edits", () => {
  it("replaces edited weights, adds new companies, keeps the rest", () => {
    const rows = editedWeights(snapshot, { nvidia: 10, tesla: 2 }, "sp-500");
    expect(rows.map((r) => [r.entity, r.weight])).toEqual([
      ["apple", 7.6],
      ["nvidia", 10],
      ["tesla", 2],
    ]);
    expect(weightsTotal(rows)).toBeCloseTo(19.6, 12);
    expect(editedWeights(snapshot, {}, "sp-500")).toEqual(snapshot);
  });

  it("lets typed exposures win over a file's, and gives none when there is neither", () => {
    expect(editedExposures(undefined, {})).toBeUndefined();
    expect(editedExposures([{ entity: "apple", exposure: 10 }], { apple: 20, meta: 5 })).toEqual([
      { entity: "apple", exposure: 20 },
      { entity: "meta", exposure: 5 },
    ]);
    expect(editedExposures([], {})).toEqual([]);
  });
});
