import { describe, expect, it } from "vitest";
import { coverage, englishTexts } from "./untranslated-figures.ts";

const file = {
  sources: [{ id: "s", title: "A source title", note: "A source note" }],
  financials: [
    {
      entity: "openai",
      metric: "other",
      label: "guidance",
      quote: "Kept in the source's language",
      note: "About $5B net loss.",
      alternatives: [{ value: 1, note: "Not preferred." }],
    },
  ],
  indicators: [{ id: "x-1", name: { en: "A name", ar: "اسم" }, unit: "USD", figure: { note: "Inner." } }],
};

describe("englishTexts", () => {
  it("finds prose at any depth and leaves sources, quotes, names, ids and units out", () => {
    expect(englishTexts(file)).toEqual([
      { path: "financials[0].label", text: "guidance" },
      { path: "financials[0].note", text: "About $5B net loss." },
      { path: "financials[0].alternatives[0].note", text: "Not preferred." },
      { path: "indicators[0].figure.note", text: "Inner." },
    ]);
  });
});

describe("coverage", () => {
  const texts = englishTexts(file);

  it("lists the texts without Arabic", () => {
    const result = coverage(texts, [
      { en: "guidance", ar: "توجيهات الشركة" },
      { en: "Inner.", ar: "داخلي." },
    ]);
    expect(result.missing.map((t) => t.text)).toEqual(["About $5B net loss.", "Not preferred."]);
    expect(result.conflicting).toEqual([]);
    expect(result.faulty).toEqual([]);
  });

  it("flags one English given two Arabic texts, and Arabic the audit rejects", () => {
    const result = coverage(texts, [
      { en: "guidance", ar: "توجيهات" },
      { en: "guidance", ar: "توجيهات الشركة" },
      { en: "About $5B net loss.", ar: "خسارة صافية بنحو $5 مليارات" },
    ]);
    expect(result.conflicting).toEqual(["guidance"]);
    expect(result.faulty.map((f) => f.en)).toEqual(["About $5B net loss."]);
  });
});
