/**
 * Reference enumerator of ledger cycles for tests: every sequence of transactions that goes round,
 * found by trying every transaction at every step, written for obviousness, not speed. It reads the
 * Ledger columns directly (no preparation, no prune), so the fast searches are checked against an
 * independent reading of the semantics. Exponential time; small ledgers only.
 */
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
