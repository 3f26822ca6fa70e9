/**
 * The fast CSV reader's ranges put together into what ingest.ts's careful route returns for the same
 * file: accounts numbered busiest first (ties by name) or by name, rows sorted by (payer, time,
 * file row), the transaction ids, the counts. The second range's names are added to the first range's
 * table, so a name has one number; the sort is two stable radix sorts (time, then payer) instead of
 * DuckDB's join and ORDER BY.
 */
import { orderByFloatKey, orderByIntKey } from "../../../core/ledger/radix-order.ts";
import type { Ledger } from "../../../core/ledger/types.ts";
import type { AccountNumbering, TransactionIds } from "../ingest-types.ts";
import type { NameTable } from "./name-table.ts";
import type { RangeColumns } from "./range-columns.ts";
import { sortIntoLedger } from "./sort-records.ts";

export type Assembled = {
  ledger: Ledger;
  accounts: string[];
  ids: TransactionIds;
  rows: number;
  selfLoops: number;
  first: number;
  last: number;
};

/** The accounts in the careful route's numbering, and each range's name numbers as account numbers. */
export type Numbering = { accounts: Int32Array; names: string[]; accountOf: Int32Array[] };

/**
 * `ranges[0]` was read into `table` (its names are the table's first ones); the others follow it in
 * the file and have their own tables, merged here so a name has one number.
 */
export function numberAccounts(
  table: NameTable,
  ranges: readonly RangeColumns[],
  numbering: AccountNumbering,
): Numbering {
  const toTable = ranges.map((range, r) => (r === 0 ? null : mergeNames(table, range)));
  const names = table.names();
  const accounts = accountOrder(table, names, numbering);
  const dense = new Int32Array(table.count).fill(-1);
  for (let at = 0; at < accounts.length; at++) dense[accounts[at] as number] = at;
  const accountOf = toTable.map((map) =>
    map === null ? dense : Int32Array.from(map, (name) => dense[name] as number),
  );
  return { accounts, names, accountOf };
}

/** What ingest returns besides the ledger, once the ledger is sorted. */
export function finishRanges(
  ranges: readonly RangeColumns[],
  ledger: Ledger,
  numbered: Numbering,
  hasId: boolean,
): Assembled {
  const m = ledger.src.length;
  const rows = ranges.reduce((sum, r) => sum + r.rows, 0);
  return {
    ledger,
    accounts: Array.from(numbered.accounts, (k) => numbered.names[k] as string),
    ids: hasId ? transactionIds(ranges, ledger.row, m) : { kind: "row" },
    rows,
    selfLoops: rows - m,
    first: Math.min(...ranges.map((r) => r.minTs)),
    last: Math.max(...ranges.map((r) => r.maxTs)),
  };
}

/** The ranges put together on this thread. */
export function assembleRanges(
  table: NameTable,
  ranges: readonly RangeColumns[],
  numbering: AccountNumbering,
  hasId: boolean,
): Assembled {
  const numbered = numberAccounts(table, ranges, numbering);
  const ledger = sortIntoLedger(ranges, numbered.accountOf, numbered.accounts.length);
  return finishRanges(ranges, ledger, numbered, hasId);
}

/** Adds a range's names to the table, with their activity; returns each one's number in the table. */
function mergeNames(table: NameTable, range: RangeColumns): Int32Array {
  const { bytes, starts, activity, count } = range.names;
  const map = new Int32Array(count);
  // In batches, as the ranges' cells were: the lookups' cache misses overlap.
  const BATCH = 64;
  for (let k = 0; k < count; k += BATCH) {
    const n = Math.min(BATCH, count - k);
    const numbers = map.subarray(k, k + n);
    table.internBatch(bytes, starts.subarray(k, k + n), starts.subarray(k + 1, k + 1 + n), n, numbers, 0);
    for (let i = 0; i < n; i++) {
      const name = numbers[i] as number;
      table.activity[name] = (table.activity[name] as number) + (activity[k + i] as number);
    }
  }
  return map;
}

