import { describe, expect, it } from "vitest";
import { formatCell } from "./format-cell.ts";
import { recordNames, withScenario } from "./record-names.ts";

// A dataset of two entities, one deal and one site: only the fields the namer reads.
const dataset = {
  entities: [
    { id: "openai", name: { en: "OpenAI", ar: "أوبن أيه آي" } },
    { id: "nvidia", name: { en: "Nvidia", ar: "إنفيديا" } },
  ],
  deals: [
    { id: "nvidia-openai-30b-equity-2026", title: { en: "Nvidia invests $30B", ar: "إنفيديا تستثمر" } },
  ],
  sources: [],
  sites: [{ id: "stargate-abilene", name: { en: "Stargate Abilene campus", ar: "حرم ستارغيت أبيلين" } }],
} as unknown as Parameters<typeof recordNames>[0];

describe("recordNames", () => {
  it("names the deal ids and 'financials <entity>' a hand-written note cites, and leaves other words", () => {
    const names = recordNames(dataset, "en");
    const note =
      "Nvidia put $30B into the round (deal nvidia-openai-30b-equity-2026); see financials openai 2024.";
    expect(formatCell("en", "text", note, names)).toBe(
      "Nvidia put $30B into the round (deal Nvidia invests $30B); see financials OpenAI 2024.",
    );
    // Unknown hyphenated words, URLs and paths stay as written.
    const other = "a non-binding letter, https://x.com/nvidia-openai-30b-equity-2026 and docs/a-b.md";
    expect(formatCell("en", "text", other, names)).toBe(other);
    expect(formatCell("ar", "text", "(deal nvidia-openai-30b-equity-2026)", recordNames(dataset, "ar"))).toBe(
      "(deal إنفيديا تستثمر)",
    );
  });

  it("shows a data text and an outlet in Arabic from the translation memory, and in English as written", () => {
    const note = "Nvidia put $30B into the round (deal nvidia-openai-30b-equity-2026).";
    const translated = {
      ...dataset,
      sources: [{ id: "reuters-1", publisher: "Reuters", date: "2025-08-21" }],
      translations: [
        { en: note, ar: "ضخّت إنفيديا 30 مليار دولار في الجولة (nvidia-openai-30b-equity-2026)." },
        { en: "Reuters", ar: "رويترز" },
      ],
    } as unknown as Parameters<typeof recordNames>[0];
    const ar = recordNames(translated, "ar");
    // The Arabic keeps the deal's id, so the namer names it in the Arabic text too.
    expect(formatCell("ar", "text", note, ar)).toBe("ضخّت إنفيديا 30 مليار دولار في الجولة (إنفيديا تستثمر).");
    expect(formatCell("ar", "source", "reuters-1", ar)).toBe("رويترز 2025-08-21");
    expect(formatCell("ar", "text", "Reuters", ar)).toBe("رويترز");
    // A text the memory does not hold reads as written (the coverage test lists it).
    expect(formatCell("ar", "text", "an untranslated note", ar)).toBe("an untranslated note");
    const en = recordNames(translated, "en");
    expect(formatCell("en", "text", note, en)).toBe(
      "Nvidia put $30B into the round (deal Nvidia invests $30B).",
    );
    expect(formatCell("en", "source", "reuters-1", en)).toBe("Reuters 2025-08-21");
  });

  it("names a site by its name and leaves a region, which is no record, as written", () => {
    const names = recordNames(dataset, "ar");
    expect(formatCell("ar", "record", "sites:stargate-abilene", names)).toBe("حرم ستارغيت أبيلين");
    expect(formatCell("ar", "record", "sites:Texas", names)).toBe("Texas");
  });

  it("names the scenario a face read by its title in the language", () => {
    const scenario = {
      id: "openai-revenue-half",
      title: { en: "OpenAI's revenue halves", ar: "تراجع الإيرادات" },
    };
    const names = withScenario(recordNames(dataset, "ar"), scenario, "ar");
    expect(formatCell("ar", "record", "scenarios:openai-revenue-half", names)).toBe("تراجع الإيرادات");
    expect(formatCell("ar", "record", "scenarios:other", names)).toBe("other");
    expect(formatCell("ar", "record", "sites:stargate-abilene", names)).toBe("حرم ستارغيت أبيلين");
  });
});
