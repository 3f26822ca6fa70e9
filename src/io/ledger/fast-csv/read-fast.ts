/**
 * The fast route for the common CSV ledger: plain comma-separated cells in printable ASCII, times as
 * `YYYY-MM-DDTHH:MM:SS[.s…]Z`, plain decimal amounts, no empty cell (values.ts, plan.ts). It reads the
 * file on two threads, each its half (parse-range.ts), interns the names as it goes (name-table.ts),
 * numbers the accounts as the careful route does (assemble.ts) and sorts the rows with a
 * radix-partitioned sort, again on both threads (sort-records.ts) — no database in the loop, and a
 * third less CPU than DuckDB's route on the 10 M heavy ledger (docs/scale.md, "Halqa's own CSV reader").
 *
 * It never judges a file: on the first byte or cell it does not know, or on any failure of its own,
 * it answers null and ingest.ts reads the file the careful way, which reports problems in halqa's
 * words. What it accepts it reads to the same ledger as the careful route (read-fast.test.ts compares
 * the two on random ledgers, on one thread and on two).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Ledger } from "../../../core/ledger/types.ts";
import type { ColumnMap, Role } from "../columns.ts";
import { countDuplicates } from "../duplicates.ts";
import type { AccountNumbering, IngestedLedger, IngestStage } from "../ingest-types.ts";
import { type Assembled, assembleRanges, finishRanges } from "./assemble.ts";
import { NameTable } from "./name-table.ts";
import { type Numbering, numberAccounts, type SortedNames, sortedNamesOf } from "./number-accounts.ts";
import { parseRange } from "./parse-range.ts";
import { type FastPlan, FIELD, fastPlan } from "./plan.ts";
import type { RangeColumns, RangeResult } from "./range-columns.ts";
import { SecondThread } from "./second-thread.ts";
import {
  blockClaim,
  blockCount,
  mapRecords,
  placeBlocks,
  type SortSpace,
  scatterRecords,
  sortSpace,
  writeBlocks,
} from "./sort-records.ts";

export type FastRead = Assembled & { columns: ColumnMap; guessed: Role[]; duplicates: number };

export type FastOptions = {
  columns?: ColumnMap;
  requireTs?: boolean;
  numbering?: AccountNumbering;
  onProgress?: (stage: IngestStage, done: number, total: number) => void;
  /** Files of at least this many bytes are read on two threads (a thread's start costs ~0.2 s). */
  splitBytes?: number;
};

export const SPLIT_BYTES = 16 << 20;
/**
 * The main thread's share of the file: a little over half, since the second thread starts its read
 * later (~0.2 s to start under tsx; on the 10 M ledger it finished 0.1–0.2 s after the main thread
 * with even halves).
 */
const MAIN_SHARE = 0.52;
const HEAD_BYTES = 64 << 10;

/** The file read the fast way, or null when the careful route must read it. */
export async function readCsvFast(path: string, options: FastOptions = {}): Promise<FastRead | null> {
  const fd = openSync(path, "r");
  let size: number;
  let plan: FastPlan | null;
  let splitAt: number;
  try {
    size = fstatSync(fd).size;
    const head = new Uint8Array(HEAD_BYTES);
    const got = readSync(fd, head, 0, HEAD_BYTES, 0);
    plan = fastPlan(head.subarray(0, got), options.columns ?? {}, !!options.requireTs);
    if (plan === null || plan.dataStart >= size) return null;
    splitAt =
      size - plan.dataStart >= (options.splitBytes ?? SPLIT_BYTES)
        ? lineStartAfter(fd, plan.dataStart + (size - plan.dataStart) * MAIN_SHARE, size)
        : size;
  } finally {
    closeSync(fd);
  }
  const progress = options.onProgress ?? (() => {});
  const second = splitAt < size ? new SecondThread() : null;
  try {
    return await readRanges(path, size, plan, splitAt, second, { ...options, onProgress: progress });
  } finally {
    second?.close();
  }
}

