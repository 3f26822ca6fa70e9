/**
 * Elementary (simple) cycles of a directed graph: closed paths that repeat no node. The entry point
 * chooses the search: Johnson's algorithm without a length bound, the ledger scan's static kernel
 * (src/core/ledger/static-search.ts: hop-bounded, with a reverse breadth-first prune) with one; a
 * bound of n or more bounds nothing, so it goes to Johnson too.
 *
 * Conventions: parallel edges are collapsed (a node sequence is one cycle however many edges join its
 * nodes); self-loops are not cycles here (callers report them apart); a cycle of k nodes has k edges
 * and is given as its node indices, starting at its smallest index, in path order. With a bound, the
 * cycles come in lexicographic order of their node sequences (smallest start first).
 *
 * Example: the ring 0 → 1 → 2 → 0 plus 1 → 0 has the cycles [0, 1] and [0, 1, 2].
 *
 * References and complexity: see johnson.ts (O((n + m)(c + 1)) for c cycles) and static-search.ts.
 */
import type { Csr } from "../graph/csr.ts";
import { pairLedger } from "../ledger/graph-views.ts";
import { prepareLedger } from "../ledger/prepare.ts";
import { StaticLedgerSearch } from "../ledger/static-search.ts";
import type { ScanOptions } from "../ledger/types.ts";
import { JohnsonSearch } from "./johnson.ts";
import {
  type CycleCounts,
  type CycleCursor,
  checkMaxLength,
  countCursor,
  cursorCycles,
  EMPTY_CURSOR,
  type SimpleCycleOptions,
} from "./options.ts";

/**
 * The reverse search's budget for graphs (transactions per root; see static-search.ts). On the random
 * graphs of bench/loops.bench.ts (mean out-degree 8, K = 6) the ledger scan's 4096 reads three times
 * more than it saves; 1024 is what this search used before it moved onto the ledger kernel.
 */
const REVERSE_BUDGET = 1024;

/** The static ledger search over one transaction per node pair, its cycles read as node sequences. */
class BoundedNodeCursor implements CycleCursor {
  readonly path: Int32Array;
  length = 0;
  private readonly search: StaticLedgerSearch;
  private readonly payer: Int32Array;

  constructor(csr: Csr, maxLength: number, reverseBudget?: number) {
    const ledger = pairLedger(csr);
    const options: ScanOptions = { mode: "static", windowMs: 0, maxHops: maxLength };
    const prepared = prepareLedger(ledger, options);
    this.search = new StaticLedgerSearch(prepared, options, reverseBudget);
    this.search.setRange(0, prepared.size);
    this.payer = ledger.src;
    this.path = new Int32Array(Math.min(maxLength, csr.n) + 1);
  }

  next(): boolean {
    const { search, payer, path } = this;
    if (!search.next()) return false;
    for (let i = 0; i < search.length; i++) path[i] = payer[search.path[i] as number] as number;
    this.length = search.length;
    return true;
  }
}

/**
 * The cursor for a bound (undefined: none). `reverseBudget` tunes the bounded search's prune (see
 * static-search.ts); it changes the speed, never the cycles.
 */
export function simpleCycleCursor(
  csr: Csr,
  maxLength: number | undefined,
  reverseBudget?: number,
): CycleCursor {
  if (maxLength === undefined || maxLength >= csr.n) return new JohnsonSearch(csr);
  if (maxLength < 2) return EMPTY_CURSOR;
  return new BoundedNodeCursor(csr, maxLength, reverseBudget ?? REVERSE_BUDGET);
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
