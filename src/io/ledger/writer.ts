/**
 * Streams cycles to --out (.csv, .jsonl/.ndjson or .parquet) without holding them: each batch is
 * written as it comes, with back-pressure respected. Output goes to a temporary name beside the
 * target and is renamed over it only by `commit`, so a reader never sees half a file and an error or
 * Ctrl-C (`abort`) leaves nothing behind — the same rule as src/io/atomic-write.ts.
 *
 * Transaction cycles given with their ledger (`context`) go the fast way: `writeBatch` hands each
 * batch of ledger indices to a writer thread (write-thread.ts) that formats and writes it, with at
 * most IN_FLIGHT batches queued — so the text costs neither the search threads nor the main thread,
 * and memory stays bounded. For Parquet the thread writes the file's pages itself (parquet-direct.ts):
 * no JSON-lines temporary on that path. Records (`write`) are
 * formatted here, for account cycles and small uses (their Parquet still goes through JSON lines).
 * The thread gets its own copy of the ledger's columns, names and ids (posting copies them): about
 * 28 bytes per transaction plus the ids, once per run.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { Worker } from "node:worker_threads";
import type { CycleBatch } from "../../core/ledger/types.ts";
import type { LedgerAccountCycle } from "../../core/reports/ledger-summary-report.ts";
import { workerEntry } from "../runtime.ts";
import { tempPathFor } from "../temp-files.ts";
import type { CycleContext, CycleRecord } from "./cycle-record.ts";
import { DEFAULT_ENGINE, type EngineOptions } from "./duckdb.ts";
import { accountCsvHeader, accountCsvLine, csvHeader, csvLine } from "./write-csv.ts";
import { accountJsonLine, jsonLine } from "./write-jsonl.ts";
import { jsonlToParquet } from "./write-parquet.ts";
import type { WriteThreadInput, WriteThreadReply, WriteThreadRequest } from "./write-thread.ts";

export type OutputFormat = "csv" | "jsonl" | "parquet";

const FORMATS: Record<string, OutputFormat> = {
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".parquet": "parquet",
};

export function outputFormat(path: string): OutputFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

export type CycleWriter = {
  readonly path: string;
  readonly format: OutputFormat;
  /** Records of the kind the writer was opened for (`CycleRecord`, or account cycles). */
  write: (records: readonly (CycleRecord | LedgerAccountCycle)[]) => Promise<void>;
  /**
   * Transaction cycles as ledger indices, numbered on from the last (opened with a context only).
   * Resolves once the batch is queued; the batch is copied, so the caller may reuse it.
   */
  writeBatch?: (batch: CycleBatch) => Promise<void>;
  /** Finishes the file and renames it into place. */
  commit: () => Promise<void>;
  /** Removes the temporary file(s); safe to call more than once, and after commit (does nothing). */
  abort: () => Promise<void>;
  /**
   * After commit, the CPU milliseconds the writer thread used (batch path only; null where the
   * platform does not say): the writer's own cost, apart from the search's, for benchmarks.
   */
  threadCpuMs?: () => number | null;
  /**
   * After commit, whether the text file went around the page cache to the end (direct-append.ts);
   * null for Parquet and where unknown. For benchmarks.
   */
  wroteDirect?: () => boolean | null;
};

/**
 * Opens the writer; throws (ENOENT, EACCES …) when the folder cannot be written. With `context`, a
 * transactions writer also takes batches of ledger indices (`writeBatch`, on a writer thread).
 */
export async function openCycleWriter(
  path: string,
  engine: EngineOptions = DEFAULT_ENGINE,
  kind: "transactions" | "accounts" = "transactions",
  context?: CycleContext,
): Promise<CycleWriter> {
  const format = outputFormat(path);
  if (!format) throw new Error(`unknown output format "${extname(path)}"`);
  if (context && kind === "transactions") return openThreadWriter(path, format, engine, context);
  const temp = tempPathFor(path, format === "parquet" ? ".jsonl.tmp" : ".tmp");
  const parquetTemp = format === "parquet" ? tempPathFor(path) : null;
  const stream = await openStream(temp);
  const accounts = kind === "accounts";
  const line = (r: CycleRecord | LedgerAccountCycle) =>
    accounts
      ? (format === "csv" ? accountCsvLine : accountJsonLine)(r as LedgerAccountCycle)
      : format === "csv"
        ? csvLine(r as CycleRecord)
        : // Parquet (converted from these lines) keeps the retained share's double; text files round it.
          jsonLine(r as CycleRecord, format === "parquet" ? "exact" : "rounded");
  let done = false;
  if (format === "csv") await put(stream, accounts ? accountCsvHeader() : csvHeader());
  const cleanUp = () => removeTemps(temp, parquetTemp);
  return {
    path,
    format,
    async write(records) {
      let text = "";
      for (const r of records) text += line(r);
      await put(stream, text);
    },
    async commit() {
      try {
        await close(stream);
        await moveIntoPlace(temp, parquetTemp, path, engine);
        done = true;
      } catch (error) {
        await cleanUp();
        throw error;
      }
    },
    async abort() {
      if (done) return;
      done = true;
      stream.destroy();
      await cleanUp();
    },
  };
}

