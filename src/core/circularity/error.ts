/**
 * Errors of the circularity methods, as data: a stable `code` and the numbers that explain it, so a
 * caller (CLI, worker, browser) can word the message in its own language.
 */
export type CircularityProblem =
  /** An amount is negative, NaN or infinite: money tracing needs amounts ≥ 0. */
  | { code: "invalid-amount"; edge: number; amount: number }
  /** A connected group of entities is too large for the dense O(n³) solve. */
  | { code: "too-large"; n: number; limit: number }
  /** LU factorisation met a zero pivot: the matrix is singular. */
  | { code: "singular"; n: number; column: number }
  /**
   * The solve does not reproduce an entity's throughput (its money almost never leaves the network,
   * so the system is numerically near-singular).
   */
  | { code: "ill-conditioned"; node: string; throughput: number; reconstructed: number }
  /** A null-model option is out of range. */
  | { code: "invalid-option"; option: string; value: number };

export class CircularityError extends Error {
  readonly problem: CircularityProblem;
  constructor(problem: CircularityProblem) {
    super(`${problem.code}: ${JSON.stringify(problem)}`);
    this.name = "CircularityError";
    this.problem = problem;
  }
}
