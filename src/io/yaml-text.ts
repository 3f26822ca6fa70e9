/**
 * YAML text → a plain value, the same way for the dataset, scenario files and the server's scenario
 * folder: syntax errors with line and column, an empty or blank file said to be empty, an alias bomb
 * ("billion laughs") stopped at a fixed alias budget, and non-finite numbers (`.inf`, `.nan`) or
 * `__proto__` keys reported with their path before any schema sees them.
 */
import { Document, LineCounter, parseDocument } from "yaml";
import type { Problem } from "../core/dataset/problem.ts";
import { plainValueProblems } from "./plain-value.ts";
import { positionOf } from "./yaml-position.ts";

/**
 * Aliases a file may expand (the yaml library's own default, stated so it is a decision): the bundled
 * dataset uses none, a hand-written file a few. Past it the library throws, which was a stack trace.
 */
export const MAX_ALIAS_COUNT = 100;

export type YamlText = {
  doc: Document;
  lineCounter: LineCounter;
  /**
   * The document as plain data, whenever it could be built (also when it holds non-finite numbers or
   * `__proto__` keys, so a loader can still learn its ids); use it only when `problems` is empty.
   */
  value: unknown;
  problems: Problem[];
};

export function parseYamlText(text: string, file: string): YamlText {
  try {
    return parseChecked(text, file);
  } catch (error) {
    // Thousands of nested levels ("- - - …") overflow the yaml library's recursive parser, or the
    // recursive checks after it: a coded problem, not a stack trace (found by fuzzing).
    if (!(error instanceof RangeError)) throw error;
    const problem: Problem = { code: "yaml-too-deep", file, path: [], params: {}, line: 1, column: 1 };
    return { doc: new Document(), lineCounter: new LineCounter(), value: undefined, problems: [problem] };
  }
}

function parseChecked(text: string, file: string): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (code: string, params: Record<string, unknown> = {}, pos = 0): Problem => {
    const { line, col } = lineCounter.linePos(pos);
    return { code, file, path: [], params, line, column: col };
  };
  const result = (problems: Problem[], value?: unknown): YamlText => ({ doc, lineCounter, value, problems });
  if (doc.errors.length > 0) {
    // The yaml library reports its own stack overflow as a syntax error; it is the nesting's depth.
    if (doc.errors.some((e) => /call stack/i.test(e.message))) return result([at("yaml-too-deep")]);
    return result(doc.errors.map((e) => at("yaml-syntax", { detail: e.message.split("\n")[0] }, e.pos[0])));
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library throws a ReferenceError when the alias budget is spent.
    if (/alias/i.test(String((error as Error).message))) {
      return result([at("yaml-alias-limit", { limit: MAX_ALIAS_COUNT })]);
    }
    return result([at("yaml-syntax", { detail: String((error as Error).message).split("\n")[0] })]);
  }
  if (value === null || value === undefined) return result([at("file-empty")]);
  const problems = plainValueProblems(value, file).map((p) => ({
    ...p,
    ...positionOf(doc, lineCounter, p.path),
  }));
  return result(problems, value);
}
