/** The Arabic catalogue has exactly the English keys, the same placeholders, and Arabic words. */
import { describe, expect, it } from "vitest";
import { fill } from "../format.ts";
import { ar } from "./ar.ts";
import { en } from "./en.ts";

function entries(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    entries(v, prefix ? `${prefix}.${k}` : k),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("dashboard catalogues", () => {
  const english = new Map(entries(en));
  const arabic = new Map(entries(ar));

  it("Arabic has exactly the English keys", () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("every message has the same placeholders in both languages", () => {
    for (const [key, text] of english) {
      expect(placeholders(arabic.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("every Arabic message is Arabic text, except symbols and format names", () => {
    const symbols = new Set(["units.times", "units.arrow", "deal.noFigure", "deal.fromTo", "app.switchTo"]);
    const formats = /^exports\.(png|svg|csv|json)$/;
    for (const [key, text] of arabic) {
      if (symbols.has(key) || formats.test(key)) continue;
      expect(/[\u0600-\u06FF]/.test(text), `${key}: ${text}`).toBe(true);
    }
  });

  it("fill replaces known placeholders and keeps unknown ones", () => {
    expect(fill(en.flows.total, { year: 2026, amount: "$1B" })).toBe("Total in 2026: $1B");
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
