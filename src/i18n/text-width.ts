/**
 * How many terminal columns a line takes: Unicode isolates and other format characters take none, nor do
 * combining marks (the Arabic tanwin of "صفقةً"); East Asian wide characters take two. The terminal's
 * 100-column rule (docs/arabic-style.md) is measured with it, in the CLI and in the tests.
 */

// Format characters (isolates U+2066–2069, marks U+200E/F and U+061C, zero-width joiners) and combining marks.
const ZERO_WIDTH = /[\p{Cf}\p{Mn}\p{Me}]/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The display width of one line of text (no line breaks), in terminal columns. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (ZERO_WIDTH.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}

/** The widest line of a text, in terminal columns. */
export function widestLine(text: string): number {
  let max = 0;
  for (const line of text.split("\n")) max = Math.max(max, displayWidth(line));
  return max;
}
