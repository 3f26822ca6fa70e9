/**
 * Every command in Arabic on the bundled data, read for the faults docs/arabic-style.md forbids:
 * Latin units or dollar signs outside Unicode isolates, "ترليون", two digit systems in one output,
 * bidi marks before numbers, a Latin comma between Arabic words. Plural agreement of counts is tested
 * on the formatter itself (src/i18n/format.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { NounKey } from "../i18n/count.ts";
import { countNoun } from "../i18n/count.ts";
import { captureIo } from "../testing/capture-io.ts";
import { main } from "./main.ts";

const COMMANDS: string[][] = [
  ["summary"],
  ["flows"],
  ["loops"],
  ["circularity"],
  ["exposure", "nvidia"],
  ["ratios"],
  ["company", "oracle"],
  ["deal", "nvidia-openai-10gw-loi"],
  ["changes", "--since", "2026-01-01"],
  ["reconcile"],
  ["power"],
  ["funding", "openai"],
  ["economics"],
  ["tracker"],
  ["market"],
  ["stress", "scenarios/openai-revenue-half.yaml"],
];

/** Names the audit leaves alone when they appear in Latin outside isolates (products, units of law). */
const ALLOWED_LATIN = [/\b401\(k\)/g];

const ISOLATED = /[\u2066-\u2068][^\u2069]*\u2069/g;
const LEAKED_UNIT = /^[-\d.,\s]*(US\$|\$[-\d.,]*[KMBT]?|\/?(GW|MW|GWh|MWh|TWh))[\d.,\s]*$/;

function arabicFaults(text: string, digits: "latn" | "arab" = "latn"): string[] {
  const faults: string[] = [];
  let open = text.replace(ISOLATED, "");
  for (const allowed of ALLOWED_LATIN) open = open.replace(allowed, "");
  const find = (name: string, pattern: RegExp) => {
    for (const match of open.matchAll(pattern)) {
      const at = match.index ?? 0;
      faults.push(`${name}: …${open.slice(Math.max(0, at - 20), at + 20).replace(/\n/g, " ")}…`);
    }
  };
  find("misspelt تريليون", /ترليون/g);
  find("dollar sign", /US\$|\$/g);
  find("Latin unit", /\b(GW|MW|GWh|MWh|TWh)\b/g);
  find("bidi mark", /[\u200e\u200f\u061c]/g);
  find("Latin comma in an Arabic list", /[\u0621-\u064a], [\u0621-\u064a]/g);
  if (digits === "latn")
    find("Arabic-Indic digit under --digits latn", /[\u0660-\u0669\u06f0-\u06f9]+|[0-9][\u066b\u066c][0-9]/g);
  else find("Western digit under --digits arab", /[0-9]+/g);
  // An isolate holding nothing but a number's currency or unit is the formatter leaking Latin, not a
  // name or an English title: "⁦US$⁩", "⁦$5B⁩", "⁦GW⁩", "⁦/GW⁩".
  for (const [isolated] of text.matchAll(ISOLATED)) {
    if (LEAKED_UNIT.test(isolated.slice(1, -1))) faults.push(`Latin unit in an isolate: ${isolated}`);
  }
  return faults;
}

describe("the auditor", () => {
  it("finds each fault it names and passes press-style Arabic", () => {
    expect(arabicFaults("3.7 تريليون دولار · 51.8 جيجاوات · 98 صفقةً، 5 مصادر")).toEqual([]);
    expect(arabicFaults("\u200f٣ ترليون US$")).toHaveLength(4);
    expect(arabicFaults("51.8 GW")).toHaveLength(1);
    expect(arabicFaults("أوبن, إنفيديا")).toHaveLength(1);
    expect(arabicFaults("\u2066Form 10-K, US$\u2069 سهم")).toEqual([]);
    expect(arabicFaults("١٢٣", "arab")).toEqual([]);
    expect(arabicFaults("١٢٣ و 45", "arab")).toHaveLength(1);
    expect(arabicFaults("25 مليار دولار\u2066/GW\u2069")).toHaveLength(1);
  });
});

describe("every command in Arabic reads like the Arabic financial press", () => {
  it.each(COMMANDS)("%s", async (...argv) => {
    const io = captureIo();
    const code = await main([...argv, "--lang", "ar", "--as-of", "2026-11-21"], io);
    expect(io.err()).toBe("");
    expect(code).toBe(0);
    expect(arabicFaults(io.out())).toEqual([]);
  });
});

describe("counted nouns in the commands", () => {
  it("summary counts each kind of record with its noun in agreement (checked against --json's counts)", async () => {
    const json = captureIo();
    await main(["summary", "--json", "--as-of", "2026-11-21"], json);
    const counts = JSON.parse(json.out()).counts as Record<string, number>;
    const io = captureIo();
    await main(["summary", "--lang", "ar", "--as-of", "2026-11-21"], io);
    const line = io.out().split("\n")[4] as string;
    const nouns: Record<string, NounKey> = {
      sources: "source",
      entities: "entity",
      deals: "deal",
      sites: "site",
    };
    for (const [key, noun] of Object.entries(nouns)) {
      expect(line).toContain(countNoun("ar", counts[key] as number, noun));
    }
    // Measured on the bundled data on 2026-12-06: "199 مصدرًا · 92 جهةً · 106 صفقات · … · 17 موقعًا"; the
    // forms themselves are checked against a hand-written rule in src/i18n/format.test.ts.
  });

  it("loops --count --by-length writes the dual for two steps", async () => {
    const io = captureIo();
    expect(await main(["loops", "--count", "--by-length", "--lang", "ar", "--as-of", "2026-11-21"], io)).toBe(
      0,
    );
    expect(io.out()).toMatch(/^خطوتان: \d+$/m);
    expect(io.out()).not.toMatch(/^2 خطوات/m);
  });
});

describe("--digits arab", () => {
  it("writes every number the formatter prints in Arabic-Indic digits (the counts and the totals)", async () => {
    const io = captureIo();
    expect(await main(["summary", "--lang", "ar", "--digits", "arab", "--as-of", "2026-11-21"], io)).toBe(0);
    // The deal titles below quote their articles, with the articles' Western digits: data, not numbers.
    const formatted = io.out().split("أكبر الصفقات")[0] as string;
    expect(formatted).toContain("٢١ نوفمبر ٢٠٢٦");
    expect(arabicFaults(formatted, "arab")).toEqual([]);
  });

  it("is refused with exit 2 when it names no digit system", async () => {
    const io = captureIo();
    expect(await main(["summary", "--lang", "ar", "--digits", "hindi"], io)).toBe(2);
    expect(io.err()).toContain("--digits must be one of latn, arab");
  });
});
