/**
 * Prose for the terminal: a long line that is not part of a table (a note, a quote, a footnote, a help
 * paragraph) wrapped at 100 display columns at word boundaries. Applied once to everything a command
 * writes as text (main.ts), so no command wraps its own prose. A continuation line hangs under the
 * first line's text (its indentation and list marker); a word longer than the line (a URL, a path) is
 * never broken; an isolate (U+2066–2068 … U+2069) cut by a line end is closed on that line and reopened
 * on the next, so each line's bidi stays balanced.
 */
import { displayWidth } from "../i18n/text-width.ts";

export const TEXT_WIDTH = 100;

// Box drawing marks a table row, a table border or a heading's rule: those keep their layout.
const TABLE_LINE = /[\u2500-\u257f]/;
// Leading spaces, then an optional list marker ("-", "•", "·", "*", "1.", "2)", "#3") and its spaces.
const HANG = /^(\s*)((?:[-•·*]|\d+[.)]|#\d+)\s+)?/;

/** Every line of `text` longer than `width` columns and outside a table, wrapped at spaces. */
export function wrapProse(text: string, width = TEXT_WIDTH): string {
  return text
    .split("\n")
    .map((line) => (TABLE_LINE.test(line) || displayWidth(line) <= width ? line : wrapLine(line, width)))
    .join("\n");
}

function wrapLine(line: string, width: number): string {
  const hang = HANG.exec(line)?.[0] ?? "";
  const indent = " ".repeat(displayWidth(hang));
  const words = keepNumbersWithUnits(line.slice(hang.length).split(" "));
  const lines: string[] = [];
  let current = hang;
  let empty = true;
  for (const word of words) {
    if (!empty && displayWidth(current) + 1 + displayWidth(word) > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = empty ? current + word : `${current} ${word}`;
      empty = false;
    }
  }
  lines.push(current);
  return balanceIsolates(lines).join("\n");
}

// A number, alone: "38", "3.7", "٣٫٧", "(116", "30%".
const NUMBER = /^[([]?[-+]?[\d\u0660-\u0669][\d\u0660-\u0669.,\u066b\u066c]*[%\u066a]?$/;

/** A number and the word after it (its unit or scale: "38 مليار", "116 يومًا") wrap as one word. */
function keepNumbersWithUnits(words: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (NUMBER.test(word) && next !== undefined && next !== "") {
      kept.push(`${word} ${next}`);
      i += 1;
    } else kept.push(word);
  }
  return kept;
}

/** An isolate left open at a line's end is closed there and reopened at the next line's text. */
function balanceIsolates(lines: string[]): string[] {
  let open = "";
  return lines.map((line) => {
    const hang = open ? (/^\s*/.exec(line)?.[0] ?? "") : "";
    let text = open ? `${hang}${open}${line.slice(hang.length)}` : line;
    open = "";
    for (const char of text) {
      if (char >= "\u2066" && char <= "\u2068") open = char;
      else if (char === "\u2069") open = "";
    }
    if (open) text += "\u2069";
    return text;
  });
}
