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

/** A value on the walk, with the way back to the root: paths are built only for a problem. */
type Step = { value: unknown; key: PathSegment | null; parent: Step | null };

function pathOf(step: Step): PathSegment[] {
  const path: PathSegment[] = [];
  for (let s: Step | null = step; s && s.key !== null; s = s.parent) path.push(s.key);
  return path.reverse();
}

export function plainValueProblems(value: unknown, file: string, limit = 100): Problem[] {
  const problems: Problem[] = [];
  const stack: Step[] = [{ value, key: null, parent: null }];
  while (stack.length > 0 && problems.length < limit) {
    const step = stack.pop() as Step;
    const v = step.value;
    if (typeof v === "number" && !Number.isFinite(v)) {
      problems.push({ code: "not-finite", file, path: pathOf(step), params: { value: String(v) } });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: step });
    } else if (typeof v === "object" && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child: Step = { value: (v as Record<string, unknown>)[key], key, parent: step };
        if (key === "__proto__") {
          problems.push({ code: "unknown-field", file, path: pathOf(child), params: { keys: [key] } });
        } else stack.push(child);
      }
    }
  }
  return problems;
}
