/**
 * Elementary (simple) cycles of a directed graph: closed paths that repeat no node. The entry point
 * chooses the search: Johnson's algorithm without a length bound, the hop-bounded search with one (a
 * bound of n or more bounds nothing, so it goes to Johnson too).
 *
 * Conventions: parallel edges are collapsed (a node sequence is one cycle however many edges join its
 * nodes); self-loops are not cycles here (callers report them apart); a cycle of k nodes has k edges
 * and is given as its node indices, starting at its smallest index, in path order.
 *
 * Example: the ring 0 → 1 → 2 → 0 plus 1 → 0 has the cycles [0, 1] and [0, 1, 2].
 *
 * References and complexity: see johnson.ts (O((n + m)(c + 1)) for c cycles) and bounded-cycles.ts.
 */
import type { Csr } from "../graph/csr.ts";
import { BoundedSearch } from "./bounded-cycles.ts";
import { JohnsonSearch } from "./johnson.ts";
import {
  type CycleCounts,
  type CycleCursor,
  checkMaxLength,
  countCursor,
  cursorCycles,
  type SimpleCycleOptions,
} from "./options.ts";

function simpleCycleCursor(csr: Csr, maxLength: number | undefined): CycleCursor {
  return maxLength === undefined || maxLength >= csr.n
    ? new JohnsonSearch(csr)
    : new BoundedSearch(csr, maxLength);
}

/**
 * Every simple cycle of `csr`, lazily, each a fresh array of node indices starting at its smallest
 * node. Stop the generator to stop the search (nothing runs after the last cycle taken).
 * Throws InvalidCycleOptionError at once (not on the first cycle) for a maxLength that is not an
 * integer ≥ 0.
 */
export function simpleCycles(csr: Csr, options: SimpleCycleOptions = {}): Generator<number[]> {
  const { maxLength } = options;
  checkMaxLength(maxLength);
  return cursorCycles(() => simpleCycleCursor(csr, maxLength));
}

/** The number of simple cycles in all and by length (nodes), with no allocation per cycle. */
export function countSimpleCycles(csr: Csr, options: SimpleCycleOptions = {}): CycleCounts {
  const { maxLength } = options;
  checkMaxLength(maxLength);
  return countCursor(simpleCycleCursor(csr, maxLength));
}
