import { describe, expect, it } from "vitest";
import { displayWidth } from "../i18n/text-width.ts";
import { wrapProse } from "./prose.ts";

const words = (n: number, word = "word") => Array.from({ length: n }, () => word).join(" ");

describe("wrapProse", () => {
  it("leaves short lines and table lines as they are", () => {
    expect(wrapProse("short line")).toBe("short line");
    const row = `│ ${"x".repeat(150)} │`;
    expect(wrapProse(row)).toBe(row);
  });

  it("wraps a long line at word boundaries within 100 display columns, losing no word", () => {
    const line = words(40);
    const wrapped = wrapProse(line).split("\n");
    expect(wrapped.length).toBeGreaterThan(1);
    for (const l of wrapped) expect(displayWidth(l)).toBeLessThanOrEqual(100);
    expect(wrapped.join(" ")).toBe(line);
  });

  it("hangs continuation lines under the first line's text (indentation and list marker)", () => {
    const wrapped = wrapProse(`    · ${words(40)}`).split("\n");
    expect(wrapped[0]?.startsWith("    · word")).toBe(true);
    for (const l of wrapped.slice(1)) expect(l.startsWith("      word")).toBe(true);
    const numbered = wrapProse(`12. ${words(40)}`).split("\n");
    for (const l of numbered.slice(1)) expect(l.startsWith("    word")).toBe(true);
  });

  it("keeps a number on the line of its unit", () => {
    const line = `${words(19, "كلمة")} — 38 مليار دولار ${words(10, "كلمة")}`;
    for (const l of wrapProse(line).split("\n")) expect(l.endsWith(" 38")).toBe(false);
    expect(wrapProse(line)).toContain("38 مليار");
  });

  it("never breaks a URL: a word longer than the line keeps its own line", () => {
    const url = `https://example.com/${"a".repeat(120)}`;
    const wrapped = wrapProse(`see ${url} for the filing`).split("\n");
    expect(wrapped).toContain(url);
  });

  it("measures Arabic with isolates and tanwin as taking no width", () => {
    const arabic = `${words(30, "صفقةً")} \u2066OpenAI\u2069`;
    expect(wrapProse(`${arabic.slice(0, 60)}`)).toBe(arabic.slice(0, 60));
    for (const l of wrapProse(words(30, "مصدرًا")).split("\n"))
      expect(displayWidth(l)).toBeLessThanOrEqual(100);
  });

  it("closes an isolate cut by a line end and reopens it on the next line", () => {
    const wrapped = wrapProse(
      `${words(15, "كلمة")} \u2066${words(10, "English")}\u2069 ${words(5, "كلمة")}`,
    ).split("\n");
    expect(wrapped.length).toBe(2);
    for (const l of wrapped) {
      expect(l.split("\u2066").length).toBe(l.split("\u2069").length);
    }
  });
});
