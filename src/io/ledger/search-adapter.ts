/**
 * The ledger scan's search behind one small interface, so the command works end to end before the
 * parallel search (worker threads, split hub roots) lands; the lead swaps that in behind `scan`.
 *
 * This version is serial and runs the existing kernels: `temporalCycles` (time-respecting cycles,
 * Kumar & Calders 2018 closing times) and `BoundedSearch` (hop-bounded simple cycles, Gupta &
 * Suzumura 2021). Transactions below `minAmount` are removed before the search; retention and shard
 * ownership are applied to each cycle found. A static cycle is a cycle of accounts with one
 * transaction chosen per hop: parallel transactions give separate cycles (the product of their
 * multiplicities), each read from its earliest transaction.
 *
 * Every cycle is counted (by length, and per paying account); only the first `limit` are handed to
 * `onCycles`. The loop yields to the event loop about every 50 ms so a progress bar redraws and
 * Ctrl-C (the `signal`) is honoured between cycles.
 *
 * Complexity: O(m log m) to build the adjacency, then the kernels' own (see their files).
 */
import { BoundedSearch } from "../../core/cycles/bounded-cycles.ts";
import { temporalCycles } from "../../core/cycles/temporal-cycles.ts";
import { buildCsr, type Csr } from "../../core/graph/csr.ts";
import type { EdgeList } from "../../core/graph/edge-list.ts";
import type { Ledger, ScanOptions, ScanSummary } from "../../core/ledger/types.ts";

export type ScanProgress = { edgesScanned: number; cycles: number };

export type ScanControl = {
  /** Most cycles handed to onCycles (default: all). Counting goes on past it. */
  limit?: number;
  onCycles?: (batch: Int32Array[]) => void | Promise<void>;
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
};

const BATCH = 1024;
const YIELD_MS = 50;

export async function scan(
  ledger: Ledger,
  options: ScanOptions,
  control: ScanControl = {},
): Promise<ScanSummary> {
  const { list, ledgerIndex } = usableEdges(ledger, options.minAmount ?? 0);
  const csr = buildCsr(list);
  const summary: ScanSummary = {
    cycles: 0,
    byLength: [],
    selfLoops: 0,
    steps: 0,
    truncated: false,
    accountCycles: new Float64Array(ledger.accountCount),
  };
  for (let e = 0; e < ledger.src.length; e++) if (ledger.src[e] === ledger.dst[e]) summary.selfLoops++;
  const limit = control.limit ?? Number.POSITIVE_INFINITY;
  let delivered = 0;
  let batch: Int32Array[] = [];
  let lastYield = performance.now();
  let edgesScanned = 0;
  const flush = async () => {
    if (batch.length > 0 && control.onCycles) await control.onCycles(batch);
    batch = [];
  };
  const take = async (cycle: Int32Array): Promise<boolean> => {
    if (!keep(ledger, cycle, options)) return true;
    summary.cycles++;
    const k = cycle.length;
    while (summary.byLength.length <= k) summary.byLength.push(0);
    summary.byLength[k] = (summary.byLength[k] as number) + 1;
    const perAccount = summary.accountCycles as Float64Array;
    for (const e of cycle)
      perAccount[ledger.src[e] as number] = (perAccount[ledger.src[e] as number] as number) + 1;
    if (delivered < limit) {
      batch.push(cycle);
      delivered++;
      if (batch.length >= BATCH) await flush();
    }
    if ((summary.cycles & 255) === 0 && performance.now() - lastYield > YIELD_MS) {
      control.onProgress?.({ edgesScanned, cycles: summary.cycles });
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
      if (control.signal?.aborted) {
        summary.truncated = true;
        return false;
      }
    }
    return true;
  };

  if (options.mode === "temporal") {
    const rank = startRanks(list);
    for (const path of temporalCycles(list, csr, { window: options.windowMs, maxLength: options.maxHops })) {
      edgesScanned = (rank[path[0] as number] as number) + 1;
      if (!(await take(Int32Array.from(path, (e) => ledgerIndex[e] as number)))) break;
    }
  } else {
    const search = new BoundedSearch(csr, options.maxHops);
    outer: while (search.next()) {
      const nodes = search.path.subarray(0, search.length);
      edgesScanned = csr.offsets[nodes[0] as number] as number;
      for (const cycle of expand(csr, nodes, list)) {
        if (!(await take(Int32Array.from(cycle, (e) => ledgerIndex[e] as number)))) break outer;
      }
    }
  }
  await flush();
  control.onProgress?.({ edgesScanned: list.src.length, cycles: summary.cycles });
  return summary;
}

