/**
 * canvasMeasure keeps each width it measured and sets the canvas's font only when it changes; the
 * widths are the canvas's own (rounded up, a pixel to spare), whatever was measured before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canvasMeasure } from "./measure-text.ts";

const calls = { measured: [] as string[], fonts: [] as string[] };
const fakeContext = {
  _font: "",
  get font() {
    return this._font;
  },
  set font(value: string) {
    calls.fonts.push(value);
    this._font = value;
  },
  // 7.3 px a character, 9.1 in bold: distinct and fractional, so the rounding shows.
  measureText(text: string) {
    calls.measured.push(`${this._font}|${text}`);
    return { width: text.length * (this._font.startsWith("700") ? 9.1 : 7.3) };
  },
};

const globals = globalThis as { document?: unknown };
beforeAll(() => {
  globals.document = { createElement: () => ({ getContext: () => fakeContext }) };
});
afterAll(() => {
  delete globals.document;
});

describe("canvasMeasure", () => {
  it("measures each text once per font and sets the font only on a change", () => {
    const measure = canvasMeasure("test-sans");
    const first = [measure("OpenAI", 12, false), measure("OpenAI", 12, false), measure("Nvidia", 12, false)];
    expect(first).toEqual([Math.ceil(6 * 7.3) + 1, Math.ceil(6 * 7.3) + 1, Math.ceil(6 * 7.3) + 1]);
    expect(measure("OpenAI", 12, true)).toBe(Math.ceil(6 * 9.1) + 1);
    expect(measure("OpenAI", 12, false)).toBe(Math.ceil(6 * 7.3) + 1);
    expect(measure("OpenAI", 11, false)).toBe(Math.ceil(6 * 7.3) + 1);
    expect(calls.measured).toEqual([
      "12px test-sans|OpenAI",
      "12px test-sans|Nvidia",
      "700 12px test-sans|OpenAI",
      "11px test-sans|OpenAI",
    ]);
    expect(calls.fonts).toEqual(["12px test-sans", "700 12px test-sans", "11px test-sans"]);
  });
});
