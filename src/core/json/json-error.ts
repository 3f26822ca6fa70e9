/**
 * Where a JSON text breaks. `JSON.parse` says that a text is not JSON, but not every engine says
 * where (Node 20's V8 names the token and quotes the text, with no position), and a person fixing an
 * uploaded file needs a line and a column. This is a strict recursive-descent recognizer of the JSON
 * grammar (RFC 8259) that stops at the first character that cannot continue a JSON text; it builds no
 * values, so it is run only after JSON.parse has failed. The same walk finds the line of a value by
 * its path, for problems a schema finds in a text that parsed.
 *
 * Reference: T. Bray (ed.) (2017), "The JavaScript Object Notation (JSON) Data Interchange Format",
 * RFC 8259.
 * Complexity: O(length) time; the recursion is as deep as the text's nesting (capped: a text nested
 * deeper than MAX_DEPTH is reported at the point where the cap is passed).
 */

export type JsonErrorAt = {
  /** Character offset (UTF-16) of the first character that cannot continue a JSON text. */
  offset: number;
  /** 1-based line and column of that character. */
  line: number;
  column: number;
  /** What was found there: a character, or "end" when the text ends too early. */
  found: string;
};

import { formatPath, type PathSegment } from "../dataset/problem.ts";

export const MAX_DEPTH = 512;

class Stop {
  constructor(readonly offset: number) {}
}

/** The first error in `text`, or null when `text` is one JSON value (with white space around it). */
export function jsonErrorAt(text: string): JsonErrorAt | null {
  const stop = scan(text);
  return stop < 0 ? null : located(text, stop);
}

/**
 * The line on which each wanted value starts, for a valid JSON text: `wanted` holds paths as
 * formatPath writes them ("nodes[1].id"; "" for the whole document). A problem found by a schema
 * gets the line a person can jump to.
 */
export function jsonPathLines(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const lines = new Map<string, number>();
  if (wanted.size === 0) return lines;
  const starts: number[] = [];
  for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) starts.push(k);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  scan(text, (path, offset) => {
    const key = formatPath(path);
    if (wanted.has(key) && !lines.has(key)) lines.set(key, lineOf(offset));
  });
  return lines;
}

/** The offset of the first error, or -1; `visit` sees each value's path and start. */
function scan(text: string, visit?: (path: readonly PathSegment[], offset: number) => void): number {
  const path: PathSegment[] = [];
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) fail();
  };
  const digits = () => {
    const start = i;
    while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === start) fail();
  };
  const number = () => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else digits();
    if (text[i] === ".") {
      i++;
      digits();
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      digits();
    }
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail();
      if (c === 92) {
        i++;
        const e = text[i];
        if (e === "u") {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? "")) fail();
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail();
      }
      i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    space();
    visit?.(path, i);
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        const keyStart = i;
        string();
        space();
        if (text[i] !== ":") fail();
        i++;
        if (visit) path.push(JSON.parse(text.slice(keyStart, i - 1).trim()) as string);
        value(depth + 1);
        if (visit) path.pop();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail();
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        if (visit) path.push(k);
        value(depth + 1);
        if (visit) path.pop();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
    else fail();
  };
  try {
    value(0);
    space();
    if (i < text.length) fail();
    return -1;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return error.offset;
  }
}

function located(text: string, offset: number): JsonErrorAt {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  const found = offset < text.length ? (text[offset] as string) : "end";
  return { offset, line, column: offset - start + 1, found };
}