async function readRanges(
  path: string,
  size: number,
  plan: FastPlan,
  splitAt: number,
  second: SecondThread | null,
  options: FastOptions & { onProgress: NonNullable<FastOptions["onProgress"]> },
): Promise<FastRead | null> {
  const progress = options.onProgress;
  const done = new Float64Array(new SharedArrayBuffer(16));
  const total = size - plan.dataStart;
  const rest = second?.run<RangeResult>({
    task: "range",
    path,
    from: splitAt,
    to: size,
    atEndOfFile: true,
    fields: plan.fields,
    done,
  });
  const table = new NameTable(Math.max(1024, (splitAt - plan.dataStart) >> 9));
  progress("read", 0, total);
  const first = parseRange(
    path,
    plan.dataStart,
    splitAt,
    splitAt === size,
    plan.fields,
    { done, slot: 0, onBlock: () => progress("read", (done[0] as number) + (done[1] as number), total) },
    table,
  );
  if (!first.ok) return null;
  const ranges: RangeColumns[] = [first];
  if (rest) {
    const got = await rest;
    if (got === null || !got.ok) return null;
    ranges.push(got);
  }
  if (ranges.every((r) => r.kept === 0)) return null;
  progress("accounts", 0, 1);
  const kept = ranges.reduce((sum, r) => sum + r.kept, 0);
  const numbering = options.numbering ?? "activity";
  const hasId = plan.fields.includes(FIELD.id);
  let assembled: Assembled | null;
  if (second && ranges.length === 2) {
    // Each thread sorts its own range's names; then this one merges them.
    const theirs = second.run<SortedNames | null>({
      task: "sortNames",
      names: (ranges[1] as RangeColumns).names,
    });
    const mine = sortedNamesOf(first.names);
    const sorted = [mine, await theirs];
    const space = sortSpace(kept);
    const touched = second.run<boolean>({ task: "touch", space });
    const numbered = numberAccounts(table, ranges, numbering, sorted);
    progress("load", 0, kept);
    const ledger = (await touched) === null ? null : await sortOnTwoThreads(ranges, numbered, second, space);
    assembled = ledger && finishRanges(ranges, ledger, numbered, hasId);
  } else assembled = assembleRanges(table, ranges, numbering, hasId);
  if (assembled === null) return null;
  const m = assembled.ledger.src.length;
  progress("load", m, m);
  return {
    ...assembled,
    columns: plan.columns,
    guessed: plan.guessed,
    duplicates: countDuplicates(assembled.ledger),
  };
}

/**
 * sort-records.ts's three steps, each shared by this thread and the second: each maps and scatters
 * its own range's records, then both take blocks to sort until none is left. Null if the second
 * thread failed.
 */
async function sortOnTwoThreads(
  ranges: RangeColumns[],
  numbered: Numbering,
  second: SecondThread,
  space: SortSpace,
): Promise<Ledger | null> {
  const [a, b] = ranges as [RangeColumns, RangeColumns];
  const accountCount = numbered.accountCount;
  const blocks = blockCount(accountCount);
  const account = numbered.accountOf[1] as Int32Array;
  const countsB = second.run<Int32Array>({
    task: "map",
    records: b.records,
    kept: b.kept,
    account,
    rowBase: a.rows,
    blocks,
  });
  const countsA = mapRecords(a.records, a.kept, numbered.accountOf[0] as Int32Array, 0, blocks);
  const counted = await countsB;
  if (counted === null) return null;
  const { blockStart, next } = placeBlocks([countsA, counted]);
  const { blocked } = space;
  const scattered = second.run<boolean>({
    task: "scatter",
    records: b.records,
    kept: b.kept,
    blocked,
    next: next[1] as Int32Array,
  });
  scatterRecords(a.records, a.kept, blocked, next[0] as Int32Array);
  if ((await scattered) === null) return null;
  const ledger = { accountCount, ...space.columns };
  const claim = blockClaim();
  const written = second.run<boolean>({ task: "blocks", blocked, blockStart, claim, ledger });
  // The account names made here, while the other thread starts on the blocks: whatever this thread
  // spends on them, the other takes that many more blocks.
  numbered.accountNames();
  writeBlocks(blocked, blockStart, claim, ledger);
  return (await written) === null ? null : ledger;
}

/** The offset just past the first line feed at or after `from` (the file's size when there is none). */
function lineStartAfter(fd: number, from: number, size: number): number {
  const chunk = new Uint8Array(1 << 16);
  for (let at = Math.floor(from); at < size; at += chunk.length) {
    const got = readSync(fd, chunk, 0, chunk.length, at);
    const lf = chunk.subarray(0, got).indexOf(10);
    if (lf >= 0) return at + lf + 1;
  }
  return size;
}

/** The fast read as ingest returns it. */
export function fastIngested(file: string, fast: FastRead, started: number): IngestedLedger {
  return {
    ok: true,
    file,
    files: [file],
    format: "csv",
    ledger: fast.ledger,
    accounts: fast.accounts,
    ids: fast.ids,
    columns: fast.columns,
    guessed: fast.guessed,
    tsUnit: null,
    hasTimestamps: true,
    rows: fast.rows,
    loaded: fast.ledger.src.length,
    selfLoops: fast.selfLoops,
    duplicates: fast.duplicates,
    first: fast.first,
    last: fast.last,
    shard: null,
    seconds: (performance.now() - started) / 1000,
  };
}
