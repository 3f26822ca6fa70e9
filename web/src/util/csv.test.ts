import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows } from "../../../src/testing/csv-rows.ts";
import { csvField, toCsv } from "./csv.ts";

describe("CSV", () => {
  it("quotes only what needs quoting", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField(null)).toBe("");
    expect(csvField(1.5e9)).toBe("1500000000");
    expect(toCsv(["a", "b"], [["إنفيديا", 1]])).toBe("\uFEFFa,b\r\nإنفيديا,1\r\n");
  });

  it("reads back as the same cells, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        (rows) => {
          const text = toCsv(["x", "y"], rows).slice(1);
          expect(csvRows(text)).toEqual([["x", "y"], ...rows]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
