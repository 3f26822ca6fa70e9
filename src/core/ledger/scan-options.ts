/**
 * Checking a ledger scan's options once, at the entry, so the search never meets an impossible one.
 * A bad option is an error that carries the option and the value (words come later, per language).
 */
import type { ScanOptions } from "./types.ts";

export type ScanOptionName = "mode" | "windowMs" | "maxHops" | "minAmount" | "retention";

export class InvalidScanOptionError extends RangeError {
  override readonly name = "InvalidScanOptionError";
  readonly option: ScanOptionName;
  readonly value: unknown;

  constructor(option: ScanOptionName, value: unknown, rule: string) {
    super(`${option} ${JSON.stringify(value) ?? String(value)} is not ${rule}`);
    this.option = option;
    this.value = value;
  }
}

/** Throws InvalidScanOptionError for the first option no search can honour. */
export function checkScanOptions(options: ScanOptions): void {
  const { mode, windowMs, maxHops, minAmount, retention } = options;
  if (mode !== "temporal" && mode !== "static")
    throw new InvalidScanOptionError("mode", mode, '"temporal" or "static"');
  if (mode === "temporal" && !(windowMs >= 0))
    throw new InvalidScanOptionError("windowMs", windowMs, "a number ≥ 0 (milliseconds; Infinity allowed)");
  if (!((Number.isInteger(maxHops) && maxHops >= 2) || maxHops === Number.POSITIVE_INFINITY))
    throw new InvalidScanOptionError("maxHops", maxHops, "an integer ≥ 2 (or Infinity)");
  if (mode === "static" && !Number.isFinite(maxHops))
    throw new InvalidScanOptionError("maxHops", maxHops, "finite in static mode (the search is exponential)");
  if (minAmount !== undefined && Number.isNaN(minAmount))
    throw new InvalidScanOptionError("minAmount", minAmount, "a number");
  if (retention !== undefined) {
    const { low, high } = retention;
    if (mode === "static")
      throw new InvalidScanOptionError(
        "retention",
        retention,
        "available in static mode (a band from hop to hop needs the time order)",
      );
    if (!(low >= 0 && high >= low && high < Number.POSITIVE_INFINITY))
      throw new InvalidScanOptionError("retention", retention, "a band 0 ≤ low ≤ high < ∞");
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
