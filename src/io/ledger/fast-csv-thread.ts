/**
 * A part of the plain-CSV fast path (fast-csv.ts), on a worker thread or, for one part, on the
 * caller's: it reads its byte range of the file (whole lines) in chunks, checks each chunk is valid
 * UTF-8 and parses it (fast-csv-parse.ts), sends back the account table and ids (transferred, not
 * copied) and keeps the rows' columns; then, asked in turn, numbers its rows, writes them into the
 * shared ledger and sorts its share of the payers' runs (fast-csv-rows.ts).
 */
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { Ledger } from "../../core/ledger/types.ts";
import { PartParser, type PartSummary } from "./fast-csv-parse.ts";
import { numberRows, type PartRows, scatterRows, sortRuns } from "./fast-csv-rows.ts";
import { threadCpuMs } from "./thread-cpu.ts";

export type ParseRequest = {
  type: "parse";
  path: string;
  /** Byte range [start, end) of the file: whole lines, the last one perhaps without its line break. */
  start: number;
  end: number;
  roles: number[];
  expectedRows: number;
};

export type PartRequest =
  | ParseRequest
  | { type: "number"; numberOf: Int32Array; global: Int32Array | null; accounts: number }
  | { type: "scatter"; base: number; next: Int32Array; ledger: Ledger }
  | { type: "sort"; ledger: Ledger; runs: Int32Array; from: number; to: number };

export type PartReply =
  | { ok: false }
  | ({ ok: true } & PartSummary)
  | { counts: Int32Array }
  | { done: true; cpuMs: number | null };

const CHUNK = 8 << 20;

/** One part's state and its answers to the requests, in order: parse, number, scatter, sort. */
export class PartWork {
  private rows: PartRows | null = null;

  handle(request: PartRequest): { reply: PartReply; transfer: ArrayBuffer[] } {
    if (request.type === "parse") {
      const part = parseRange(request);
      if (!part) return { reply: { ok: false }, transfer: [] };
      const { src, dst, ts, amount, ...summary } = part;
      this.rows = { rows: part.rows, src, dst, ts, amount };
      const arrays: ArrayBufferView[] = [summary.names, summary.nameOffsets, summary.activity, summary.slots];
      for (const a of [summary.idBytes, summary.idEnds, summary.idWhole]) if (a) arrays.push(a);
      return { reply: { ok: true, ...summary }, transfer: arrays.map((a) => a.buffer as ArrayBuffer) };
    }
    const rows = this.rows as PartRows;
    if (request.type === "number") {
      const counts = numberRows(rows, request.numberOf, request.global, request.accounts);
      return { reply: { counts }, transfer: [counts.buffer as ArrayBuffer] };
    }
    if (request.type === "scatter") {
      scatterRows(rows, request.base, request.next, request.ledger);
      this.rows = null;
    } else sortRuns(request.ledger, request.runs, request.from, request.to);
    return { reply: { done: true, cpuMs: threadCpuMs() }, transfer: [] };
  }
}

/** The part's columns, or null at the first line that is not plain (see fast-csv-parse.ts). */
export function parseRange(input: ParseRequest) {
  const parser = new PartParser(input.roles, input.expectedRows);
  const fd = openSync(input.path, "r");
  try {
    let buffer = Buffer.allocUnsafe(CHUNK + 1);
    let carried = 0;
    let at = input.start;
    for (;;) {
      if (carried === buffer.length - 1) {
        const wider = Buffer.allocUnsafe(2 * buffer.length);
        buffer.copy(wider, 0, 0, carried);
        buffer = wider;
      }
      const want = Math.min(buffer.length - 1 - carried, input.end - at);
      const got = want > 0 ? readSync(fd, buffer, carried, want, at) : 0;
      at += got;
      let filled = carried + got;
      const last = at >= input.end || got === 0;
      // The final line may lack its line break: one is added, as if the file had it.
      if (last && filled > 0 && buffer[filled - 1] !== 10) buffer[filled++] = 10;
      const through = last ? filled : buffer.lastIndexOf(10, filled - 1) + 1;
      if (through > 0 && (!isUtf8(buffer.subarray(0, through)) || !parser.feed(buffer, through))) return null;
      if (last) return parser.finish();
      carried = filled - through;
      buffer.copy(buffer, 0, through, filled);
    }
  } finally {
    closeSync(fd);
  }
}

/** The workerData that marks a thread as a part of the fast path (another worker may import this module). */
export const PART_THREAD = "halqa-fast-csv-part";

if (parentPort && workerData === PART_THREAD) {
  const port = parentPort;
  const work = new PartWork();
  port.on("message", (request: PartRequest) => {
    const { reply, transfer } = work.handle(request);
    port.postMessage(reply, transfer);
  });
}
