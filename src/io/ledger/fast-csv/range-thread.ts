/**
 * The second thread of the fast CSV reader: reads the file's second byte range (parse-range.ts)
 * while the main thread reads the first, sorts its names (number-accounts.ts), then takes half of
 * each step of the sort (sort-records.ts).
 * One task per message, one reply per task; the arrays it works on are on shared memory.
 */
import { parentPort } from "node:worker_threads";
import type { Ledger } from "../../../core/ledger/types.ts";
import { sortedNamesOf } from "./number-accounts.ts";
import { parseRange } from "./parse-range.ts";
import { type RangeColumns, rangeTransfers } from "./range-columns.ts";
import { mapRecords, type SortSpace, scatterRecords, touchPages, writeBlocks } from "./sort-records.ts";

export type ThreadTask =
  | {
      task: "range";
      path: string;
      from: number;
      to: number;
      atEndOfFile: boolean;
      fields: Int8Array;
      /** Bytes read so far, in slot 1 (the main thread's own in slot 0), for the progress bar. */
      done: Float64Array;
    }
  | { task: "map"; records: Float64Array; kept: number; account: Int32Array; rowBase: number; blocks: number }
  | { task: "scatter"; records: Float64Array; kept: number; blocked: Int32Array; next: Int32Array }
  | { task: "sortNames"; names: RangeColumns["names"] }
  | { task: "touch"; space: SortSpace }
  | { task: "blocks"; blocked: Int32Array; blockStart: Int32Array; claim: Int32Array; ledger: Ledger };

if (parentPort === null) throw new Error("range-thread.ts must run in a worker thread");
const port = parentPort;
port.on("message", (t: ThreadTask) => {
  switch (t.task) {
    case "range": {
      const result = parseRange(t.path, t.from, t.to, t.atEndOfFile, t.fields, { done: t.done, slot: 1 });
      port.postMessage(result, result.ok ? rangeTransfers(result) : []);
      return;
    }
    case "map": {
      const counts = mapRecords(t.records, t.kept, t.account, t.rowBase, t.blocks);
      port.postMessage(counts, [counts.buffer as ArrayBuffer]);
      return;
    }
    case "scatter":
      scatterRecords(t.records, t.kept, t.blocked, t.next);
      port.postMessage(true);
      return;
    case "sortNames": {
      const sorted = sortedNamesOf(t.names);
      port.postMessage(
        sorted,
        sorted ? ([sorted.keys.buffer, sorted.names.buffer, sorted.activity.buffer] as ArrayBuffer[]) : [],
      );
      return;
    }
    case "touch":
      touchPages(t.space);
      port.postMessage(true);
      return;
    case "blocks":
      writeBlocks(t.blocked, t.blockStart, t.claim, t.ledger);
      port.postMessage(true);
      return;
  }
});
