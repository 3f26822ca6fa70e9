/**
 * The model's errors as data. Core never words a fault for a user: it throws a `ModelError` with a
 * stable code, and each face (CLI, API, pages) phrases the code from the catalogue
 * (src/i18n/messages/problem-model.*.ts, mapped by src/i18n/model-problem.ts).
 *
 * Two kinds, and only two, reach a user:
 * - `ModelInputError`: the caller gave the model something it cannot use (a share above 100%, a
 *   horizon of 0, a parameter the data lacks). `path` says where, `values` hold the offending value and
 *   its limits, both plain data so they survive a worker thread or a JSON body.
 * - `ConvergenceError`: an iterative method (a contagion fixed point, PageRank, …) hit its iteration
 *   limit. One class for all of them, so catching it catches every one.
 *
 * Everything else thrown in core (`RangeError`, `Error`) is a violated invariant, i.e. a bug: the faces
 * show it as an internal error, never as the user's fault. `message` is English for developers only.
 */
import type { PathSegment } from "./dataset/problem.ts";

/**
 * The kinds of input fault, each phrased once per language in the catalogue. The path names the field,
 * so one code serves every field with the same rule ("out-of-range" for a share, a damping, an lgd).
 * - not-positive: must be > 0 (values: value)
 * - negative: must be ≥ 0 (value)
 * - out-of-range: must lie between min and max, inclusive unless said (value, min, max)
 * - not-whole-number: must be a whole number ≥ min (value, min)
 * - not-safe-integer: must be a whole number a double holds exactly (value)
 * - not-finite: must be a finite number (value)
 * - range-reversed: a range whose start comes after its end (start, end)
 * - unknown-option: options the method does not take (options, allowed)
 * - invalid-option: an option no search can honour (option, value, expected)
 * - unknown-node: a node id the network does not have (node)
 * - self-holding: a node holds a claim on itself (node, kind)
 * - over-held: others hold more than 100% of a node (node, share)
 * - missing-parameter: the dataset lacks a parameter a scenario needs (parameter)
 * - missing-volatility: a Black–Cox valuation needs a volatility the node lacks (node)
 * - invalid-date: not an ISO date (value)
 * - invalid-period: not a period such as 2026-Q1 or 2026 (value)
 * - invalid-amount: an amount that is negative, NaN or infinite (value)
 * - zero-total: amounts that add up to 0 (value)
 * - weights-over-total: weights that add up to more than 100% (total)
 * - shares-not-summing-to-one: shares that should add up to 100% and do not (total)
 * - invalid-shard: a shard index outside 0 … count − 1 (index, count)
 * - not-in-static-mode: an option only a time-respecting search can honour (value)
 * - invalid-band: a band that is not 0 ≤ low ≤ high < ∞ (low, high)
 */
export const MODEL_INPUT_CODES = [
  "not-positive",
  "negative",
  "out-of-range",
  "not-whole-number",
  "not-safe-integer",
  "not-finite",
  "range-reversed",
  "unknown-option",
  "invalid-option",
  "unknown-node",
  "self-holding",
  "over-held",
  "missing-parameter",
  "missing-volatility",
  "invalid-date",
  "invalid-period",
  "invalid-amount",
  "zero-total",
  "weights-over-total",
  "shares-not-summing-to-one",
  "invalid-shard",
  "not-in-static-mode",
  "invalid-band",
] as const;

export type ModelInputCode = (typeof MODEL_INPUT_CODES)[number];
export type ModelErrorCode = ModelInputCode | "no-convergence";

/** Plain data only (numbers, strings, booleans, arrays of them): it crosses threads and goes into JSON. */
export type ModelValue = string | number | boolean | null | readonly (string | number)[];
export type ModelValues = Readonly<Record<string, ModelValue>>;

/** A model error as plain data: what a worker thread posts back and what the faces phrase. */
export type ModelErrorData = {
  kind: "input" | "convergence";
  code: ModelErrorCode;
  path: PathSegment[];
  values: Record<string, ModelValue>;
};

/** A fault of the model's input or of its method, as opposed to a bug. Not thrown itself. */
export abstract class ModelError extends Error {
  abstract readonly code: ModelErrorCode;
  abstract readonly path: readonly PathSegment[];
  abstract readonly values: ModelValues;
  abstract toData(): ModelErrorData;
}

export class ModelInputError extends ModelError {
  override readonly name: string = "ModelInputError";
  readonly code: ModelInputCode;
  readonly path: readonly PathSegment[];
  readonly values: ModelValues;

  constructor(code: ModelInputCode, path: readonly PathSegment[], values: ModelValues, message?: string) {
    super(message ?? developerMessage(code, path, values));
    this.code = code;
    this.path = [...path];
    this.values = { ...values };
  }

  toData(): ModelErrorData {
    return { kind: "input", code: this.code, path: [...this.path], values: { ...this.values } };
  }
}

export type ConvergenceFacts = {
  /** The method that gave up, e.g. "furfine", "neva", "pagerank". */
  method: string;
  iterations: number;
  /** The last step's change, in the method's own measure (relative max or L1). */
  residual: number;
  tolerance: number;
};

/** An iterative method reached its iteration limit before its change fell within the tolerance. */
export class ConvergenceError extends ModelError {
  override readonly name = "ConvergenceError";
  readonly code = "no-convergence" as const;
  readonly converged = false;
  readonly method: string;
  readonly iterations: number;
  readonly residual: number;
  readonly tolerance: number;
  readonly path: readonly PathSegment[] = [];

  constructor({ method, iterations, residual, tolerance }: ConvergenceFacts) {
    super(
      `${method} did not converge in ${iterations} iterations (last change ${residual}, tolerance ${tolerance})`,
    );
    this.method = method;
    this.iterations = iterations;
    this.residual = residual;
    this.tolerance = tolerance;
  }

  /** The method's name, as the contagion models called it before the two classes were one. */
  get model(): string {
    return this.method;
  }

  get values(): ModelValues {
    const { method, iterations, residual, tolerance } = this;
    return { method, iterations, residual, tolerance };
  }

  toData(): ModelErrorData {
    return { kind: "convergence", code: this.code, path: [], values: { ...this.values } };
  }
}

export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError;
}

/** The error again, from the data a worker thread posted (the inverse of `toData`). */
export function modelErrorFromData(data: ModelErrorData): ModelError {
  if (data.kind === "convergence") {
    const v = data.values;
    return new ConvergenceError({
      method: String(v.method),
      iterations: Number(v.iterations),
      residual: Number(v.residual),
      tolerance: Number(v.tolerance),
    });
  }
  return new ModelInputError(data.code as ModelInputCode, data.path, data.values);
}

/** Whether a value posted across a thread is a ModelErrorData (workers post it under `modelError`). */
export function isModelErrorData(value: unknown): value is ModelErrorData {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<ModelErrorData>;
  const known = v.code === "no-convergence" || (MODEL_INPUT_CODES as readonly unknown[]).includes(v.code);
  return (v.kind === "input" || v.kind === "convergence") && known && Array.isArray(v.path);
}

function developerMessage(code: string, path: readonly PathSegment[], values: ModelValues): string {
  const where = path.length > 0 ? `${path.map(String).join(".")}: ` : "";
  const facts = Object.entries(values)
    .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(", ") : String(v)}`)
    .join(", ");
  return `${where}${code}${facts ? ` (${facts})` : ""}`;
}
