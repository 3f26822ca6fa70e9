/**
 * The accounts of the fast CSV reader's ranges numbered as the careful route numbers them (ingest.ts):
 * every name that pays or receives a kept transaction (a name seen only in self-loops is no account),
 * busiest first with ties by name, or by name; names are ASCII here, so their order as text is
 * DuckDB's byte order.
 *
 * Usually every name is at most 8 bytes (account codes), and then each is a number in byte order
 * (nameKeys): each range's names are radix-sorted by it and the two sorted lists merged in one pass,
 * which also finds the names the ranges share — no hash lookup of one range's names in the other's
 * table. Longer names take the table's way: the second range's names looked up in the first range's
 * table, and a comparison sort of the text.
 */
import { orderByFloatKey, orderByIntKey } from "../../../core/ledger/radix-order.ts";
import type { AccountNumbering } from "../ingest-types.ts";
import type { NameTable } from "./name-table.ts";
import type { RangeColumns } from "./range-columns.ts";

/**
 * The number of accounts, each range's name numbers as account numbers (−1: no account), and the
 * accounts' names by number — made when first asked for (a million strings cost ~0.15 s, which the
 * reader spends where the other thread has work of its own).
 */
export type Numbering = { accountCount: number; accountOf: Int32Array[]; accountNames: () => string[] };

type Names = RangeColumns["names"];

/**
 * `ranges[0]`'s names are `table`'s (read into it); a second range has its own. `sorted`, when
 * given, holds each range's names already in name order (sortedNamesOf, on another thread).
 */
export function numberAccounts(
  table: NameTable,
  ranges: readonly RangeColumns[],
  numbering: AccountNumbering,
  sorted?: readonly (SortedNames | null)[],
): Numbering {
  const lists = sorted ?? ranges.map((r) => sortedNamesOf(r.names));
  if (lists.every((l) => l !== null)) return byKeys(ranges, lists as SortedNames[], numbering);
  return byTable(table, ranges, numbering);
}

/** A range's names in name order: their keys, numbers in the range, activities (null: a name > 8 bytes). */
export type SortedNames = { keys: Float64Array; names: Int32Array; activity: Int32Array };

export function sortedNamesOf(names: Names): SortedNames | null {
  const keys = nameKeys(names);
  if (keys === null) return null;
  const order = orderByFloatKey(identity(keys.length), keys);
  const sortedKeys = new Float64Array(order.length);
  const activity = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const k = order[i] as number;
    sortedKeys[i] = keys[k] as number;
    activity[i] = names.activity[k] as number;
  }
  return { keys: sortedKeys, names: order, activity };
}

/**
 * Each name as a number in byte order, or null when a name is longer than 8 bytes: its bytes
 * (printable ASCII, 0x21–0x7E) as digits 1–94 of base 95, padded with 0 digits on the right, so a
 * prefix sorts first. 95^8 < 2^53, so every key is an exact double.
 */
export function nameKeys(names: Names): Float64Array | null {
  const { bytes, starts, count } = names;
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const start = starts[k] as number;
    const length = (starts[k + 1] as number) - start;
    if (length > 8) return null;
    let key = 0;
    for (let j = 0; j < 8; j++) key = key * 95 + (j < length ? (bytes[start + j] as number) - 0x20 : 0);
    keys[k] = key;
  }
  return keys;
}

