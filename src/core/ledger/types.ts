/**
 * The shapes shared by the ledger scan (issue 8): a transaction ledger held in typed arrays, the scan's
 * options, one cycle found, and the summary. Ingest (src/io/ledger) fills a `Ledger`; the search
 * (src/core/ledger) reads it and never touches a JavaScript object per transaction; the parallel driver
 * hands the same arrays (backed by SharedArrayBuffers) to worker threads.
 */

/** Transactions as columns. Row i is one transaction; accounts are dense ids 0 … accountCount − 1. */
export type Ledger = {
  accountCount: number;
  /** Paying and receiving account of each transaction. */
  src: Int32Array;
  dst: Int32Array;
  /** Milliseconds since the Unix epoch (UTC); whole numbers up to 2^53 are exact. */
  ts: Float64Array;
  amount: Float64Array;
  /** 0-based row of each transaction in the input file, so output can name it. */
  row: Int32Array;
};

export type ScanMode = "temporal" | "static";

export type ScanOptions = {
  mode: ScanMode;
  /** Temporal mode: largest span ts[last] − ts[first], inclusive, in milliseconds. */
  windowMs: number;
  /** Longest cycle, in transactions (≥ 2). */
  maxHops: number;
  /** Transactions below this amount are ignored (default 0: none). */
  minAmount?: number;
  /** Keep only cycles whose amount stays within [low, high] × the previous hop's at every hop. */
  retention?: { low: number; high: number };
  /**
   * Time shards (added by the ingest half): report only cycles whose first transaction has
   * from ≤ ts < to (milliseconds; ±Infinity for an open end). The ledger holds the rows up to
   * `to` + window, so cycles that start in range are whole.
   */
  ownStart?: { from: number; to: number };
};

/** One cycle: the ledger indices of its transactions, from its first transaction in time order. */
export type LedgerCycle = { edges: Int32Array };

export type ScanSummary = {
  cycles: number;
  /** byLength[k] = cycles of k transactions. */
  byLength: number[];
  /** Cycles skipped because they repeat an account pair as a self-loop (reported apart). */
  selfLoops: number;
  /** Search steps (edges examined), the machine-independent measure of the work done. */
  steps: number;
  /** Of `steps`, those spent by the prune (the backward pass and the per-start candidate edges). */
  pruneSteps?: number;
  /** True when a limit or a cancellation stopped the scan before it finished. */
  truncated: boolean;
  /**
   * Added by the ingest half: accountCycles[a] = cycles (all of them, also those past the output
   * limit) in which account a pays; for the summary's "accounts in most cycles". Optional.
   */
  accountCycles?: Float64Array;
  /**
   * Static account cycles (account-cycles.ts): the transaction cycles they stand for, summed over
   * every account cycle found (a float; exact while `combinationsExact`). Absent in the other modes.
   */
  combinations?: number;
  combinationsExact?: boolean;
  /** One per worker thread (absent when the search ran on the calling thread): how its time went. */
  workers?: WorkerTime[];
};

/**
 * Seconds one worker thread spent: `busy` searching (and handing over batches), of which `waited`
 * blocked because the consumer had not taken its earlier batches yet; `finished`: when it ended,
 * from the start of the parallel search. Busy times close to each other and to `finished` mean the
 * work was shared to the end. `cpu`: seconds the thread itself ran on a core (null where the system
 * does not say; Linux does) — unlike `busy`, it does not grow when other programs take the cores, so
 * `steps` (forward plus prune, this thread's) per `cpu` second is the search's speed per thread.
 */
export type WorkerTime = {
  busy: number;
  waited: number;
  finished: number;
  cpu: number | null;
  steps: number;
};

/**
 * Cycles in bulk, as the search and the worker threads hand them over: cycle j is the ledger indices
 * edges[offsets[j] … offsets[j + 1] − 1], from its first transaction (temporal: its earliest; static:
 * the one leaving its smallest account). One allocation per batch, not per cycle.
 */
export type CycleBatch = { count: number; offsets: Int32Array; edges: Int32Array };

/** Where a scan stands, for progress bars: start transactions done of those to do, cycles so far. */
export type ScanProgress = {
  startsDone: number;
  startsTotal: number;
  cycles: number;
  steps: number;
};
