/**
 * The main thread's part of the plain-CSV fast path's merge (fast-csv.ts): the parts' account tables
 * joined, the accounts numbered as ingest.ts's `accounts` table numbers them (busiest first, ties by
 * name; or by name), their names decoded, and the ids kept as ingest keeps them. The rows themselves
 * are merged by the parts' threads (fast-csv-rows.ts).
 *
 * Names order as DuckDB orders text: byte by byte in UTF-8 (not by UTF-16 code units, as JavaScript
 * compares strings: the two differ for characters from U+E000 up).
 */

import { orderByFloatKey, orderByIntKey } from "../../core/ledger/radix-order.ts";
import { NameTable } from "./fast-csv-names.ts";
import type { PartSummary } from "./fast-csv-parse.ts";
import type { AccountNumbering, TransactionIds } from "./ingest.ts";

/**
 * Account names of all parts: the first part's table goes on with the others' names (their counts
 * added), so globalOf[p][k] is part p's account k in the first part's numbering (the identity for it).
 */
export function mergeAccounts(parts: readonly PartSummary[]): {
  table: NameTable;
  activity: Int32Array;
  globalOf: (Int32Array | null)[];
} {
  const head = parts[0] as PartSummary;
  const table = new NameTable(head.slots, head.names, head.nameOffsets, head.nameOffsets.length - 1);
  const globalOf = parts.map((part, p) => {
    if (p === 0) return null;
    const count = part.nameOffsets.length - 1;
    const global = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      global[k] = table.intern(part.names, part.nameOffsets[k] as number, part.nameOffsets[k + 1] as number);
      table.addToLast((part.activity[k] as number) - 1);
    }
    return global;
  });
  return { table, activity: table.activity(), globalOf };
}

/**
 * The numbering of the accounts that appear in a transaction other than a self-loop: numberOf[g] is
 * account g's number (−1 for the others), order[i] the account numbered i. No comparison sort of a
 * million names: a radix sort on each name's first six bytes (a number below 2^48, a shorter name
 * padded with zeros, so its order agrees with the bytes'), then a stable one on activity; only the
 * runs that tie on both are sorted by their whole bytes.
 */
export function numberAccounts(
  table: NameTable,
  activity: Int32Array,
  numbering: AccountNumbering,
): { numberOf: Int32Array; order: Int32Array } {
  const { names, nameOffsets } = table;
  let used = 0;
  for (let g = 0; g < table.count; g++) if ((activity[g] as number) > 0) used++;
  const items = new Int32Array(used);
  const prefix = new Float64Array(table.count);
  used = 0;
  for (let g = 0; g < table.count; g++) {
    if ((activity[g] as number) === 0) continue;
    items[used++] = g;
    const from = nameOffsets[g] as number;
    const to = nameOffsets[g + 1] as number;
    let key = 0;
    for (let i = 0; i < 6; i++) key = key * 256 + (from + i < to ? (names[from + i] as number) : 0);
    prefix[g] = key;
  }
  let order = orderByFloatKey(items, prefix);
  const rank = new Int32Array(table.count);
  if (numbering === "activity") {
    // Busiest first: each activity's rank among the distinct activities, descending.
    const distinct = [...new Set(items.map((g) => activity[g] as number))].sort((x, y) => y - x);
    const rankOf = new Map(distinct.map((v, i) => [v, i]));
    for (const g of items) rank[g] = rankOf.get(activity[g] as number) as number;
    order = orderByIntKey(order, rank, distinct.length).order;
  }
  const byBytes = (x: number, y: number) => compareNames(names, nameOffsets, x, y);
  for (let i = 0; i < order.length; ) {
    const g = order[i] as number;
    let j = i + 1;
    while (
      j < order.length &&
      prefix[order[j] as number] === prefix[g] &&
      rank[order[j] as number] === rank[g]
    )
      j++;
    if (j - i > 1) order.set(Array.from(order.subarray(i, j)).sort(byBytes), i);
    i = j;
  }
  const numberOf = new Int32Array(table.count).fill(-1);
  for (let i = 0; i < order.length; i++) numberOf[order[i] as number] = i;
  return { numberOf, order };
}

/** Byte order of names x and y (DuckDB's order of text). */
function compareNames(names: Uint8Array, offsets: Int32Array, x: number, y: number): number {
  const a = offsets[x] as number;
  const b = offsets[y] as number;
  const la = (offsets[x + 1] as number) - a;
  const lb = (offsets[y + 1] as number) - b;
  for (let i = 0; i < Math.min(la, lb); i++) {
    const d = (names[a + i] as number) - (names[b + i] as number);
    if (d !== 0) return d;
  }
  return la - lb;
}

export function accountNames(table: NameTable, order: Int32Array): string[] {
  const arena = Buffer.from(table.names.buffer, table.names.byteOffset, table.names.byteLength);
  const out: string[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const g = order[i] as number;
    out[i] = arena.toString("utf8", table.nameOffsets[g] as number, table.nameOffsets[g + 1] as number);
  }
  return out;
}

/**
 * The ids as ingest keeps them (see TransactionIds and ingest.ts's loadedCounts and textIds): none
 * without an id column; numbers when the first loaded id is a whole number and every loaded one is;
 * else the text of file rows firstRow … lastRow (the first and last loaded), one a line.
 */
export function transactionIds(parts: readonly PartSummary[], row: Int32Array): TransactionIds {
  if (parts.length === 0 || parts[0]?.idEnds == null) return { kind: "row" };
  let firstRow = -1;
  let lastRow = -1;
  let numbers = true;
  let base = 0;
  for (const part of parts) {
    if (part.firstKept >= 0) {
      if (firstRow < 0) firstRow = base + part.firstKept;
      lastRow = base + part.lastKept;
      numbers &&= part.keptWhole;
    }
    base += part.rows;
  }
  if (firstRow < 0) {
    firstRow = 0;
    numbers = false;
  }
  if (numbers) {
    const whole = concatFloat(parts.map((part) => part.idWhole as Float64Array));
    const values = new Float64Array(row.length);
    for (let k = 0; k < row.length; k++) values[k] = whole[row[k] as number] as number;
    return { kind: "number", values };
  }
  const n = Math.max(0, lastRow - firstRow + 1);
  const pieces: Buffer[] = [];
  const offsets = new Float64Array(n + 1);
  base = 0;
  let k = 0;
  for (const part of parts) {
    const ends = part.idEnds as Int32Array;
    const ids = part.idBytes as Uint8Array;
    const from = Math.max(firstRow - base, 0);
    const to = Math.min(lastRow - base + 1, part.rows);
    if (from < to) {
      const start = from === 0 ? 0 : (ends[from - 1] as number);
      pieces.push(Buffer.from(ids.buffer, ids.byteOffset + start, (ends[to - 1] as number) - start));
      const shift = (offsets[k] as number) - start;
      for (let r = from; r < to; r++) offsets[++k] = (ends[r] as number) + shift;
    }
    base += part.rows;
  }
  const entry = new Int32Array(row.length);
  for (let e = 0; e < row.length; e++) entry[e] = (row[e] as number) - firstRow;
  return { kind: "text", bytes: Buffer.concat(pieces), offsets, entry };
}

function concatFloat(arrays: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((sum, a) => sum + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