function byKeys(
  ranges: readonly RangeColumns[],
  sorted: SortedNames[],
  numbering: AccountNumbering,
): Numbering {
  // The ranges' names in one list in name order, a name the ranges share once, its activity summed.
  const [a, b] = sorted as [SortedNames, SortedNames?];
  const other = b ?? { keys: new Float64Array(0), names: new Int32Array(0), activity: new Int32Array(0) };
  const total = a.keys.length + other.keys.length;
  const unionRange = new Int8Array(total);
  const unionName = new Int32Array(total);
  const unionActivity = new Int32Array(total);
  const toUnion = [new Int32Array(a.keys.length), new Int32Array(other.keys.length)];
  const [toA, toB] = toUnion as [Int32Array, Int32Array];
  let i = 0;
  let j = 0;
  let u = 0;
  while (i < a.keys.length || j < other.keys.length) {
    const ka = i < a.keys.length ? (a.keys[i] as number) : Number.POSITIVE_INFINITY;
    const kb = j < other.keys.length ? (other.keys[j] as number) : Number.POSITIVE_INFINITY;
    let activity = 0;
    if (ka <= kb) {
      unionRange[u] = 0;
      unionName[u] = a.names[i] as number;
      toA[a.names[i] as number] = u;
      activity += a.activity[i++] as number;
    } else {
      unionRange[u] = 1;
      unionName[u] = other.names[j] as number;
    }
    if (kb <= ka) {
      toB[other.names[j] as number] = u;
      activity += other.activity[j++] as number;
    }
    unionActivity[u++] = activity;
  }
  // Accounts: the names with activity, in name order, then (activity) busiest first, stably.
  let n = 0;
  for (let v = 0; v < u; v++) if ((unionActivity[v] as number) > 0) n++;
  let order: Int32Array = new Int32Array(n);
  n = 0;
  for (let v = 0; v < u; v++) if ((unionActivity[v] as number) > 0) order[n++] = v;
  if (numbering === "activity") order = busiestFirst(order, unionActivity);
  const dense = new Int32Array(u).fill(-1);
  for (let a = 0; a < n; a++) dense[order[a] as number] = a;
  const accountOf = toUnion.slice(0, ranges.length).map((map) => {
    const out = new Int32Array(map.length);
    for (let k = 0; k < map.length; k++) out[k] = dense[map[k] as number] as number;
    return out;
  });
  const accountNames = once(() => {
    const texts = ranges.map((r) => latin1(r.names));
    const names = new Array<string>(n);
    for (let a = 0; a < n; a++) {
      const v = order[a] as number;
      const r = unionRange[v] as number;
      const k = unionName[v] as number;
      const starts = (ranges[r] as RangeColumns).names.starts;
      names[a] = (texts[r] as string).slice(starts[k], starts[k + 1]);
    }
    return names;
  });
  return { accountCount: n, accountOf, accountNames };
}

/** The table's way, for names longer than 8 bytes. */
function byTable(table: NameTable, ranges: readonly RangeColumns[], numbering: AccountNumbering): Numbering {
  const toTable = ranges.map((range, r) => (r === 0 ? null : mergeNames(table, range)));
  const names = table.names();
  const activity = table.activity;
  const chosen: number[] = [];
  for (let k = 0; k < table.count; k++) if ((activity[k] as number) > 0) chosen.push(k);
  chosen.sort((x, y) => {
    const a = names[x] as string;
    const b = names[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  let order: Int32Array = Int32Array.from(chosen);
  if (numbering === "activity") order = busiestFirst(order, activity);
  const dense = new Int32Array(table.count).fill(-1);
  const accountNames = new Array<string>(order.length);
  for (let a = 0; a < order.length; a++) {
    dense[order[a] as number] = a;
    accountNames[a] = names[order[a] as number] as string;
  }
  const accountOf = toTable.map((map) => {
    if (map === null) return dense;
    const out = new Int32Array(map.length);
    for (let k = 0; k < map.length; k++) out[k] = dense[map[k] as number] as number;
    return out;
  });
  return { accountCount: accountNames.length, accountOf, accountNames: () => accountNames };
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

/** `order` (in name order) stably by descending activity: a counting sort on (most − activity). */
function busiestFirst(order: Int32Array, activity: Int32Array): Int32Array {
  let most = 0;
  for (let i = 0; i < order.length; i++) most = Math.max(most, activity[order[i] as number] as number);
  const fewer = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) fewer[i] = most - (activity[order[i] as number] as number);
  const positions = orderByIntKey(identity(order.length), fewer, most + 1).order;
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = order[positions[i] as number] as number;
  return out;
}

/** f's value, worked out on the first call only. */
function once<T>(f: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value as T;
  };
}

function identity(n: number): Int32Array {
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[i] = i;
  return items;
}

/** All of a range's name bytes as one string (ASCII: latin1 is UTF-8), to slice each name from. */
function latin1(names: Names): string {
  const { bytes, starts, count } = names;
  return Buffer.from(bytes.buffer, bytes.byteOffset, starts[count]).toString("latin1");
}
