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

/** The accounts' names by account number, and each range's name numbers as account numbers (−1: none). */
export type Numbering = { accountNames: string[]; accountOf: Int32Array[] };

type Names = RangeColumns["names"];

/** `ranges[0]`'s names are `table`'s (read into it); a second range has its own. */
export function numberAccounts(
  table: NameTable,
  ranges: readonly RangeColumns[],
  numbering: AccountNumbering,
): Numbering {
  const keys = ranges.map((r) => nameKeys(r.names));
  if (keys.every((k) => k !== null)) return byKeys(ranges, keys as Float64Array[], numbering);
  return byTable(table, ranges, numbering);
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
  keys: Float64Array[],
  numbering: AccountNumbering,
): Numbering {
  const sorted = keys.map((k) => orderByFloatKey(identity(k.length), k));
  // The ranges' names in one list in name order, a name the ranges share once, its activity summed.
  const total = keys.reduce((sum, k) => sum + k.length, 0);
  const unionRange = new Int8Array(total);
  const unionName = new Int32Array(total);
  const unionActivity = new Int32Array(total);
  const toUnion = keys.map((k) => new Int32Array(k.length));
  const at = keys.map(() => 0);
  let u = 0;
  for (;;) {
    // The smallest key at the head of any list (two lists at most).
    let best = -1;
    let bestKey = Number.POSITIVE_INFINITY;
    for (let r = 0; r < keys.length; r++) {
      const i = at[r] as number;
      if (i >= (sorted[r] as Int32Array).length) continue;
      const key = (keys[r] as Float64Array)[(sorted[r] as Int32Array)[i] as number] as number;
      if (key < bestKey) {
        best = r;
        bestKey = key;
      }
    }
    if (best < 0) break;
    unionRange[u] = best;
    unionName[u] = (sorted[best] as Int32Array)[at[best] as number] as number;
    for (let r = 0; r < keys.length; r++) {
      const i = at[r] as number;
      if (i >= (sorted[r] as Int32Array).length) continue;
      const k = (sorted[r] as Int32Array)[i] as number;
      if ((keys[r] as Float64Array)[k] !== bestKey) continue;
      (toUnion[r] as Int32Array)[k] = u;
      unionActivity[u] =
        (unionActivity[u] as number) + ((ranges[r] as RangeColumns).names.activity[k] as number);
      at[r] = i + 1;
    }
    u++;
  }
  // Accounts: the names with activity, in name order, then (activity) busiest first, stably.
  let n = 0;
  for (let v = 0; v < u; v++) if ((unionActivity[v] as number) > 0) n++;
  let order: Int32Array = new Int32Array(n);
  n = 0;
  for (let v = 0; v < u; v++) if ((unionActivity[v] as number) > 0) order[n++] = v;
  if (numbering === "activity") order = busiestFirst(order, unionActivity);
  const dense = new Int32Array(u).fill(-1);
  const texts = ranges.map((r) => latin1(r.names));
  const accountNames = new Array<string>(n);
  for (let a = 0; a < n; a++) {
    const v = order[a] as number;
    dense[v] = a;
    const r = unionRange[v] as number;
    const k = unionName[v] as number;
    const starts = (ranges[r] as RangeColumns).names.starts;
    accountNames[a] = (texts[r] as string).slice(starts[k], starts[k + 1]);
  }
  const accountOf = toUnion.map((map) => {
    const out = new Int32Array(map.length);
    for (let k = 0; k < map.length; k++) out[k] = dense[map[k] as number] as number;
    return out;
  });
  return { accountNames, accountOf };
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
  return { accountNames, accountOf };
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
