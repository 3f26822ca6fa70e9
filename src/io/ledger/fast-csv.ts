/**
 * The fast path of ingest for a plain CSV file: the file split at line boundaries into parts parsed
 * on worker threads straight from bytes (fast-csv-thread.ts, fast-csv-parse.ts), their account
 * tables merged and numbered (fast-csv-merge.ts), and the rows written by the same threads into the
 * shared ledger in (payer, time, row) order (fast-csv-rows.ts). It gives exactly the ledger, names
 * and ids of DuckDB's path (fast-csv.test.ts), or null — a header it does not recognise, a quote, a
 * line or value it cannot read, invalid UTF-8, times with and without an offset mixed — and ingest
 * then reads the file through DuckDB as before, so every problem and message stays that path's.
 */
import { open, stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { Ledger } from "../../core/ledger/types.ts";
import { workerEntry } from "../runtime.ts";
import type { ColumnMap, Role } from "./columns.ts";
import { accountNames, mergeAccounts, numberAccounts, transactionIds } from "./fast-csv-merge.ts";
import { FIELD, type PartSummary } from "./fast-csv-parse.ts";
import { PART_THREAD, type PartReply, type PartRequest, PartWork } from "./fast-csv-thread.ts";
import type { AccountNumbering, TransactionIds } from "./ingest.ts";
import { sharedArrays } from "./shared-arrays.ts";

const ENTRY = workerEntry(import.meta.url, "fast-csv-thread", "fast-csv-thread-entry.js");
/** Bytes read to find the header, the line boundaries near the split points and the mean line length. */
const PROBE = 1 << 16;
/** Files below this size are parsed on the calling thread (a thread costs more than it saves). */
const ONE_PART_BELOW = 8 << 20;

export type FastCsvOptions = {
  /** The file's column names, as DuckDB read the header. */
  names: readonly string[];
  columns: ColumnMap;
  numbering: AccountNumbering;
  /** Parts parsed at once on threads (default 2); 1 parses on the calling thread. */
  parts?: number;
  /** Files smaller than this many bytes are parsed on the calling thread (default 8 MiB). */
  threadsFrom?: number;
  onStage?: (stage: "read" | "accounts" | "load") => void;
};

export type FastLedger = {
  ledger: Ledger;
  accounts: string[];
  ids: TransactionIds;
  rows: number;
  loaded: number;
  selfLoops: number;
  first: number;
  last: number;
  /** CPU seconds of each part's thread (null: unknown, or parsed on the calling thread). */
  partCpu: (number | null)[];
};

export async function readPlainCsv(path: string, options: FastCsvOptions): Promise<FastLedger | null> {
  const split = await splitFile(path, options);
  if (!split) return null;
  const useThreads = (options.parts ?? 2) > 1 && split.bounds.length > 2;
  const parts = split.bounds.slice(1).map(() => (useThreads ? threadPart() : localPart()));
  try {
    options.onStage?.("read");
    const parsed = await Promise.all(
      parts.map((part, k) => {
        const start = split.bounds[k] as number;
        const end = split.bounds[k + 1] as number;
        const expectedRows = Math.ceil(((end - start) / split.meanLine) * 1.05) + 16;
        return part.request({ type: "parse", path, start, end, roles: split.roles, expectedRows });
      }),
    );
    if (parsed.some((reply) => !("ok" in reply && reply.ok))) return null;
    const summaries = parsed as PartSummary[];
    if (summaries.every((s) => s.rows === 0)) return null; // an empty ledger: DuckDB's path says so
    const zoned = summaries.reduce((sum, p) => sum + p.zoned, 0);
    const naive = summaries.reduce((sum, p) => sum + p.naive, 0);
    if (zoned > 0 && naive > 0) return null; // DuckDB's path refuses the mix, with its message
    options.onStage?.("accounts");
    const { table, activity, globalOf } = mergeAccounts(summaries);
    const { numberOf, order } = numberAccounts(table, activity, options.numbering);
    const n = order.length;
    options.onStage?.("load");
    const counts = (await Promise.all(
      parts.map((part, p) =>
        part.request({ type: "number", numberOf, global: globalOf[p] ?? null, accounts: n }),
      ),
    )) as { counts: Int32Array }[];
    // Payer a's run starts at runs[a]; within it, each part's rows after the earlier parts'.
    const runs = sharedArrays.int32(n + 1);
    for (let a = 0; a < n; a++) {
      let sum = 0;
      for (const c of counts) sum += c.counts[a] as number;
      runs[a + 1] = (runs[a] as number) + sum;
    }
    const m = runs[n] as number;
    const ledger: Ledger = {
      accountCount: n,
      src: sharedArrays.int32(m),
      dst: sharedArrays.int32(m),
      ts: sharedArrays.float64(m),
      amount: sharedArrays.float64(m),
      row: sharedArrays.int32(m),
    };
    const next = counts.map(() => new Int32Array(n));
    for (let a = 0; a < n; a++) {
      let at = runs[a] as number;
      for (const [p, c] of counts.entries()) {
        (next[p] as Int32Array)[a] = at;
        at += c.counts[a] as number;
      }
    }
    let base = 0;
    const bases = summaries.map((s) => {
      const b = base;
      base += s.rows;
      return b;
    });
    await Promise.all(
      parts.map((part, p) =>
        part.request({ type: "scatter", base: bases[p] as number, next: next[p] as Int32Array, ledger }),
      ),
    );
    // The payers shared out by their rows, so each thread sorts about as many.
    const cuts = [0];
    for (let p = 1, a = 0; p < parts.length; p++) {
      while (a < n && (runs[a] as number) < (m * p) / parts.length) a++;
      cuts.push(a);
    }
    cuts.push(n);
    const sorted = await Promise.all(
      parts.map((part, p) =>
        part.request({ type: "sort", ledger, runs, from: cuts[p] as number, to: cuts[p + 1] as number }),
      ),
    );
    const rows = summaries.reduce((sum, s) => sum + s.rows, 0);
    const selfLoops = summaries.reduce((sum, s) => sum + s.selfLoops, 0);
    return {
      ledger,
      accounts: accountNames(table, order),
      ids: transactionIds(summaries, ledger.row),
      rows,
      loaded: m,
      selfLoops,
      first: rows === 0 ? Number.NaN : Math.min(...summaries.map((s) => s.first)),
      last: rows === 0 ? Number.NaN : Math.max(...summaries.map((s) => s.last)),
      partCpu: sorted.map((reply) =>
        "cpuMs" in reply && reply.cpuMs !== null && useThreads ? reply.cpuMs / 1000 : null,
      ),
    };
  } finally {
    await Promise.all(parts.map((part) => part.close()));
  }
}

/** The header's columns and roles, the byte ranges of the parts, and the sample's mean line length. */
async function splitFile(
  path: string,
  options: FastCsvOptions,
): Promise<{ roles: number[]; bounds: number[]; meanLine: number } | null> {
  const roleOf = new Map<string, number>();
  for (const [role, column] of Object.entries(options.columns) as [Role, string][])
    roleOf.set(column, FIELD[role]);
  const size = (await stat(path)).size;
  const handle = await open(path, "r");
  try {
    const head = await readAt(handle, 0);
    const headerEnd = head.indexOf(10);
    if (headerEnd < 0) return null;
    const header = head.toString("utf8", 0, headerEnd);
    if (/["\r\uFEFF\uFFFD]/.test(header) || header.split(",").join("\u0000") !== options.names.join("\u0000"))
      return null;
    const sampled = head.subarray(headerEnd + 1);
    const lines = sampled.filter((b) => b === 10).length;
    const meanLine = lines > 0 ? sampled.lastIndexOf(10) / lines : 64;
    const bounds = [headerEnd + 1];
    const parts = size < (options.threadsFrom ?? ONE_PART_BELOW) ? 1 : Math.max(1, options.parts ?? 2);
    for (let k = 1; k < parts; k++) {
      const at = Math.floor(headerEnd + 1 + ((size - headerEnd - 1) * k) / parts);
      const near = await readAt(handle, at - 1);
      const line = near.indexOf(10);
      const boundary = line < 0 ? size : at + line;
      if (boundary > (bounds[bounds.length - 1] as number) && boundary < size) bounds.push(boundary);
    }
    bounds.push(size);
    return { roles: options.names.map((name) => roleOf.get(name) ?? FIELD.skip), bounds, meanLine };
  } finally {
    await handle.close();
  }
}

async function readAt(handle: Awaited<ReturnType<typeof open>>, position: number): Promise<Buffer> {
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(PROBE), 0, PROBE, Math.max(0, position));
  return buffer.subarray(0, bytesRead);
}

type Part = { request: (request: PartRequest) => Promise<PartReply>; close: () => Promise<unknown> };

function localPart(): Part {
  const work = new PartWork();
  return { request: async (request) => work.handle(request).reply, close: async () => {} };
}

function threadPart(): Part {
  const thread = new Worker(ENTRY, { workerData: PART_THREAD });
  let failed: Error | null = null;
  const waiting: { resolve: (reply: PartReply) => void; reject: (error: Error) => void }[] = [];
  const fail = (error: Error) => {
    failed = error;
    for (const w of waiting.splice(0)) w.reject(error);
  };
  thread.on("message", (reply: PartReply) => waiting.shift()?.resolve(reply));
  thread.on("error", fail);
  thread.on("exit", (code) => fail(new Error(`a CSV thread stopped (exit ${code})`)));
  return {
    request: (request) =>
      new Promise<PartReply>((resolve, reject) => {
        if (failed) return reject(failed);
        waiting.push({ resolve, reject });
        thread.postMessage(request);
      }),
    close: () => thread.terminate(),
  };
}
