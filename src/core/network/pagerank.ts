/**
 * PageRank: the share of time a random walker spends at each node when, at every step, it follows an
 * out-edge with probability `damping` (choosing edges in proportion to the money they carry) and
 * otherwise jumps to a node chosen uniformly. A node with no usable out-edge (dangling) sends its
 * walker to a uniform node, so the scores are a probability distribution: non-negative, summing to 1.
 *
 * Solved by power iteration on the CSR: x ← (1−d)/n·1 + d·(Mᵀx + (Σ_{dangling} x_u)/n·1), started from
 * the uniform vector and stopped when the L1 change of one step falls below `tolerance`. The step is a
 * contraction of factor d in L1, so at most about log(tolerance)/log(d) steps are needed (≈ 142 for the
 * defaults).
 *
 * Edges:
 * - `weighted` (default): the walker leaves u along edge e with probability amount(e) / Σ amount of u's
 *   out-edges, so parallel edges add up. A node whose out-edges all carry 0 is dangling.
 * - unweighted: who pays whom, not how much — parallel edges collapse into one link and the walker
 *   picks uniformly among u's distinct targets.
 * Self-loops are kept in both modes: paying oneself is a step that stays put.
 *
 * Reference: [1] L. Page, S. Brin, R. Motwani, T. Winograd (1999), "The PageRank citation ranking:
 * bringing order to the web", Stanford InfoLab technical report 1999-66.
 *
 * Complexity: O(m log m) to build the CSR, then O(iterations · (n + m)) time; O(n + m) extra space.
 */
import { ConvergenceError, ModelInputError } from "../errors.ts";
import { buildCsr } from "../graph/csr.ts";
import type { EdgeList } from "../graph/edge-list.ts";

export type PageRankOptions = {
  /** Probability of following an edge rather than jumping (default 0.85), in [0, 1]. */
  damping?: number;
  /** Stop when the L1 distance between two successive vectors is below this (default 1e-10). */
  tolerance?: number;
  /** Give up after this many steps (default 1000) with a ConvergenceError. */
  maxIterations?: number;
  /** Weight edges by amount, summing parallel edges (default true); false: one link per target. */
  weighted?: boolean;
};

export type PageRankResult = {
  /** Score of node i (the EdgeList's dense index); the scores sum to 1. */
  scores: Float64Array;
  /** Power-iteration steps taken. */
  iterations: number;
  converged: true;
};

/** The iteration limit was reached before the L1 change fell below the tolerance (the one core class). */
export { ConvergenceError };

/** An edge amount that no weighting can use: negative, NaN or infinite. */
export class InvalidAmountError extends ModelInputError {
  override readonly name = "InvalidAmountError";
  /** Index of the edge in its EdgeList. */
  readonly edge: number;
  readonly amount: number;

  constructor(edge: number, amount: number) {
    super("invalid-amount", ["edges", edge, "amount"], { value: amount });
    this.edge = edge;
    this.amount = amount;
  }
}

const DEFAULTS = { damping: 0.85, tolerance: 1e-10, maxIterations: 1000, weighted: true };

/** PageRank scores of every node; throws ConvergenceError when the iteration limit is reached. */
export function pageRank(list: EdgeList, options: PageRankOptions = {}): PageRankResult {
  const { damping, tolerance, maxIterations, weighted } = { ...DEFAULTS, ...options };
  if (!(damping >= 0 && damping <= 1)) {
    throw new ModelInputError("out-of-range", ["damping"], { value: damping, min: 0, max: 1 });
  }
  if (!(tolerance >= 0)) throw new ModelInputError("negative", ["tolerance"], { value: tolerance });
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new ModelInputError("not-whole-number", ["maxIterations"], { value: maxIterations, min: 1 });
  }
  const n = list.nodeIds.length;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true };

  const csr = buildCsr(list);
  const prob = transitionProbabilities(list, csr.offsets, csr.targets, csr.edges, weighted);
  const dangling = danglingNodes(csr.offsets, prob);
  const { offsets, targets } = csr;

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let residual = Number.POSITIVE_INFINITY;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let danglingMass = 0;
    for (let i = 0; i < dangling.length; i++) danglingMass += x[dangling[i] as number] as number;
    next.fill((1 - damping) / n + (damping * danglingMass) / n);
    for (let u = 0; u < n; u++) {
      const mass = damping * (x[u] as number);
      if (mass === 0) continue;
      const end = offsets[u + 1] as number;
      for (let p = offsets[u] as number; p < end; p++) {
        const v = targets[p] as number;
        next[v] = (next[v] as number) + mass * (prob[p] as number);
      }
    }
    residual = 0;
    for (let v = 0; v < n; v++) residual += Math.abs((next[v] as number) - (x[v] as number));
    [x, next] = [next, x];
    if (residual < tolerance) return { scores: normalize(x), iterations: iteration, converged: true };
  }
  throw new ConvergenceError({ method: "pagerank", iterations: maxIterations, residual, tolerance });
}

/**
 * Probability of each CSR position: amount / out-total when weighted; 1 / distinct targets on the first
 * of each run of parallel edges (the CSR sorts them together) and 0 on the rest when unweighted.
 */
function transitionProbabilities(
  list: EdgeList,
  offsets: Int32Array,
  targets: Int32Array,
  edges: Int32Array,
  weighted: boolean,
): Float64Array {
  const prob = new Float64Array(targets.length);
  const n = offsets.length - 1;
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    let total = 0;
    for (let p = start; p < end; p++) {
      const e = edges[p] as number;
      const amount = list.amount[e] as number;
      if (weighted && !(amount >= 0 && amount < Number.POSITIVE_INFINITY)) {
        throw new InvalidAmountError(e, amount);
      }
      const w = weighted ? amount : p === start || targets[p] !== targets[p - 1] ? 1 : 0;
      prob[p] = w;
      total += w;
    }
    // Summing first and dividing after keeps one node's probabilities summing to 1 up to rounding.
    if (total > 0) for (let p = start; p < end; p++) prob[p] = (prob[p] as number) / total;
  }
  return prob;
}

/** Nodes whose out-probabilities are all zero (no out-edge, or only zero amounts). */
function danglingNodes(offsets: Int32Array, prob: Float64Array): Int32Array {
  const found: number[] = [];
  const n = offsets.length - 1;
  for (let u = 0; u < n; u++) {
    let out = false;
    for (let p = offsets[u] as number; p < (offsets[u + 1] as number) && !out; p++) out = prob[p] !== 0;
    if (!out) found.push(u);
  }
  return Int32Array.from(found);
}

/** Removes the rounding drift of many steps so the scores sum to 1. */
function normalize(x: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] as number;
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) / sum;
  return x;
}
