import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUNDLED_DATA_DIR } from "../src/io/paths.ts";
import { deal } from "../src/testing/power-fixture.ts";
import { coverage, englishTexts, readTranslations } from "./untranslated-texts.ts";

const DEALS_DIR = join(BUNDLED_DATA_DIR, "deals");
const ARABIC_DIR = join(BUNDLED_DATA_DIR, "arabic");

describe("englishTexts", () => {
  // A valid dataset file: the texts come from dataTexts, the one list of what an output shows.
  const d1 = deal("d1", [{ kind: "cash", from: "a", to: "b", unit: "USD", value: 1 }], {
    title: { en: "Deal", ar: "صفقة" },
    notes: "Deal notes",
    status: [{ status: "announced", date: "2025-01", note: "Status note" }],
    parties: [{ entity: "a", role: "buyer", note: "Party note" }],
    links: [{ type: "funds", deal: "d2", note: "Link note" }],
  });
  const flow = d1.flows[0] as (typeof d1.flows)[number];
  const file = {
    sources: [
      {
        id: "s",
        publisher: "An Outlet",
        title: "A title",
        date: "2025-01",
        url: "https://example.com/a",
        language: "en",
        kind: "press",
        reliability: "high",
        note: "A source note",
      },
    ],
    deals: [
      {
        ...d1,
        flows: [
          {
            ...flow,
            conditional: true,
            condition: "A condition",
            announced: {
              value: 1,
              sources: ["s"],
              quote: "اقتباس",
              note: "Figure note",
              alternatives: [{ value: 2, sources: ["s"], note: "Alt note" }],
            },
          },
        ],
      },
    ],
    entities: [{ id: "e1", name: { en: "E", ar: "إ" }, kind: "other", note: "Entity note" }],
  };

  it("finds every text an output shows, with its place, from dataTexts", () => {
    const texts = englishTexts("f.yaml", file);
    expect(texts.map((t) => t.text)).toEqual([
      "An Outlet",
      "Entity note",
      "Deal notes",
      "Status note",
      "Party note",
      "Link note",
      "A condition",
      "Figure note",
      "Alt note",
    ]);
    expect(texts.find((t) => t.text === "Figure note")).toMatchObject({
      collection: "deals",
      record: "d1",
      path: "flows.0.announced.note",
    });
    expect(texts.find((t) => t.text === "Alt note")?.path).toBe("flows.0.announced.alternatives.0.note");
  });

  it("leaves out titles, quotes and source notes, and keeps to the collections asked for", () => {
    const all = englishTexts("f.yaml", file).map((t) => t.text);
    for (const text of ["A title", "اقتباس", "A source note"]) expect(all).not.toContain(text);
    const texts = englishTexts("f.yaml", file, new Set(["entities"]));
    expect(texts.map((t) => t.text)).toEqual(["Entity note"]);
  });

  it("refuses a file the dataset schema refuses, naming it", () => {
    expect(() => englishTexts("bad.yaml", { deals: [{ id: "x" }] })).toThrow(/bad\.yaml/);
  });
});

describe("coverage", () => {
  const texts = englishTexts("f.yaml", {
    deals: [
      deal("d", [{ kind: "cash", from: "a", to: "b", unit: "USD", value: 1 }], {
        title: { en: "Deal", ar: "صفقة" },
        notes: "Signed",
        status: [{ status: "signed", date: "2025-01", note: "Closed" }],
      }),
    ],
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
