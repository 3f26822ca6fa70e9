import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { coverage, englishTexts, readTranslations } from "./untranslated-texts.ts";

const DEALS_DIR = join(BUNDLED_DATA_DIR, "deals");
const ARABIC_DIR = join(BUNDLED_DATA_DIR, "arabic");

describe("englishTexts", () => {
  const file = {
    sources: [{ id: "s1", title: "A title", note: "A source note" }],
    deals: [
      {
        id: "d1",
        title: { en: "Deal", ar: "صفقة" },
        notes: "Deal notes",
        status: [{ status: "announced", note: "Status note" }],
        parties: [{ entity: "a", note: "Party note" }],
        links: [{ deal: "d2", note: "Link note" }],
        flows: [
          {
            condition: "A condition",
            announced: {
              value: 1,
              quote: "اقتباس",
              note: "Figure note",
              alternatives: [{ note: "Alt note" }],
            },
          },
        ],
      },
    ],
    entities: [{ id: "e1", note: "Entity note" }],
  };

  it("finds every note, condition and label of every record, with its place", () => {
    const texts = englishTexts("f.yaml", file);
    expect(texts.map((t) => t.text)).toEqual([
      "Deal notes",
      "Status note",
      "Party note",
      "Link note",
      "A condition",
      "Figure note",
      "Alt note",
      "Entity note",
    ]);
    expect(texts[5]).toMatchObject({ collection: "deals", record: "d1", path: "flows.0.announced.note" });
  });

  it("leaves out sources, titles and quotes, and keeps to the collections asked for", () => {
    const texts = englishTexts("f.yaml", file, new Set(["entities"]));
    expect(texts.map((t) => t.text)).toEqual(["Entity note"]);
  });
});

describe("coverage", () => {
  const texts = englishTexts("f.yaml", {
    deals: [{ id: "d", notes: "Signed", status: [{ note: "Closed" }] }],
  });

  it("lists the texts without an Arabic, faulty Arabic and conflicting entries", () => {
    const result = coverage(texts, [
      { en: "Signed", ar: "وُقّعت بقيمة $5B", file: "a.yaml" },
      { en: "Signed", ar: "وُقّعت", file: "b.yaml" },
    ]);
    expect(result.missing.map((t) => t.text)).toEqual(["Closed"]);
    expect(result.faults).toHaveLength(1);
    expect(result.conflicts).toHaveLength(1);
  });

  it("is clean when every text has one Arabic in the house style", () => {
    const result = coverage(texts, [
      { en: "Signed", ar: "وُقّعت بقيمة 5 مليارات دولار", file: "a.yaml" },
      { en: "Closed", ar: "أُنجزت", file: "a.yaml" },
    ]);
    expect(result).toEqual({ missing: [], faults: [], conflicts: [] });
  });
});

// The bundled deals: a note edited or added without its Arabic shows here, named with its place.
describe("the bundled deals files", () => {
  it("have an Arabic for every text, in the house style, one per English text", () => {
    const files = readdirSync(DEALS_DIR).filter((f) => f.endsWith(".yaml"));
    const texts = files.flatMap((f) => {
      const path = join(DEALS_DIR, f);
      return englishTexts(path, parse(readFileSync(path, "utf8")));
    });
    expect(texts.length).toBeGreaterThan(400);
    const result = coverage(texts, readTranslations(ARABIC_DIR));
    expect(result.missing.map((t) => `${t.file} ${t.record} ${t.path}`)).toEqual([]);
    expect(result.faults).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });
});
