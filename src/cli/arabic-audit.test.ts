/**
 * Every command in Arabic on the bundled data, read for the faults docs/arabic-style.md forbids:
 * Latin units or dollar signs outside Unicode isolates, "ترليون", two digit systems in one output,
 * bidi marks before numbers, a Latin comma between Arabic words. Plural agreement of counts is tested
 * on the formatter itself (src/i18n/format.test.ts).
 */
import { describe, expect, it } from "vitest";
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

const ISOLATED = /\u2066[^\u2069]*\u2069/g;

export function arabicFaults(text: string, digits: "latn" | "arab" = "latn"): string[] {
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
  if (digits === "latn") find("Arabic-Indic digit under --digits latn", /[\u0660-\u0669\u06f0-\u06f9]/g);
  return faults;
}

describe("the auditor", () => {
  it("finds each fault it names and passes press-style Arabic", () => {
    expect(arabicFaults("3.7 تريليون دولار · 51.8 جيجاوات · 98 صفقةً، 5 مصادر")).toEqual([]);
    expect(arabicFaults("‏٣٫٧ ترليون US$")).toHaveLength(4);
    expect(arabicFaults("51.8 GW")).toHaveLength(1);
    expect(arabicFaults("أوبن, إنفيديا")).toHaveLength(1);
    expect(arabicFaults("\u2066Form 10-K, US$\u2069 سهم")).toEqual([]);
    expect(arabicFaults("١٢٣", "arab")).toEqual([]);
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
