/**
 * The retained share as the text outputs write it — String(roundShare(x)), six significant digits
 * (core/reports/ledger-summary-report.ts) — written digit by digit into a byte buffer, for the
 * formatter (cycle-format.ts), where toPrecision, Number and String on every cycle cost more than the
 * rest of the line's numbers together.
 *
 * How: y = |x| × 10^(5 − e), with e the decimal exponent of |x|, has six digits before its point; the
 * rounded share is k × 10^(e − 5) with k = y rounded to the nearest whole number, ties up (the rule of
 * toPrecision). y is one correctly rounded product or quotient (10^p is exact for p ≤ 22), so it is
 * within 1e-10 of its true value, and k is the true rounding unless y lies within that of a tie —
 * such shares (|frac(y) − ½| < 1e-6) are left to the caller. k × 10^(e − 5) has at most six significant
 * digits, so String writes exactly them (no other decimal of 15 digits or fewer reads back as the same
 * double), without trailing zeros, in plain notation when 1e-6 ≤ value < 1e21 (ECMA-262
 * Number::toString).
 *
 * Complexity: O(1).
 */

/** Exact powers of ten, 10^0 … 10^22. */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** 10^−k, k = 0 … 7, the nearest doubles. */
const NEG_POW10 = Array.from({ length: 8 }, (_, k) => 1 / 10 ** k);

/** |x| × 10^p, one rounding (p from −9 to 11 here). */
function scaled(a: number, p: number): number {
  return p >= 0 ? a * (POW10[p] as number) : a / (POW10[-p] as number);
}

/**
 * Writes String(roundShare(x)) at o and returns the new end, or −1 (nothing written) when x is zero,
 * not finite, outside 1e-6 ≤ |x| < 1e15, or too near a rounding tie to decide in doubles: the caller
 * then writes String(roundShare(x)) itself.
 */
export function putShare(buf: Uint8Array, o: number, x: number): number {
  const a = Math.abs(x);
  if (!(a >= 1e-6 && a < 1e15)) return -1;
  // The decimal exponent by comparison (shares are mostly 0.01 to 100: a step or two, cheaper than
  // log10); 10^−k as a double is not exact, so e may be one off next to a power of ten.
  let e = a >= 1 ? 0 : -1;
  if (a >= 1) while (e < 14 && a >= (POW10[e + 1] as number)) e++;
  else while (e > -6 && a < (NEG_POW10[-e] as number)) e--;
  let y = scaled(a, 5 - e);
  // Bring y into [10^5, 10^6) where the exponent was one off.
  if (y >= 1e6) y = scaled(a, 5 - ++e);
  else if (y < 1e5) y = scaled(a, 5 - --e);
  if (!(y >= 1e5 && y < 1e6)) return -1;
  const whole = Math.floor(y);
  const fraction = y - whole;
  if (Math.abs(fraction - 0.5) < 1e-6) return -1;
  let k = fraction < 0.5 ? whole : whole + 1;
  if (k === 1e6) {
    k = 1e5;
    e++;
  }
  let digits = 6;
  while (k % 10 === 0) {
    k /= 10;
    digits--;
  }
  if (x < 0) buf[o++] = 45; // "-"
  // `point`: digits before the decimal point (≤ 0: the value is below 1).
  const point = e + 1;
  if (point <= 0) {
    buf[o++] = 48; // "0"
    buf[o++] = 46; // "."
    for (let i = point; i < 0; i++) buf[o++] = 48;
  }
  const end = o + digits + (point > 0 && point < digits ? 1 : 0);
  let at = end;
  for (let i = digits - 1; i >= 0; i--) {
    if (i === point - 1 && point < digits) buf[--at] = 46; // "." after the whole part
    const q = Math.floor(k / 10);
    buf[--at] = 48 + (k - q * 10);
    k = q;
  }
  o = end;
  for (let i = digits; i < point; i++) buf[o++] = 48; // whole numbers: trailing zeros
  return o;
}
