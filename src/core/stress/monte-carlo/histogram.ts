/**
 * An equal-width histogram of a sample: `bins` bins from the smallest value to the largest, bin i
 * covering [edges[i], edges[i+1]) and the last bin closed on the right so the largest value counts.
 * When every value is the same the range is empty and all of them fall into one bin of zero width.
 * This is the plain histogram of K. Pearson (1895), "Contributions to the mathematical theory of
 * evolution. II. Skew variation in homogeneous material", Phil. Trans. R. Soc. A 186, 343–414; the
 * bin count is the caller's (the summary uses a fixed count so a chart can draw it at a glance).
 * Edges are computed as min + i·width, never by repeated addition, so no rounding drift reaches the
 * last edge. Non-finite values are left out and counted apart.
 * Complexity: O(N + bins) for N values.
 */
import { ModelInputError } from "../../errors.ts";

export type Histogram = {
  /** bins + 1 ascending edges (empty when there is no finite value). */
  edges: number[];
  /** How many values fall in each bin; they add up to the number of finite values. */
  counts: number[];
  /** Values left out because they are NaN or infinite. */
  nonFinite: number;
};

export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  if (!Number.isInteger(bins) || bins < 1)
    throw new ModelInputError("not-whole-number", ["bins"], { value: bins, min: 1 });
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) {
      nonFinite++;
      continue;
    }
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min > max) return { edges: [], counts: [], nonFinite };
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) continue;
    // A zero width (all values equal) puts everything in the first bin.
    let at = 0;
    if (width > 0) {
      at = Math.min(bins - 1, Math.floor((x - min) / width));
      // The division can round across an edge: settle on the bin the edges themselves say.
      if (at + 1 < bins && x >= (edges[at + 1] as number)) at++;
      else if (at > 0 && x < (edges[at] as number)) at--;
    }
    counts[at] = (counts[at] as number) + 1;
  }
  return { edges, counts, nonFinite };
}
