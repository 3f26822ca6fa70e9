/**
 * Checks a parsed document (JSON or YAML) for values no halqa schema can mean, before the schema
 * sees it: numbers that are not finite (JSON's 1e309 parses as Infinity, YAML's `.inf` and `.nan`)
 * and `__proto__` keys, which JSON.parse and the YAML reader keep as own keys but an object spread
 * or a schema may silently drop or turn into a prototype. Each becomes a problem with its path and
 * value, so the reader is told what is wrong instead of "required field is missing".
 *
 * Time O(size of the value); the walk is iterative, so deep nesting cannot overflow the stack.
 */
import type { PathSegment, Problem } from "../core/dataset/problem.ts";

export function plainValueProblems(value: unknown, file: string, limit = 100): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && problems.length < limit) {
    const { value: v, path } = stack.pop() as { value: unknown; path: PathSegment[] };
    if (typeof v === "number" && !Number.isFinite(v)) {
      problems.push({ code: "not-finite", file, path, params: { value: String(v) } });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
    } else if (typeof v === "object" && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (key === "__proto__") {
          problems.push({ code: "unknown-field", file, path: [...path, key], params: { keys: [key] } });
        } else stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return problems;
}
