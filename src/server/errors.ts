/**
 * The API's errors as data: a stable code, an HTTP status, the parameter at fault and the params its
 * message needs. Handlers throw `ApiError`; the one `onError` boundary in app.ts turns any error into
 * `{ error: { code, message, path?, details? } }`, worded in the request's language. Anything that is
 * not an ApiError is a bug or an analysis that could not finish: never a stack trace in the body.
 */
import type { z } from "zod";
import { CircularityError } from "../core/circularity/index.ts";
import { ConvergenceError, isModelError, type ModelError } from "../core/errors.ts";
import { type Language, problemMessage } from "../i18n/index.ts";
import { catalogueEn } from "../i18n/messages/index.ts";
import { faultPath, modelFaultMessage } from "../i18n/model-problem.ts";

/** `model`: the code is a core ModelError's, phrased from `problem.model.*` (i18n/model-problem.ts). */
export type ApiProblem = { code: string; path?: string; params: Record<string, unknown>; model?: true };

export class ApiError extends Error {
  readonly status: number;
  readonly problems: ApiProblem[];
  readonly headers: Record<string, string>;
  constructor(status: number, problems: ApiProblem[] | ApiProblem, headers: Record<string, string> = {}) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.code).join(", "));
    this.name = "ApiError";
    this.status = status;
    this.problems = list;
    this.headers = headers;
  }
}

export const badRequest = (code: string, path: string | undefined, params: Record<string, unknown> = {}) =>
  new ApiError(400, { code, ...(path !== undefined ? { path } : {}), params });

export type ErrorBody = {
  error: { code: string; message: string; path?: string; details?: Record<string, unknown> };
};

/** The message of one problem, prefixed by the parameter it is about ("limit: not a whole number…"). */
export function problemText(lang: Language, problem: ApiProblem): string {
  const text = problem.model
    ? modelFaultMessage(lang, { code: problem.code, path: [], values: problem.params })
    : problemMessage(lang, problem.code, problem.params);
  return problem.path ? `${problem.path}: ${text}` : text;
}

/** The JSON body of an error: the first problem in front, every problem in `details` when there are more. */
export function errorBody(error: ApiError, lang: Language): ErrorBody {
  const [first, ...rest] = error.problems as [ApiProblem, ...ApiProblem[]];
  const details: Record<string, unknown> = { ...first.params };
  if (rest.length > 0) {
    details.problems = error.problems.map((p) => ({
      code: p.code,
      ...(p.path ? { path: p.path } : {}),
      message: problemText(lang, p),
    }));
  }
  return {
    error: {
      code: first.code,
      message: problemText(lang, first),
      ...(first.path ? { path: first.path } : {}),
      ...(Object.keys(details).length > 0 ? { details } : {}),
    },
  };
}

/**
 * A core ModelError as the API answers it: 400 for input the model cannot use (its code, the path of
 * the field, its values as details), 422 for a method that did not converge. `prefix` is where the
 * model's input sits in the request.
 */
export function modelApiError(error: ModelError, prefix: readonly (string | number)[] = []): ApiError {
  const path = faultPath([...prefix, ...error.path]);
  if (error instanceof ConvergenceError) {
    // `model` kept beside `method`: the name this body has always given the method.
    const params = { model: error.method, ...error.values };
    return new ApiError(422, { code: error.code, params, model: true });
  }
  return new ApiError(400, {
    code: error.code,
    ...(path ? { path } : {}),
    params: { ...error.values },
    model: true,
  });
}

/**
 * Any thrown value as an ApiError: model errors by their code, analysis failures 422 with their data,
 * the rest (a RangeError of a violated invariant included) 500 internal-error.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isModelError(error)) return modelApiError(error);
  if (error instanceof CircularityError) {
    const { code, ...data } = error.problem;
    return new ApiError(422, { code: "analysis-failed", params: { reason: code, ...data } });
  }
  return new ApiError(500, { code: "internal-error", params: {} });
}

const KNOWN = new Set(Object.keys(catalogueEn.problem));

/**
 * zod's `int()` carries a bound of its own, ±(2^53 − 1), past which a double no longer holds every
 * whole number. A value past it also breaks the route's bound (top ≤ 1000, seed ≤ 4294967295), and that
 * is the bound the client can act on: the implicit one led the answer ("must be at most
 * 9007199254740991", or a bare "invalid value" for a query), naming a limit no document states. It is
 * dropped when another issue is at the same place.
 */
export function withoutSafeIntegerBound<I extends z.core.$ZodIssue>(issues: readonly I[]): I[] {
  const implicit = (issue: I) =>
    (issue.code === "too_big" && issue.maximum === Number.MAX_SAFE_INTEGER) ||
    (issue.code === "too_small" && issue.minimum === Number.MIN_SAFE_INTEGER);
  const place = (issue: I) => issue.path.map(String).join(".");
  return issues.filter(
    (issue) => !implicit(issue) || !issues.some((other) => other !== issue && place(other) === place(issue)),
  );
}

/**
 * zod issues of a query → problems, one per issue, each naming its parameter. `sent`: the query as
 * sent, so that a value is quoted as the client typed it, not as the number it was read as
 * ("9007199254740993" had been quoted as 9007199254740992, the double it rounds to).
 */
export function queryProblems(
  issues: readonly z.core.$ZodIssue[],
  allowed: readonly string[],
  sent: Readonly<Record<string, unknown>> = {},
): ApiProblem[] {
  return withoutSafeIntegerBound(issues).flatMap((issue): ApiProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((name) => ({
        code: "unknown-parameter",
        path: name,
        params: { name, allowed: [...allowed] },
      }));
    }
    const path = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
    const own = (issue as { params?: Record<string, unknown> }).params;
    if (own && typeof own.code === "string") {
      const { code, ...params } = own;
      return [{ code, ...(path ? { path } : {}), params }];
    }
    const input = (issue as { input?: unknown }).input;
    // A required parameter left out (`since` of /api/changes) is said to be missing, not "invalid".
    if (issue.code === "invalid_type" && input === undefined && path)
      return [{ code: "required", path, params: { field: path } }];
    const params: Record<string, unknown> = {};
    const typed = path !== undefined && Object.hasOwn(sent, path) ? sent[path] : undefined;
    if (typeof input === "number" && typeof typed === "string") params.value = typed;
    else if (typeof input === "string" || typeof input === "number") params.value = input;
    if (issue.code === "invalid_value") params.values = issue.values.map(String);
    if (issue.code === "too_small") params.minimum = issue.minimum;
    if (issue.code === "too_big") params.maximum = issue.maximum;
    const code = KNOWN.has(issue.message) ? issue.message : "invalid-value";
    return [{ code, ...(path ? { path } : {}), params }];
  });
}
