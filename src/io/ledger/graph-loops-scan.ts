/**
 * `halqa loops --graph` on worker threads: the loops of a user's edge list searched by the ledger
 * scan's parallel driver (scan-in-workers.ts: shared arrays, work stealing, hub starts split by first
 * hop), with the same results as the one-thread search of src/core/loops/graph-loops.ts:
 *
 * - simple loops (a bound below the node count) on one transaction per node pair, read back as node
 *   sequences; time-respecting loops on every edge;
 * - counts are the scan's own (every cycle);
 * - a listing keeps the first `cap` cycles in the one-thread search's order (listingOrder), whatever
 *   order the threads deliver them in, so the loops shown and `truncated` are the same. Unlike the
 *   one-thread search, which stops at the cap, the threads search to the end (as `ledger scan`,
 *   which counts every cycle past its limit) and only the first `cap` + 1 are kept in memory.
 *
 * Without a bound below the node count, simple loops are Johnson's search (core), on this thread.
 */
import { buildCsr } from "../../core/graph/csr.ts";
import type { EdgeList } from "../../core/graph/edge-list.ts";
import { edgeListLedger, pairLedger } from "../../core/ledger/graph-views.ts";
import type { Ledger, ScanOptions } from "../../core/ledger/types.ts";
import {
  collectGraphLoops,
  countGraphLoops,
  FirstInOrder,
  findGraphLoops,
  type GraphLoop,
  type GraphLoopSearch,
  listingOrder,
} from "../../core/loops/graph-loops.ts";
import { DEFAULT_CAP } from "../../core/loops/money-loops.ts";
import { scanLedgerInWorkers, workersFor } from "./scan-in-workers.ts";

export type GraphScanControl = {
  /** Worker threads; 0 searches with the one-thread core search. Default: as `ledger scan`, by size. */
  workers?: number;
  /** Start edges (or node pairs) searched of those to search, and cycles found so far. */
  onProgress?: (progress: { done: number; total: number; cycles: number }) => void;
};

/** The workers a search of `list` uses when none are asked for (none under 50,000 edges). */
export function graphWorkers(list: EdgeList): number {
  return workersFor(edgeListLedger(list));
}

type Plan = { ledger: Ledger; options: ScanOptions; temporal: boolean };

/** The ledger search for `search`, or undefined when the core search must run (none, or Johnson's). */
function plan(list: EdgeList, search: GraphLoopSearch, workers: number): Plan | undefined {
  const n = list.nodeIds.length;
  const maxLength = search.maxLength;
  if (workers === 0 || (maxLength !== undefined && maxLength < 2)) return undefined;
  if (search.temporal) {
    const options: ScanOptions = {
      mode: "temporal",
      windowMs: search.temporal.window,
      maxHops: maxLength ?? Number.POSITIVE_INFINITY,
    };
    return { ledger: edgeListLedger(list), options, temporal: true };
  }
  if (maxLength === undefined || maxLength >= n) return undefined;
  return {
    ledger: pairLedger(buildCsr(list)),
    options: { mode: "static", windowMs: 0, maxHops: maxLength },
    temporal: false,
  };
}

function progressOf(control: GraphScanControl) {
  return (p: { startsDone: number; startsTotal: number; cycles: number }) =>
    control.onProgress?.({ done: p.startsDone, total: p.startsTotal, cycles: p.cycles });
}

export async function countGraphLoopsScan(
  list: EdgeList,
  search: GraphLoopSearch,
  control: GraphScanControl = {},
): Promise<{ total: number; byLength: number[] }> {
  const planned = plan(list, search, control.workers ?? graphWorkers(list));
  if (!planned) return countGraphLoops(list, search);
  const summary = await scanLedgerInWorkers(planned.ledger, planned.options, {
    workers: control.workers ?? graphWorkers(list),
    onProgress: progressOf(control),
  });
  return { total: summary.cycles, byLength: summary.byLength };
}

export async function findGraphLoopsScan(
  list: EdgeList,
  search: GraphLoopSearch,
  control: GraphScanControl = {},
): Promise<{ loops: GraphLoop[]; truncated: boolean }> {
  const workers = control.workers ?? graphWorkers(list);
  const planned = plan(list, search, workers);
  if (!planned) return findGraphLoops(list, search);
  const { ledger, temporal } = planned;
  const cap = search.cap ?? DEFAULT_CAP;
  // One more than the cap, so the core collector sees that more exist and says truncated.
  const first = new FirstInOrder(cap + 1, listingOrder(list, temporal));
  await scanLedgerInWorkers(ledger, planned.options, {
    workers,
    onProgress: progressOf(control),
    onCycles: (batch) => {
      for (let j = 0; j < batch.count; j++) {
        const from = batch.offsets[j] as number;
        const to = batch.offsets[j + 1] as number;
        const cycle: number[] = [];
        // Static: pair transactions back to the nodes that pay them; temporal: edge indices as they are.
        for (let p = from; p < to; p++)
          cycle.push(
            temporal ? (batch.edges[p] as number) : (ledger.src[batch.edges[p] as number] as number),
          );
        first.add(cycle);
      }
    },
  });
  return collectGraphLoops(list, buildCsr(list), first.result(), temporal, cap);
}
