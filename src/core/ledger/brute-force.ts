/**
 * The one reference enumerator of cycles for tests (the ledger scan, the money loops, `--graph`, loop
 * attribution): every sequence of transactions that goes round, found by trying every transaction at
 * every step, written for obviousness, not speed. It reads the columns directly (no preparation, no
 * CSR, no prune), so the fast searches are checked against an independent reading of the semantics.
 * The graph views below are this same enumerator on an edge list. Exponential time; small inputs only.
 */
import type { EdgeList } from "../graph/edge-list.ts";
import { keepsAmount, withinBand } from "./scan-options.ts";
import type { Ledger, ScanOptions } from "./types.ts";

/**
 * Every cycle of the ledger under `options`, each as ledger indices from its first transaction
 * (temporal: the earliest; static: the one leaving the smallest account), in no particular order.
 */
export function bruteForceLedgerCycles(ledger: Ledger, options: ScanOptions): number[][] {
  const { src, dst, ts, amount } = ledger;
  const temporal = options.mode === "temporal";
  const usable = (e: number) =>
    src[e] !== dst[e] &&
    keepsAmount(amount[e] as number, options.minAmount) &&
    (!temporal || !Number.isNaN(ts[e]));
  const band = options.retention;
  const cycles: number[][] = [];
  const extend = (edges: number[], accounts: number[]): void => {
    const first = edges[0] as number;
    const last = edges[edges.length - 1] as number;
    const root = accounts[0] as number;
    for (let e = 0; e < src.length; e++) {
      if (!usable(e) || src[e] !== dst[last] || edges.length + 1 > options.maxHops) continue;
      if (temporal) {
        if (!((ts[e] as number) > (ts[last] as number))) continue;
        if (!((ts[e] as number) - (ts[first] as number) <= options.windowMs)) continue;
      }
      if (band && !withinBand(amount[last] as number, amount[e] as number, band.low, band.high)) continue;
      const w = dst[e] as number;
      if (w === root) cycles.push([...edges, e]);
      else if (!accounts.includes(w) && (temporal || w > root)) extend([...edges, e], [...accounts, w]);
    }
  };
  for (let e = 0; e < src.length; e++) {
    if (!usable(e)) continue;
    if (!temporal && (dst[e] as number) < (src[e] as number)) continue;
    extend([e], [src[e] as number, dst[e] as number]);
  }
  return cycles;
}

/** An edge list as a ledger, column for column (written out here so the reference shares no code). */
function asLedger(list: EdgeList): Ledger {
  const { src, dst, ts, amount } = list;
  return { accountCount: list.nodeIds.length, src, dst, ts, amount, row: Int32Array.from(src, (_, e) => e) };
}

/**
 * Every simple cycle with at most `maxLength` nodes, as node indices from its smallest node, in path
 * order: the static cycles of the graph with its parallel edges collapsed (the first of each pair
 * kept, so each node sequence is found once), read as the nodes that pay.
 */
export function bruteForceSimpleCycles(list: EdgeList, maxLength = Number.POSITIVE_INFINITY): number[][] {
  const pairs = new Set<string>();
  const kept: number[] = [];
  for (let e = 0; e < list.src.length; e++) {
    const pair = `${list.src[e]}>${list.dst[e]}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    kept.push(e);
  }
  const collapsed: EdgeList = {
    ...list,
    src: Int32Array.from(kept, (e) => list.src[e] as number),
    dst: Int32Array.from(kept, (e) => list.dst[e] as number),
    ts: Float64Array.from(kept, (e) => list.ts[e] as number),
    amount: Float64Array.from(kept, (e) => list.amount[e] as number),
  };
  const options: ScanOptions = { mode: "static", windowMs: 0, maxHops: maxLength };
  return bruteForceLedgerCycles(asLedger(collapsed), options).map((cycle) =>
    cycle.map((e) => collapsed.src[e] as number),
  );
}

/**
 * Every time-respecting cycle with at most `maxLength` edges, as edge indices from its earliest edge:
 * rising times, a span of at most `window`, no node twice, unknown times and self-loops never used.
 */
export function bruteForceTemporalCycles(
  list: EdgeList,
  window: number,
  maxLength = Number.POSITIVE_INFINITY,
): number[][] {
  return bruteForceLedgerCycles(asLedger(list), { mode: "temporal", windowMs: window, maxHops: maxLength });
}

/** Counts of cycles by length, in the shape the counting kernels return (`byLength[k]` = cycles of k). */
export function countByLength(cycles: readonly (readonly number[])[]): number[] {
  const byLength: number[] = [];
  for (const c of cycles) byLength[c.length] = (byLength[c.length] ?? 0) + 1;
  return Array.from(byLength, (x) => x ?? 0);
}
