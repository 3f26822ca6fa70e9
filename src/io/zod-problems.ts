/**
 * zod issues → halqa problems. Custom checks carry their halqa code in `params.code` (or as the
 * message, for built-in checks given an `error` string); zod's own issue kinds map to generic codes.
 */
import type { z } from "zod";
import type { PathSegment, Problem } from "../core/dataset/problem.ts";
import { hasMessage } from "../i18n/message.ts";

/**
 * A problem code the catalogue has a message for. Asked of the catalogue when an issue comes, not
 * read from it at load: the dashboard installs its words after its scripts have run, in one language
 * (web/src/i18n/load-language.ts); both trees have the same keys (parity.test.ts).
 */
const isKnownCode = (code: string) =>
  !code.includes(".") && (hasMessage("en", `problem.${code}`) || hasMessage("ar", `problem.${code}`));

type Issue = z.core.$ZodIssue;

export function problemsFromZod(issues: readonly Issue[], file: string): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, file));
}

function fromIssue(issue: Issue, file: string): Problem[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
  const at = (code: string, params: Record<string, unknown> = {}, where = path): Problem => ({
    code,
    file,
    path: where,
    params,
  });
  const params = (issue as { params?: Record<string, unknown> }).params;
  if (params && typeof params.code === "string") return [at(params.code, params)];
  if (isKnownCode(issue.message)) return [at(issue.message, { value: (issue as { input?: unknown }).input })];

  const input = (issue as { input?: unknown }).input;
  // Without reportInput zod leaves `input` out but names what it got: Infinity or NaN is a number
  // that is not finite, never a "missing" field.
  const received = (issue as { received?: unknown }).received;
  if (
    (typeof input === "number" && !Number.isFinite(input)) ||
    (input === undefined && (received === "Infinity" || received === "-Infinity" || received === "NaN"))
  ) {
    return [at("not-finite", { value: String(input ?? received) })];
  }
  if (
    issue.code === "invalid_type" &&
    input === undefined &&
    typeof received === "string" &&
    received !== "undefined"
  ) {
    return [at("invalid-type", { expected: issue.expected, received })];
  }
  // A field absent where a union (a number or a distribution) belongs is missing, not "found undefined".
  const absent = ["invalid_type", "invalid_value", "invalid_union"].includes(issue.code);
  if (absent && input === undefined && (issue.code !== "invalid_type" || received === undefined)) {
    const field = path[path.length - 1];
    return [at("required", { field: typeof field === "string" ? field : undefined })];
  }
  switch (issue.code) {
    case "invalid_type":
      return [at("invalid-type", { expected: issue.expected, received: describe(input) })];
    case "unrecognized_keys":
      // One problem per key, each pointing at the key itself.
      return issue.keys.map((key) => at("unknown-field", { keys: [key] }, [...path, key]));
    case "invalid_value":
      return [at("invalid-enum", { values: issue.values.map(String) })];
    case "too_small":
      return [at("too-small", { minimum: String(issue.minimum) })];
    case "too_big":
      return [at("too-big", { maximum: String(issue.maximum) })];
    case "invalid_format":
      return [at("invalid-format", { format: issue.format })];
    case "invalid_union":
      return [
        at("invalid-type", {
          expected: "one of several shapes",
          received: describe((issue as { input?: unknown }).input),
        }),
      ];
    default:
      return [at("invalid-value", {})];
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}
