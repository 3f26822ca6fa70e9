/**
 * Mixed-direction text in Arabic output: Latin fragments (tickers, file names, English source titles,
 * "401(k)") wrapped in Unicode isolates, LRI (U+2066) … PDI (U+2069), so the terminal's bidi algorithm
 * cannot move them or the numbers around them (docs/arabic-style.md).
 */
import type { Lang as Language } from "./lang.ts";

export const LRI = "\u2066";
export const PDI = "\u2069";

/** A left-to-right fragment (a ticker, a file name, an English title) isolated inside Arabic text. */
export function isolate(lang: Language, text: string): string {
  return lang === "ar" && text !== "" ? `${LRI}${text}${PDI}` : text;
}

// A Latin fragment (an option's alternatives "--basis announced|committed" included): it starts at a
// Latin letter, a dollar sign or an option's dashes (with a number glued before it, "10 GW", "401(k)",
// "000_64a5.txt", "10-Q"), and runs over Latin words, digits, spaces and ASCII punctuation
// until Arabic text, a line end or a table border.
// A word after a space continues the fragment when it holds a Latin letter ("Form 10-K"), or when it is
// a bare number or date right after a Latin word ("S&P 500", "Reuters 2026-02-27") or before one
// ("Oracle (ORCL) 2026 Q1 report"), or a lone "/" or
// "&" or "|" between Latin words ("Fortune / CNBC", "--basis announced | paid"); a number after punctuation is the Arabic
// sentence's own ("(FY2025): 130.5 مليار دولار", "ledger.csv: 3 صفوف") and stays outside, by its unit.
const LATIN_RUN =
  /["“‘]?(?:\.{0,2}\/|~\/)?(?:(?<![\w.,-])[0-9]+(?:[.,_][0-9]+)*[ (-]?)?(?:[A-Za-z$]|--)[\w$&@#%'"“”‘’.,:;!?()[\]{}<>/\\+*=~^|→–—-]*(?:[ \t]+(?:[\w$&@#%'"“”‘’.,:;!?()[\]{}<>/\\+*=~^|→–—-]*[A-Za-z$][\w$&@#%'"“”‘’.,:;!?()[\]{}<>/\\+*=~^|→–—-]*|[/&+|→–—-](?=[ \t]+[A-Za-z$0-9])|(?<=[A-Za-z0-9],?[ \t]+)[0-9]+(?:[-.,][0-9]+)*%?["”’')\]]*,?(?![\w$&@#])|[0-9]+(?:[-.,][0-9]+)*%?(?=[ \t]+[A-Za-z$])))*/g;
// A path keeps its leading "/", "./", "../" or "~/" inside the isolate (/tmp/ledger.csv).
// Any isolate already in the text (LRI, RLI or FSI … PDI) is kept whole.
export const EXISTING_ISOLATE = /([\u2066-\u2068][^\u2069]*\u2069)/;

/**
 * Arabic terminal text with every Latin fragment (a ticker, a file name, an English source title,
 * "US$ 401(k)") wrapped in an isolate, so the terminal's bidi algorithm cannot reorder the numbers
 * and words around it. Applied once to a whole Arabic output (after table layout, so the zero-width
 * isolates do not move the columns); fragments already isolated are left as they are.
 */
export function isolateLatin(text: string): string {
  return text
    .split(EXISTING_ISOLATE)
    .map((part) => (/^[\u2066-\u2068]/.test(part) ? part : part.replace(LATIN_RUN, wrapRun)))
    .join("");
}

function wrapRun(run: string): string {
  // Closing punctuation the Arabic sentence owns stays outside: a trailing "." or ",", or a ")" or "]"
  // that closes a bracket opened before the fragment.
  let end = run.length;
  const balance = (s: string, open: string, close: string) => s.split(open).length - s.split(close).length;
  while (end > 0) {
    const last = run[end - 1] as string;
    const body = run.slice(0, end);
    const unopened =
      (last === ")" && balance(body, "(", ")") < 0) || (last === "]" && balance(body, "[", "]") < 0);
    if (/[\s.,;:!?([]/.test(last) || unopened) end -= 1;
    else break;
  }
  if (end === 0) return run;
  return `${LRI}${run.slice(0, end)}${PDI}${run.slice(end)}`;
}

// An isolate (kept whole), or a Latin comma between two items of an Arabic line: after an Arabic letter,
// a digit, a closing quote or bracket or an isolate's end, and before an Arabic letter, a digit, a quote
// or an isolate's start.
const ISOLATE_OR_LIST_COMMA =
  /([\u2066-\u2068][^\u2069]*\u2069)|(?<=[\u0621-\u064a\u0660-\u06690-9"”)\]\u2069]), (?=[\u0621-\u064a\u0660-\u06690-9"“(\u2066])/g;

/**
 * Arabic terminal text with the Arabic comma between list items whatever code built the list
 * ("[4، 5]", "⁦Reuters⁩، 2026-02-27"), applied once to a whole output after isolateLatin; commas
 * inside an isolate (an English title) and in numbers ("1,250") are left alone.
 */
export function arabicCommas(text: string): string {
  return text.replace(ISOLATE_OR_LIST_COMMA, (_match, isolated?: string) => isolated ?? "، ");
}
