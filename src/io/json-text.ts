/**
 * JSON text → a plain value, the same way for files and request bodies: a byte-order mark dropped, a
 * syntax error at its line and column (not "position 177"), and values no schema can mean (non-finite
 * numbers such as 1e309, `__proto__` keys) refused with their path.
 */
import type { Problem } from "../core/dataset/problem.ts";
import { formatPath, type PathSegment } from "../core/dataset/problem.ts";
import { jsonErrorAt, jsonPathLines } from "../core/json/json-error.ts";
import { plainValueProblems } from "./plain-value.ts";

export type JsonText = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export function parseJsonText(raw: string, file: string): JsonText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // An empty file is said to be empty, as a YAML file is (it was "invalid JSON" with no place).
  if (text.trim() === "")
    return { ok: false, problems: [{ code: "file-empty", file, path: [], params: {} }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const at = jsonErrorAt(text);
    const params = at ? { line: at.line, column: at.column, found: at.found } : {};
    const where = at ? { line: at.line, column: at.column } : {};
    return { ok: false, problems: [{ code: "invalid-json", file, path: [], params, ...where }] };
  }
  const problems = locateJsonProblems(text, plainValueProblems(value, file));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/**
 * Gives each problem found in a parsed JSON text the line of its value, or of the nearest enclosing
 * value the text has (a missing field points at the object that lacks it).
 */
export function locateJsonProblems<P extends { path: PathSegment[]; line?: number }>(
  raw: string,
  problems: readonly P[],
): P[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const prefixes = (path: readonly PathSegment[]) => [
    ...path.map((_, k) => formatPath(path.slice(0, path.length - k))),
    "",
  ];
  const lines = jsonPathLines(text, new Set(problems.flatMap((p) => prefixes(p.path))));
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const line = prefixes(p.path)
      .map((k) => lines.get(k))
      .find((l) => l !== undefined);
    return line === undefined ? p : { ...p, line };
  });
}
