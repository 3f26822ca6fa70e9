/**
 * One digit system per output (docs/arabic-style.md), applied to a whole Arabic text output once it is
 * laid out: the formatter already writes its numbers in the run's digits, and this brings the numbers
 * the data itself holds (deal titles, notes, names with years, dates) into the same system.
 *
 * - `arab`: Western numbers become Arabic-Indic ("500" → "٥٠٠", "3.7" → "٣٫٧", "30%" → "٣٠٪"). Inside an
 *   isolated Latin fragment only a number standing alone is converted ("ledger.csv: 3"); one that is part
 *   of a name or a code keeps its spelling ("Form 10-K", "401(k)", "t1", a deal id, a URL, a time).
 * - `latn`: Arabic-Indic digits the data holds become Western ("٢٠٢٥" → "2025", "٣٫٧" → "3.7").
 */
import type { Digits } from "./format.ts";

const ISOLATE_PART = /([\u2066-\u2068][^\u2069]*\u2069)/;
// A Western number with its grouping and decimal points, and a percent sign right after it.
const WESTERN = /\d+(?:[.,]\d+)*%?/g;
// A number standing alone inside Latin text: not glued to a letter, a digit or the punctuation of a
// code, a path or a time (- / . : _ ( # @), and not followed by one.
const STANDALONE = /(?<![\w\-/.:#@(\\])\d+(?:[.,]\d+)*%?(?![\w\-/:(@\\]|\.\w)/g;

export function outputDigits(text: string, digits: Digits): string {
  if (digits === "latn") return toWestern(text);
  return text
    .split(ISOLATE_PART)
    .map((part) =>
      /^[\u2066-\u2068]/.test(part)
        ? part.replace(STANDALONE, toArabicIndic)
        : part.replace(WESTERN, toArabicIndic),
    )
    .join("");
}

function toArabicIndic(number: string): string {
  return number
    .replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))
    .replace(/\./g, "\u066b")
    .replace(/,/g, "\u066c")
    .replace(/%/g, "\u066a");
}

function toWestern(text: string): string {
  if (!/[\u0660-\u0669\u06f0-\u06f9]/.test(text)) return text;
  return text
    .replace(/([\u0660-\u0669\u06f0-\u06f9])\u066b(?=[\u0660-\u0669\u06f0-\u06f9])/g, "$1.")
    .replace(/([\u0660-\u0669\u06f0-\u06f9])\u066c(?=[\u0660-\u0669\u06f0-\u06f9])/g, "$1,")
    .replace(/([\u0660-\u0669\u06f0-\u06f9])\u066a/g, "$1%")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
