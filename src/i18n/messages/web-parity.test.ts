/**
 * The pages' words (`web.*`): both trees hold the same keys, and every Arabic message is Arabic text
 * but for a few symbols and format names. Placeholders, argument kinds and Arabic's six plural forms
 * are checked for every namespace by parity.test.ts.
 */
import { describe, expect, it } from "vitest";
import { catalogueAr, catalogueEn } from "./index.ts";
import type { MessageTree } from "./tree.ts";

function entries(node: string | MessageTree, prefix: string): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => entries(v, `${prefix}.${k}`));
}

describe("the pages' messages (web.*)", () => {
  const english = new Map(entries(catalogueEn.web, "web"));
  const arabic = new Map(entries(catalogueAr.web, "web"));

  it("Arabic has exactly the English keys", () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
    // A floor against a catalogue emptied by a broken import (the pages now read most words from report.*).
    expect(english.size).toBeGreaterThan(300);
  });

  it("every Arabic message is Arabic text, except symbols and format names", () => {
    const symbols = new Set(["units.times", "units.arrow", "deal.noFigure", "deal.fromTo", "app.switchTo"]);
    const formats = /^(exports\.(png|svg|csv|json)|xlsx\.button)$/;
    for (const [key, text] of arabic) {
      const local = key.slice("web.".length);
      if (symbols.has(local) || formats.test(local)) continue;
      expect(/[\u0600-\u06FF]/.test(text), `${key}: ${text}`).toBe(true);
    }
  });
});