/** The transactions a search may use (amount ≥ minAmount, not a self-loop), as an EdgeList. */
function usableEdges(ledger: Ledger, minAmount: number): { list: EdgeList; ledgerIndex: Int32Array } {
  const { src, dst, amount, ts } = ledger;
  let m = 0;
  const ledgerIndex = new Int32Array(src.length);
  for (let e = 0; e < src.length; e++)
    if ((amount[e] as number) >= minAmount && src[e] !== dst[e]) ledgerIndex[m++] = e;
  const index = ledgerIndex.subarray(0, m);
  return {
    list: {
      nodeIds: new Array<string>(ledger.accountCount).fill(""),
      src: Int32Array.from(index, (e) => src[e] as number),
      dst: Int32Array.from(index, (e) => dst[e] as number),
      amount: Float64Array.from(index, (e) => amount[e] as number),
      ts: Float64Array.from(index, (e) => ts[e] as number),
      edgeIds: null,
    },
    ledgerIndex: index,
  };
}

/** Position of each edge among the edges in time order: how far the temporal search has come. */
function startRanks(list: EdgeList): Int32Array {
  const order = Int32Array.from({ length: list.ts.length }, (_, i) => i).sort(
    (a, b) => (list.ts[a] as number) - (list.ts[b] as number) || a - b,
  );
  const rank = new Int32Array(order.length);
  order.forEach((e, r) => {
    rank[e] = r;
  });
  return rank;
}

/** Shard ownership of the first transaction, then retention from hop to hop. */
function keep(ledger: Ledger, cycle: Int32Array, options: ScanOptions): boolean {
  const first = cycle[0] as number;
  if (options.ownStart) {
    const t = ledger.ts[first] as number;
    if (!(t >= options.ownStart.from && t < options.ownStart.to)) return false;
  }
  const band = options.retention;
  if (band) {
    for (let i = 1; i < cycle.length; i++) {
      const ratio =
        (ledger.amount[cycle[i] as number] as number) / (ledger.amount[cycle[i - 1] as number] as number);
      if (!(ratio >= band.low && ratio <= band.high)) return false;
    }
  }
  return true;
}

/**
 * Every choice of one transaction per hop of a cycle of accounts, each rotated to start at its
 * earliest transaction (ties: lowest index). Parallel transactions sit together in the CSR.
 */
function* expand(csr: Csr, nodes: Int32Array, list: EdgeList): Generator<number[]> {
  const k = nodes.length;
  const runs: [number, number][] = [];
  for (let i = 0; i < k; i++) {
    const v = nodes[i] as number;
    const w = nodes[(i + 1) % k] as number;
    let p = csr.offsets[v] as number;
    const end = csr.offsets[v + 1] as number;
    while (p < end && (csr.targets[p] as number) < w) p++;
    let q = p;
    while (q < end && csr.targets[q] === w) q++;
    runs.push([p, q]);
  }
  const choice = runs.map(([p]) => p);
  for (;;) {
    const edges = choice.map((p) => csr.edges[p] as number);
    yield rotate(edges, list);
    let i = k - 1;
    while (i >= 0) {
      const run = runs[i] as [number, number];
      choice[i] = (choice[i] as number) + 1;
      if ((choice[i] as number) < run[1]) break;
      choice[i] = run[0];
      i--;
    }
    if (i < 0) return;
  }
}

function rotate(edges: number[], list: EdgeList): number[] {
  let best = 0;
  for (let i = 1; i < edges.length; i++) {
    const a = list.ts[edges[i] as number] as number;
    const b = list.ts[edges[best] as number] as number;
    if (a < b || (a === b && (edges[i] as number) < (edges[best] as number))) best = i;
  }
  return [...edges.slice(best), ...edges.slice(0, best)];
}
