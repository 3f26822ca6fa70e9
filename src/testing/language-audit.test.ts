import { describe, expect, it } from "vitest";
import { englishWords, idLabels, type Vocabulary } from "./language-audit.ts";

const title = "Oracle plans $50B of bond and equity raises, and its valuation climbs";
const vocab: Vocabulary = {
  ids: new Set(["bond", "equity", "valuation"]),
  latinNames: [title, "Oracle"],
  words: { en: new Set(), ar: new Set() },
};
/** A two-column table whose second cell wraps the English title over three lines. */
const table = [
  "│ المصدر │ \u2066Oracle plans $50B of bond\u2069 │",
  "│        │ \u2066and equity raises, and its\u2069 │",
  "│        │ \u2066valuation\u2069                  │",
].join("\n");

describe("the auditor on a name a table cell wrapped", () => {
  it("reads every line of a wrapped title as the title: no English word, no id", () => {
    expect(englishWords(table, vocab)).toEqual([]);
    expect(idLabels(table, "ar", vocab)).toEqual([]);
  });

  it("still reads a word a cell holds alone when it is no piece of a name", () => {
    const alone = ["│ المصدر │ \u2066revenue plan\u2069 │", "│        │ \u2066valuation\u2069    │"].join(
      "\n",
    );
    expect(englishWords(alone, vocab)).toHaveLength(3);
    expect(idLabels(alone, "ar", vocab)).toEqual([expect.stringContaining('id "valuation"')]);
  });
});
