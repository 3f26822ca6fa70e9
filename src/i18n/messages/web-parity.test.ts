/**
 * The pages' words (`web.*`) in both languages: the same keys, the same ICU arguments, every message
 * valid ICU, and Arabic text in the Arabic tree. (The catalogue-wide parity test covers every namespace
 * the same way; this one also guards the pages' exceptions: symbols and format names.)
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { catalogueAr, catalogueEn } from "./index.ts";
import type { MessageTree } from "./tree.ts";

function entries(node: string | MessageTree, prefix: string): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => entries(v, `${prefix}.${k}`));
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> };

/** The argument names of a message, plural and select arguments and their branches included. */
function argumentsOf(text: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 0 literal, 7 the plural's "#"; every other element names an argument.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === "string")
        names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as Element[]);
  return [...names].sort();
}

describe("the pages' messages (web.*)", () => {
  const english = new Map(entries(catalogueEn.web, "web"));
  const arabic = new Map(entries(catalogueAr.web, "web"));

  it("Arabic has exactly the English keys", () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(500);
  });

  it("every message parses and takes the same arguments in both languages", () => {
    for (const [key, text] of english) {
      expect(argumentsOf(arabic.get(key) ?? "", "ar"), key).toEqual(argumentsOf(text, "en"));
    }
  });

  it("every Arabic message is Arabic text, except symbols and format names", () => {
    const symbols = new Set(["units.times", "units.arrow", "deal.noFigure", "deal.fromTo", "app.switchTo"]);
    const formats = /^exports\.(png|svg|csv|json)$/;
    for (const [key, text] of arabic) {
      const local = key.slice("web.".length);
      if (symbols.has(local) || formats.test(local)) continue;
      expect(/[\u0600-\u06FF]/.test(text), `${key}: ${text}`).toBe(true);
    }
  });

  it("Arabic counts take all six plural forms", () => {
    for (const [key, text] of arabic) {
      if (!/, plural,/.test(text)) continue;
      for (const form of ["zero", "one", "two", "few", "many", "other"]) {
        expect(text, `${key} lacks ${form}`).toMatch(new RegExp(`\\b${form} \\{`));
      }
    }
  });
});
