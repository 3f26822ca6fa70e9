import { describe, expect, it } from "vitest";
import { foldMissingCollections, MIN_REFERENCES } from "./missing-collection.ts";
import type { Problem } from "./problem.ts";

const ref = (code: string, id: string): Problem => ({
  code,
  file: "deals/a.yaml",
  path: ["deals", 0],
  params: { id },
});
/** `n` references to entities cycling over `ids` distinct ids. */
const refs = (n: number, ids: number) =>
  Array.from({ length: n }, (_, i) => ref("unknown-entity", `e${i % ids}`));

describe("foldMissingCollections", () => {
  it("folds references to a collection whose missing ids outnumber its defined ones, first", () => {
    const problems = [...refs(MIN_REFERENCES, 4), ref("unknown-source", "s")];
    // 4 distinct missing entities against 3 defined: folded; 1 missing source against 3: kept.
    expect(foldMissingCollections(problems, { entities: 3, sources: 3 })).toEqual([
      {
        code: "collection-missing",
        file: "",
        path: [],
        params: {
          collection: "entities",
          references: MIN_REFERENCES,
          ids: 4,
          defined: 3,
          examples: ["e0", "e1", "e2", "e3"],
        },
      },
      ref("unknown-source", "s"),
    ]);
  });
  it("keeps each dangling reference when the collection is mostly there (a typo is a typo)", () => {
    const problems = refs(MIN_REFERENCES, 4);
    expect(foldMissingCollections(problems, { entities: 4 })).toEqual(problems);
  });
  it("keeps a few dangling references even when nothing is defined: they are read faster than a guess", () => {
    const problems = refs(MIN_REFERENCES - 1, 5);
    expect(foldMissingCollections(problems, {})).toEqual(problems);
  });
});
