/**
 * Synthetic transaction ledgers for benchmarks and tests, with the features that make real ledgers
 * hard: power-law account activity (a few hubs pay and receive most), repeated payments between the
 * same accounts (parallel edges), timestamp ties (times rounded to a resolution), and planted
 * round-trips — known cycles whose times rise within a window and whose amounts shrink by a fee within
 * a retention band, so a test can check that every one is found.
 *
 * Payers and payees are drawn independently from one Zipf law, P(account i) ∝ (i + 1)^(−exponent), so
 * the accounts that pay most also receive most, as hubs (banks, exchanges, treasuries) do; power-law
 * degrees of this kind are what transaction networks show (e.g. Bollobás et al. 2003,
 * "Directed scale-free graphs", SODA). Draws use core's seeded generator, so a ledger is a pure function
 * of its options.
 *
 * Complexity: O(n + m log n) time (a binary search per account draw), O(n + m) memory.
 */
import { firstAfter } from "../graph/sorted-search.ts";
import type { Rng } from "../random.ts";
import type { Ledger } from "./types.ts";

export type SyntheticLedgerOptions = {
  transactions: number;
  accounts: number;
  /** Time span of the ledger, in days from `startMs`. */
  days: number;
  startMs?: number;
  /** Zipf exponent of account activity (default 1: a few hubs, a long tail). */
  exponent?: number;
  /** Times are rounded down to this many milliseconds (default 60 000: ties within a minute). */
  resolutionMs?: number;
  /** Share of transactions that repeat an earlier payer–payee pair at a new time (default 0.1). */
  parallelShare?: number;
  /** Round-trips to plant (default 0), of 2 … plantedMaxHops transactions. */
  planted?: number;
  plantedMaxHops?: number;
  /** Planted round-trips span at most this long (default one day). */
  plantedWindowMs?: number;
  /** Each planted hop keeps this share of the previous amount (default 0.9 … 0.99). */
  plantedRetention?: { low: number; high: number };
};

export type SyntheticLedger = {
  ledger: Ledger;
  /** The planted cycles, as ledger indices from the earliest transaction. */
  planted: Int32Array[];
};

const DAY_MS = 86_400_000;
/** 2025-01-01T00:00:00Z, the default start (a constant: core never reads the clock). */
const JANUARY_2025 = 1_735_689_600_000;

/** A ledger drawn from `rng` with the given shape; planted round-trips come last. */
export function syntheticLedger(options: SyntheticLedgerOptions, rng: Rng): SyntheticLedger {
  const n = options.accounts;
  const planted = options.planted ?? 0;
  const maxHops = Math.min(options.plantedMaxHops ?? 6, n);
  const plantedRows = planted * maxHops;
  const m = options.transactions;
  const random = options.transactions - Math.min(m, plantedRows);
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const ts = new Float64Array(m);
  const amount = new Float64Array(m);
  const start = options.startMs ?? JANUARY_2025;
  const span = options.days * DAY_MS;
  const resolution = options.resolutionMs ?? 60_000;
  const parallel = options.parallelShare ?? 0.1;
  const cumulative = zipfCumulative(n, options.exponent ?? 1);
  const draw = () => firstAfter(cumulative, 0, n - 1, rng.next() * (cumulative[n - 1] as number));
  const time = (offset: number) => start + Math.floor(offset / resolution) * resolution;
  for (let e = 0; e < random; e++) {
    if (e > 0 && rng.next() < parallel) {
      const earlier = rng.int(e);
      src[e] = src[earlier] as number;
      dst[e] = dst[earlier] as number;
    } else {
      src[e] = draw();
      dst[e] = draw();
    }
    ts[e] = time(rng.next() * span);
    amount[e] = paretoAmount(rng);
  }
  const cycles: Int32Array[] = [];
  let e = random;
  const window = options.plantedWindowMs ?? DAY_MS;
  const band = options.plantedRetention ?? { low: 0.9, high: 0.99 };
  while (cycles.length < planted && e + maxHops <= m && maxHops >= 2) {
    const k = 2 + rng.int(maxHops - 1);
    const accounts = distinct(k, n, rng);
    const edges = new Int32Array(k);
    // Times rise by at least one resolution step each hop, and the whole trip fits the window.
    const step = Math.max(resolution, Math.floor(window / k / resolution) * resolution);
    let t = time(rng.next() * Math.max(0, span - k * step));
    let a = paretoAmount(rng) * 10;
    for (let i = 0; i < k; i++) {
      src[e] = accounts[i] as number;
      dst[e] = accounts[(i + 1) % k] as number;
      ts[e] = t;
      amount[e] = a;
      edges[i] = e;
      e++;
      t += resolution * (1 + rng.int(Math.max(1, step / resolution)));
      a *= band.low + (band.high - band.low) * rng.next();
    }
    cycles.push(edges);
  }
  const rows = e;
  const ledger: Ledger = {
    accountCount: n,
    src: src.subarray(0, rows),
    dst: dst.subarray(0, rows),
    ts: ts.subarray(0, rows),
    amount: amount.subarray(0, rows),
    row: Int32Array.from({ length: rows }, (_, i) => i),
  };
  return { ledger, planted: cycles };
}

/** Amounts with a heavy tail: 100 · U^(−1/1.5), rounded to cents. */
function paretoAmount(rng: Rng): number {
  return Math.round(100 * (1 - rng.next()) ** (-1 / 1.5) * 100) / 100;
}

function zipfCumulative(n: number, exponent: number): Float64Array {
  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += (i + 1) ** -exponent;
    out[i] = sum;
  }
  return out;
}

/** k distinct accounts, uniformly (planted trips are not tied to hubs). */
function distinct(k: number, n: number, rng: Rng): number[] {
  const chosen: number[] = [];
  while (chosen.length < k) {
    const a = rng.int(n);
    if (!chosen.includes(a)) chosen.push(a);
  }
  return chosen;
}
