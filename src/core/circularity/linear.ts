/**
 * Dense LU factorisation with partial pivoting, PA = LU, and the matching solve: the linear algebra
 * behind flow tracing, where each connected group of entities gives one small dense system.
 *
 * The matrix is row-major in a Float64Array (entry (i, j) at i·n + j), so the elimination's inner
 * loop runs over contiguous memory. L has a unit diagonal and is stored below U in the same array.
 * Partial pivoting (the largest entry of the column moves onto the diagonal) keeps the growth of
 * rounding errors bounded in practice; a zero pivot means the matrix is singular and is an error
 * carrying the column, never a silent NaN.
 *
 * Complexity: factorisation O(n³) time (about 2n³/3 flops), each solve O(n²) per right-hand side;
 * O(n²) space.
 *
 * References:
 * 1. G. H. Golub, C. F. Van Loan (2013). Matrix Computations, 4th ed., §3.4 (Gaussian elimination
 *    with partial pivoting). Johns Hopkins University Press.
 */
import { CircularityError } from "./error.ts";

export type LuFactors = {
  n: number;
  /** U on and above the diagonal, L (unit diagonal omitted) below, row-major. */
  lu: Float64Array;
  /** Row k was swapped with row pivots[k] at step k. */
  pivots: Int32Array;
};

/** Factorises the n×n row-major `matrix` (left unchanged). Throws `singular` on a zero pivot. */
export function luFactor(matrix: Float64Array, n: number): LuFactors {
  if (matrix.length !== n * n) throw new RangeError(`matrix has ${matrix.length} entries, not ${n}²`);
  const a = Float64Array.from(matrix);
  const pivots = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k] as number);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k] as number);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    // `!(best > 0)` also catches NaN, which would otherwise spread silently through the solve.
    if (!(best > 0)) throw new CircularityError({ code: "singular", n, column: k });
    pivots[k] = p;
    if (p !== k) swapRows(a, n, k, p);
    const pivot = a[k * n + k] as number;
    const rowK = k * n;
    for (let i = k + 1; i < n; i++) {
      const rowI = i * n;
      const factor = (a[rowI + k] as number) / pivot;
      a[rowI + k] = factor;
      if (factor === 0) continue;
      for (let j = k + 1; j < n; j++)
        a[rowI + j] = (a[rowI + j] as number) - factor * (a[rowK + j] as number);
    }
  }
  return { n, lu: a, pivots };
}

/** Solves A x = b for the factorised A; returns x (b is left unchanged). */
export function luSolve(factors: LuFactors, b: ArrayLike<number>): Float64Array {
  if (b.length !== factors.n)
    throw new RangeError(`right-hand side has ${b.length} entries, not ${factors.n}`);
  return luSolveMany(factors, Float64Array.from(b), 1);
}

/**
 * Solves A X = B for k right-hand sides at once; B and X are n×k row-major. Sweeping the factors
 * once per block instead of once per column keeps the O(n²) factors from being streamed through the
 * cache k times, which dominates the cost of inverting a large matrix column by column.
 */
export function luSolveMany(factors: LuFactors, b: Float64Array, k: number): Float64Array {
  const { n, lu, pivots } = factors;
  if (b.length !== n * k) throw new RangeError(`right-hand sides have ${b.length} entries, not ${n}×${k}`);
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    const p = pivots[i] as number;
    if (p !== i) swapRows(x, k, i, p);
  }
  // Rows above the first non-zero right-hand side stay zero in the forward pass; skipping them
  // saves about two thirds of that pass when the right-hand sides are columns of the identity.
  let first = 0;
  while (first < n && x.subarray(first * k, first * k + k).every((v) => v === 0)) first++;
  for (let i = first; i < n; i++) {
    const row = i * n;
    const xi = i * k;
    for (let j = first; j < i; j++) {
      const l = lu[row + j] as number;
      if (l === 0) continue;
      const xj = j * k;
      for (let r = 0; r < k; r++) x[xi + r] = (x[xi + r] as number) - l * (x[xj + r] as number);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const row = i * n;
    const xi = i * k;
    for (let j = i + 1; j < n; j++) {
      const u = lu[row + j] as number;
      if (u === 0) continue;
      const xj = j * k;
      for (let r = 0; r < k; r++) x[xi + r] = (x[xi + r] as number) - u * (x[xj + r] as number);
    }
    const d = lu[row + i] as number;
    for (let r = 0; r < k; r++) x[xi + r] = (x[xi + r] as number) / d;
  }
  return x;
}

/** Swaps rows r and s of a row-major matrix with `width` columns. */
function swapRows(a: Float64Array, width: number, r: number, s: number): void {
  const rowR = r * width;
  const rowS = s * width;
  for (let j = 0; j < width; j++) {
    const t = a[rowR + j] as number;
    a[rowR + j] = a[rowS + j] as number;
    a[rowS + j] = t;
  }
}

/** a·x for the n×n row-major `a`. */
export function matrixTimesVector(a: Float64Array, n: number, x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += (a[i * n + k] as number) * (x[k] as number);
    out[i] = sum;
  }
  return out;
}
