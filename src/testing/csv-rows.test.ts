import { describe, expect, it } from "vitest";
import { toCsv } from "../../web/src/util/csv.ts";
import { csvRows } from "./csv-rows.ts";

describe("csvRows", () => {
  it("reads back what the dashboard's CSV writer writes: commas, quotes, an empty row", () => {
    const rows = [
      ["Valor, Magnetar et al.", "lab", 3],
      [],
      ['Source: "x", as of November 21, 2026'],
      ["Made with halqa, open"],
    ];
    expect(csvRows(toCsv(["a", "b", "c"], rows))).toEqual([
      ["a", "b", "c"],
      ["Valor, Magnetar et al.", "lab", "3"],
      [""],
      ['Source: "x", as of November 21, 2026'],
      ["Made with halqa, open"],
    ]);
  });
});
