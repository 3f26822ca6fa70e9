/**
 * Options shared by the cycle searches, their validation, and the shape of a count. Impossible options
 * are errors that carry the offending option and value, never a silent empty result.
 */
import { type ModelInputCode, ModelInputError, type ModelValues } from "../errors.ts";

export type SimpleCycleOptions = {
  /** Longest cycle to report, in nodes (= edges); an integer ≥ 0. Omitted: no bound (Johnson). */
  maxLength?: number;
};

export type TemporalCycleOptions = {
  /** Largest span ts[last] − ts[first] allowed, inclusive, in the timestamps' unit; ≥ 0 (may be ∞). */
  window: number;
  /** Longest cycle to report, in edges; an integer ≥ 0. Omitted: no bound. */
  maxLength?: number;
};

export type CycleCounts = {
  total: number;
  /**
   * byLength[k] = number of cycles of k nodes (= k edges). The array runs to the longest cycle found
   * (empty when there is none), so read it as `byLength[k] ?? 0`.
   */
  byLength: number[];
};

/** A resumable search: next() advances to the next cycle, which then sits in path[0 … length-1]. */
export interface CycleCursor {
  next(): boolean;
  readonly path: Int32Array;
  readonly length: number;
}

/** A search with nothing to find (a bound below two, say). */
export const EMPTY_CURSOR: CycleCursor = { next: () => false, path: new Int32Array(0), length: 0 };

/** An option no search can honour (a negative or fractional maxLength, a NaN window …). */
export class InvalidCycleOptionError extends ModelInputError {
  override readonly name = "InvalidCycleOptionError";
  readonly option: "maxLength" | "window";
  readonly value: number;

  constructor(option: "maxLength" | "window", value: number, code: ModelInputCode, limits: ModelValues = {}) {
    super(code, [option], { value, ...limits });
    this.option = option;
    this.value = value;
  }
}

export function checkMaxLength(maxLength: number | undefined): void {
  if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength >= 0))
    throw new InvalidCycleOptionError("maxLength", maxLength, "not-whole-number", { min: 0 });
}

export function checkWindow(window: number): void {
  if (!(window >= 0)) throw new InvalidCycleOptionError("window", window, "negative");
}

/** Runs a cursor to the end, tallying lengths; allocates nothing per cycle. */
export function countCursor(cursor: CycleCursor): CycleCounts {
  const byLength: number[] = [];
  let total = 0;
  while (cursor.next()) {
    const k = cursor.length;
    while (byLength.length <= k) byLength.push(0);
    byLength[k] = (byLength[k] as number) + 1;
    total++;
  }
  return { total, byLength };
}

/**
 * Yields a copy of each cycle a cursor finds; the cursor is made on the first request, so creating the
 * generator costs nothing, and stopping it stops the search.
 */
export function* cursorCycles(make: () => CycleCursor): Generator<number[]> {
  const cursor = make();
  while (cursor.next()) yield Array.from(cursor.path.subarray(0, cursor.length));
}