/**
 * The table's names that pay or receive a kept transaction (a name seen only in self-loops is no
 * account), in the careful route's order: busiest first, ties by name; or by name. Names are ASCII
 * here, so their order as text is DuckDB's byte order. Both orders are stable radix sorts: by name
 * (nameKeys), then — for "activity" — by descending activity.
 */
function accountOrder(table: NameTable, names: string[], numbering: AccountNumbering): Int32Array {
  const activity = table.activity;
  let n = 0;
  for (let k = 0; k < table.count; k++) if ((activity[k] as number) > 0) n++;
  const chosen = new Int32Array(n);
  n = 0;
  for (let k = 0; k < table.count; k++) if ((activity[k] as number) > 0) chosen[n++] = k;
  const keys = nameKeys(table, chosen);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[i] = i;
  let byName: Int32Array;
  if (keys) byName = orderByFloatKey(items, keys);
  else {
    const sorted = Array.from(items).sort((x, y) => {
      const a = names[chosen[x] as number] as string;
      const b = names[chosen[y] as number] as string;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    byName = Int32Array.from(sorted);
  }
  if (numbering === "activity") {
    let most = 0;
    for (let i = 0; i < n; i++) most = Math.max(most, activity[chosen[i] as number] as number);
    const fewer = new Int32Array(n);
    for (let i = 0; i < n; i++) fewer[i] = most - (activity[chosen[i] as number] as number);
    byName = orderByIntKey(byName, fewer, most + 1).order;
  }
  return Int32Array.from(byName, (i) => chosen[i] as number);
}

/**
 * Each chosen name as a number in the names' byte order, or null when a name is longer than 8 bytes:
 * the bytes (printable ASCII, 0x21–0x7E) as digits 1–94 of base 95, padded with 0 digits on the
 * right, so a prefix sorts first. 95^8 < 2^53, so every key is an exact double.
 */
function nameKeys(table: NameTable, chosen: Int32Array): Float64Array | null {
  const { bytes, starts } = table;
  const keys = new Float64Array(chosen.length);
  for (let i = 0; i < chosen.length; i++) {
    const k = chosen[i] as number;
    const start = starts[k] as number;
    const length = (starts[k + 1] as number) - start;
    if (length > 8) return null;
    let key = 0;
    for (let j = 0; j < 8; j++) key = key * 95 + (j < length ? (bytes[start + j] as number) - 0x20 : 0);
    keys[i] = key;
  }
  return keys;
}

/**
 * Ids as the careful route gives them: numbers when every kept row's id is a whole number, else the
 * text of every row's id (entry = file row).
 */
function transactionIds(ranges: readonly RangeColumns[], row: Int32Array, m: number): TransactionIds {
  if (m > 0 && ranges.every((r) => r.idWhole && r.idValues !== null)) {
    const byRow = new Float64Array(ranges.reduce((sum, r) => sum + r.rows, 0));
    let at = 0;
    for (const range of ranges) {
      byRow.set(range.idValues as Float64Array, at);
      at += range.rows;
    }
    return { kind: "number", values: Float64Array.from(row, (r) => byRow[r] as number) };
  }
  const rows = ranges.reduce((sum, r) => sum + r.rows, 0);
  const offsets = new Float64Array(rows + 1);
  const parts: Uint8Array[] = [];
  let base = 0;
  let k = 0;
  for (const range of ranges) {
    const ends = range.idEnds as Float64Array;
    for (let i = 0; i < range.rows; i++) offsets[++k] = base + (ends[i] as number);
    const bytes = range.idBytes as Uint8Array;
    parts.push(bytes);
    base += bytes.length;
  }
  const bytes = Buffer.concat(parts, base);
  // Entry = file row: the ledger's own row column serves (it is only read).
  return { kind: "text", bytes, offsets, entry: row };
}
