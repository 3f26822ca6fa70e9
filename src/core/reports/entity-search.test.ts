import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSheetsFixture } from "../../testing/sheets-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { closestMatches, editDistance, findEntity, searchKey } from "./entity-search.ts";

let data: Dataset;
beforeAll(async () => {
  data = (await loadSheetsFixture()).dataset;
});

const ids = (search: ReturnType<typeof findEntity>) =>
  "matches" in search ? search.matches.map((m) => m.id) : [];

describe("findEntity", () => {
  it("finds by id, English name in any case, ticker, alias", () => {
    for (const query of ["beta", "Beta Cloud", "BETA CLOUD", "beta-cloud", "NYSE:BETA", "BETA", "bc"]) {
      expect(findEntity(data.entities, query), query).toEqual({ result: "found", id: "beta" });
    }
  });

  it("finds by Arabic name, with hamza and tāʾ marbūṭa variants folded", () => {
    expect(findEntity(data.entities, "مختبرات ألفا")).toEqual({ result: "found", id: "alpha" });
    expect(findEntity(data.entities, "مختبرات الفا")).toEqual({ result: "found", id: "alpha" });
    expect(findEntity(data.entities, "دلتا")).toEqual({ result: "found", id: "delta" });
    expect(searchKey("السحابة")).toBe(searchKey("السحابه"));
  });

  it("a unique part of a name finds it; a part shared by several is ambiguous", () => {
    expect(findEntity(data.entities, "capital")).toEqual({ result: "found", id: "delta" });
    const gam = findEntity(data.entities, "gam");
    expect(gam.result).toBe("ambiguous");
    expect(new Set(ids(gam))).toEqual(new Set(["gamma", "gamma-chips"]));
    expect(findEntity(data.entities, "جاما").result).toBe("ambiguous");
    // An exact name wins over a longer one that contains it.
    expect(findEntity(data.entities, "Gamma")).toEqual({ result: "found", id: "gamma" });
  });

  it("an unknown name lists the closest by edit distance, or nothing", () => {
    const typo = findEntity(data.entities, "Alpah Labs");
    expect(typo.result).toBe("unknown");
    expect(ids(typo)[0]).toBe("alpha");
    expect(findEntity(data.entities, "zzzqqq")).toEqual({ result: "unknown", query: "zzzqqq", matches: [] });
    expect(findEntity(data.entities, "  ").result).toBe("unknown");
  });

  it("closestMatches puts containing items first", () => {
    const deals = closestMatches(data.deals, (d) => [d.id], "loi");
    expect(deals.map((d) => d.id)).toEqual(["loi-ab"]);
  });
});

/** Edit distance by its recursive definition (exponential: tiny strings only). */
function slowDistance(a: string, b: string): number {
  if (a === "") return b.length;
  if (b === "") return a.length;
  const cost = a[0] === b[0] ? 0 : 1;
  return Math.min(
    slowDistance(a.slice(1), b) + 1,
    slowDistance(a, b.slice(1)) + 1,
    slowDistance(a.slice(1), b.slice(1)) + cost,
  );
}

describe("editDistance", () => {
  it("worked examples", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("oracle", "oracle")).toBe(0);
  });

  it("property: equals the recursive definition", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 6 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b)).toBe(slowDistance(a, b));
      }),
    );
  });
});
