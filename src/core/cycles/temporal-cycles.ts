/**
 * Time-respecting cycles: sequences of edges e1 … ek that form a closed walk visiting no node twice,
 * with strictly increasing timestamps ts[e1] < ts[e2] < … < ts[ek] and a span ts[ek] − ts[e1] no
 * larger than `window` (inclusive). Money that goes round within the window, in order.
 *
 * Conventions: parallel edges are distinct payments, so each gives its own cycles; edges with an
 * unknown (NaN) timestamp are never used; self-loops are excluded; a cycle is given as its edge
 * indices starting from its earliest edge, which is unique because times strictly increase — so each
 * cycle is found exactly once, from that edge. k ≥ 2 always, and k ≤ maxLength when given.
 *
 * Search: the ledger scan's temporal kernel (src/core/ledger/temporal-search.ts: closing times by hop
 * budget, candidate transactions), on the edge list seen as a ledger. Listing keeps a fixed order, so
 * that a caller who stops early (a cap) always keeps the same cycles: start edges by (time, index),
 * and one start's cycles by the (time, index) of their edges in turn — the order of a depth-first
 * search reading each node's edges in time order (the kernel's `ordered` mode). Each start is
 * searched alone (its own prune); the count, which needs no order, runs the kernel as the ledger scan
 * does (starts sharing prunes).
 *
 * References: [1] R. Kumar, T. Calders (2018), "2SCENT: An Efficient Algorithm to Enumerate All
 * Simple Temporal Cycles", PVLDB 11(11), 1441–1453; see temporal-search.ts and closing-times.ts.
 *
 * Complexity: O(m log m) to order the starts; per start, the kernel's prune and forward search (plus
 * a sort of its candidate transactions when listing). O(n + m) space.
 */
import type { Csr } from "../graph/csr.ts";
import type { EdgeList } from "../graph/edge-list.ts";
import { edgeListLedger } from "../ledger/graph-views.ts";
import { prepareLedger } from "../ledger/prepare.ts";
import { TemporalLedgerSearch } from "../ledger/temporal-search.ts";
import type { ScanOptions } from "../ledger/types.ts";
import {
  type CycleCounts,
  type CycleCursor,
  checkMaxLength,
  checkWindow,
  countCursor,
  cursorCycles,
  EMPTY_CURSOR,
  type TemporalCycleOptions,
} from "./options.ts";

/** Starts share no prune (a block of 0: one per payer and instant), so any start can run alone. */
const OWN_PRUNE = 0;

function scanOptions(options: TemporalCycleOptions): ScanOptions {
  return {
    mode: "temporal",
    windowMs: options.window,
    maxHops: options.maxLength ?? Number.POSITIVE_INFINITY,
  };
}

/** The temporal kernel, one start at a time in (time, index) order, each start's cycles in order. */
class OrderedTemporalCursor implements CycleCursor {
  private readonly search: TemporalLedgerSearch;
  private readonly order: Int32Array;
  private nextStart = 0;

  constructor(list: EdgeList, options: TemporalCycleOptions) {
    const scan = scanOptions(options);
    const prepared = prepareLedger(edgeListLedger(list), scan, {}, undefined, OWN_PRUNE);
    this.search = new TemporalLedgerSearch(prepared, scan, {}, true);
    const { time, edge } = prepared.starts;
    const positions = Array.from({ length: prepared.size }, (_, i) => i);
    positions.sort(
      (a, b) => (time[a] as number) - (time[b] as number) || (edge[a] as number) - (edge[b] as number),
    );
    this.order = Int32Array.from(positions);
  }

  get path(): Int32Array {
    return this.search.path;
  }

  get length(): number {
    return this.search.length;
  }

  next(): boolean {
    for (;;) {
      if (this.nextStart > 0 && this.search.next()) return true;
      if (this.nextStart === this.order.length) return false;
      const p = this.order[this.nextStart++] as number;
      this.search.setRange(p, p + 1);
    }
  }
}

function checkTemporal(list: EdgeList, csr: Csr, options: TemporalCycleOptions): void {
  checkWindow(options.window);
  checkMaxLength(options.maxLength);
  if (csr.n !== list.nodeIds.length || csr.m !== list.src.length)
    throw new RangeError(
      `the CSR (${csr.n} nodes, ${csr.m} edges) was not built from this edge list (${list.nodeIds.length} nodes, ${list.src.length} edges)`,
    );
}

const findsNothing = (options: TemporalCycleOptions) =>
  options.maxLength !== undefined && options.maxLength < 2;

/**
 * Every time-respecting cycle, lazily, each a fresh array of edge indices from its earliest edge, in
 * the order above. `csr` must be the CSR of `list` (checked by size). Stop the generator to stop the
 * search. Throws InvalidCycleOptionError at once for a negative or NaN window or a bad maxLength.
 */
export function temporalCycles(list: EdgeList, csr: Csr, options: TemporalCycleOptions): Generator<number[]> {
  checkTemporal(list, csr, options);
  return cursorCycles(() =>
    findsNothing(options) ? EMPTY_CURSOR : new OrderedTemporalCursor(list, options),
  );
}

/** The number of time-respecting cycles in all and by length (edges), with no allocation per cycle. */
export function countTemporalCycles(list: EdgeList, csr: Csr, options: TemporalCycleOptions): CycleCounts {
  checkTemporal(list, csr, options);
  if (findsNothing(options)) return { total: 0, byLength: [] };
  const scan = scanOptions(options);
  const prepared = prepareLedger(edgeListLedger(list), scan);
  const search = new TemporalLedgerSearch(prepared, scan);
  search.setRange(0, prepared.size);
  return countCursor(search);
}
