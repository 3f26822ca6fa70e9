/**
 * The fast CSV reader's ranges put together into what ingest.ts's careful route returns for the same
 * file: the accounts numbered (number-accounts.ts), the rows sorted by (payer, time, file row)
 * (sort-records.ts), the transaction ids, the counts.
 */
import type { Ledger } from "../../../core/ledger/types.ts";
import type { AccountNumbering, TransactionIds } from "../ingest-types.ts";
import type { NameTable } from "./name-table.ts";
import { type Numbering, numberAccounts } from "./number-accounts.ts";
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
    accounts: numbered.accountNames(),
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
  const ledger = sortIntoLedger(ranges, numbered.accountOf, numbered.accountCount);
  return finishRanges(ranges, ledger, numbered, hasId);
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
    const values = new Float64Array(m);
    for (let e = 0; e < m; e++) values[e] = byRow[row[e] as number] as number;
    return { kind: "number", values };
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
