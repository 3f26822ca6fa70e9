/**
 * Checking a ledger scan's options once, at the entry, so the search never meets an impossible one.
 * A bad option is an error that carries the option and the value (words come later, per language).
 */
import { type ModelInputCode, ModelInputError, type ModelValues } from "../errors.ts";
import type { ScanOptions } from "./types.ts";

export type ScanOptionName = "mode" | "windowMs" | "maxHops" | "minAmount" | "retention";

/** A ModelInputError whose path is the option; `value` keeps the option's value as given. */
export class InvalidScanOptionError extends ModelInputError {
  override readonly name = "InvalidScanOptionError";
  readonly option: ScanOptionName;
  readonly value: unknown;

  constructor(option: ScanOptionName, value: unknown, code: ModelInputCode, limits: ModelValues = {}) {
    const shown = typeof value === "number" ? value : (JSON.stringify(value) ?? String(value));
    super(code, [option], { value: shown, ...limits });
    this.option = option;
    this.value = value;
  }
}

/** Throws InvalidScanOptionError for the first option no search can honour. */
export function checkScanOptions(options: ScanOptions): void {
  const { mode, windowMs, maxHops, minAmount, retention } = options;
  if (mode !== "temporal" && mode !== "static")
    throw new InvalidScanOptionError("mode", mode, "invalid-option", { allowed: ["temporal", "static"] });
  if (mode === "temporal" && !(windowMs >= 0))
    throw new InvalidScanOptionError("windowMs", windowMs, "negative");
  if (!((Number.isInteger(maxHops) && maxHops >= 2) || maxHops === Number.POSITIVE_INFINITY))
    throw new InvalidScanOptionError("maxHops", maxHops, "not-whole-number", { min: 2 });
  if (mode === "static" && !Number.isFinite(maxHops))
    // finite in static mode: the static search is exponential in the number of hops
    throw new InvalidScanOptionError("maxHops", maxHops, "not-finite");
  if (minAmount !== undefined && Number.isNaN(minAmount))
    throw new InvalidScanOptionError("minAmount", minAmount, "not-finite");
  if (retention !== undefined) {
    const { low, high } = retention;
    if (mode === "static")
      // a band from hop to hop needs the time order
      throw new InvalidScanOptionError("retention", retention, "not-in-static-mode");
    if (!(low >= 0 && high >= low && high < Number.POSITIVE_INFINITY))
      throw new InvalidScanOptionError("retention", retention, "invalid-band", { low, high });
  }
}

/** True when a transaction of this amount takes part in the scan. */
export function keepsAmount(amount: number, minAmount: number | undefined): boolean {
  return minAmount === undefined || amount >= minAmount;
}

/**
 * The retention test between consecutive transactions: low · previous ≤ next ≤ high · previous.
 * Written as products, not a ratio, so a zero amount needs no special case.
 */
export function withinBand(previous: number, next: number, low: number, high: number): boolean {
  return next >= low * previous && next <= high * previous;
}
