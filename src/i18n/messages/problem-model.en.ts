/**
 * `problem.model.*`: how the faces phrase a core ModelError (src/core/errors.ts), one message per code.
 * The field at fault comes before the message ("lgd: must lie between 0 and 1 (got 1.5)"), so a
 * message says what is wrong with a value, not which value it is. Numbers arrive formatted.
 */
export const problemModelEn = {
  "not-positive": "must be greater than 0 (got {value})",
  negative: "must be 0 or more (got {value})",
  "out-of-range":
    "must lie between {min} and {max}{maxExcluded, select, true {, {max} excluded} other {}} (got {value})",
  "not-whole-number": "must be a whole number of at least {min} (got {value})",
  "not-safe-integer": "must be a whole number below 2^53 (got {value})",
  "not-finite": "must be a finite number (got {value})",
  "range-reversed": "starts after it ends ({start} is after {end})",
  "unknown-option": "not an option of this model: {options} (its options: {allowed})",
  "invalid-option": "{value} is not one of {allowed}",
  "unknown-node": "the network has no node “{node}”",
  "self-holding": "node {node} holds its own {kind}",
  "over-held": "others hold {share} of node {node}, more than 100%",
  "missing-parameter":
    "the dataset has no parameter “{parameter}”, which this analysis needs (add it to the dataset’s parameters or set it in the scenario)",
  "missing-volatility": "node {node} has no volatility, which the Black–Cox valuation needs",
  "invalid-date": "“{value}” is not an ISO date such as 2026-06-30",
  "invalid-period": "“{value}” is not a period such as 2026, 2026-Q1 or 2025-H2",
  "invalid-amount": "amounts must be finite and 0 or more (got {value})",
  "zero-total": "the amounts add up to 0, so there are no shares to compute",
  "weights-over-total": "the weights add up to {total}, more than 100%",
  "shares-not-summing-to-one": "the shares add up to {total}, not 100%",
  "invalid-shard": "shard {index} of {count} does not exist",
  "not-in-static-mode": "is available only in the time-respecting (temporal) search",
  "invalid-band": "must be a band with 0 ≤ low ≤ high < ∞ (got {low} to {high})",
  "no-convergence":
    "{method} did not converge in {iterations, plural, one {# iteration} other {# iterations}} (last change {residual}, tolerance {tolerance})",
  /** Not a model error: a bug met while a page ran an analysis in the browser. */
  bug: "an unexpected error stopped this analysis; this is a bug in halqa, not in your input — please report it",
  /** The Monte Carlo sample whose draw the fault came from, before the fault itself. */
  sample: "sample {sample} (run seed {seed}, sample seed {sampleSeed}): {fault}",
} as const;