/** Batches in flight to the writer thread: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 4;
/** How long an abort waits for the writer thread to tidy up before stopping it. */
const ABORT_WAIT_MS = 2000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
const WRITE_ENTRY = workerEntry(import.meta.url, "write-thread", "write-thread-entry.js");

async function openThreadWriter(
  path: string,
  format: OutputFormat,
  engine: EngineOptions,
  context: CycleContext,
): Promise<CycleWriter> {
  // One temporary: the text file, or the Parquet file DuckDB writes over at the end.
  const temp = tempPathFor(path);
  // Created here (exclusively, header first) so a folder that cannot be written fails at open.
  await writeFile(temp, format === "csv" ? csvHeader() : "", { flag: "wx" });
  const input: WriteThreadInput = {
    path: temp,
    format,
    context: { ledger: context.ledger, accounts: context.accounts, ids: context.ids },
    engine,
  };
  const thread = new Worker(WRITE_ENTRY, { workerData: input });
  let failure: Error | undefined;
  let closed = false;
  let cpuMs: number | null = null;
  let direct: boolean | null = null;
  let inFlight = 0;
  // Callbacks waiting for a batch to be written (room in flight) or for the file to close.
  let waiters: (() => void)[] = [];
  const wake = () => {
    const now = waiters;
    waiters = [];
    for (const w of now) w();
  };
  const fail = (error: Error) => {
    failure ??= error;
    wake();
  };
  thread.on("message", (reply: WriteThreadReply) => {
    if (reply.type === "written") inFlight--;
    else if (reply.type === "closed") {
      closed = true;
      cpuMs = reply.cpuMs;
      direct = reply.direct;
    } else fail(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
    wake();
  });
  thread.on("error", fail);
  thread.on("exit", () => {
    if (!closed) fail(new Error("the --out writer thread stopped"));
  });
  const until = async (condition: () => boolean) => {
    while (!condition() && !failure) await new Promise<void>((resolve) => waiters.push(resolve));
    if (failure) throw failure;
  };
  let done = false;
  const cleanUp = async () => {
    // Asked first, so the thread removes DuckDB's spill folder; a thread that does not answer soon
    // (or has failed) is stopped all the same.
    if (!failure && !closed) {
      thread.postMessage({ type: "abort" } satisfies WriteThreadRequest);
      await Promise.race([until(() => closed).catch(() => undefined), delay(ABORT_WAIT_MS)]);
    }
    await thread.terminate();
    await removeTemps(temp, null);
  };
  return {
    path,
    format,
    write() {
      return Promise.reject(new Error("this writer takes batches of ledger indices (writeBatch)"));
    },
    async writeBatch(batch) {
      await until(() => inFlight < IN_FLIGHT);
      inFlight++;
      const request: WriteThreadRequest = { type: "batch", batch };
      thread.postMessage(request);
    },
    async commit() {
      try {
        await until(() => inFlight === 0);
        const request: WriteThreadRequest = { type: "end" };
        thread.postMessage(request);
        await until(() => closed);
        await thread.terminate();
        await rename(temp, path);
        done = true;
      } catch (error) {
        await cleanUp();
        throw error;
      }
    },
    async abort() {
      if (done) return;
      done = true;
      await cleanUp();
    },
    threadCpuMs: () => cpuMs,
    wroteDirect: () => direct,
  };
}

/** The finished temporary file renamed over the target; Parquet is converted from its JSON-lines temp first. */
async function moveIntoPlace(
  temp: string,
  parquetTemp: string | null,
  path: string,
  engine: EngineOptions,
): Promise<void> {
  if (!parquetTemp) return rename(temp, path);
  await jsonlToParquet(temp, parquetTemp, engine);
  await rename(parquetTemp, path);
  await rm(temp, { force: true });
}

async function removeTemps(temp: string, parquetTemp: string | null): Promise<void> {
  await rm(temp, { force: true });
  if (parquetTemp) await rm(parquetTemp, { force: true });
}

function openStream(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path, { flags: "wx", highWaterMark: 1 << 20 });
    stream.once("open", () => resolve(stream));
    stream.once("error", reject);
  });
}

/** Writes and waits for the stream to drain when its buffer is full. */
function put(stream: WriteStream, text: string): Promise<void> {
  if (text === "") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    stream.once("error", onError);
    const ok = stream.write(text, (error) => {
      if (error) reject(error);
    });
    const settle = () => {
      stream.off("error", onError);
      resolve();
    };
    if (ok) settle();
    else stream.once("drain", settle);
  });
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    stream.end(() => resolve());
  });
}
