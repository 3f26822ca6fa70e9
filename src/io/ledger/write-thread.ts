/**
 * The body of the --out writer thread (see writer.ts): receives batches of cycles as ledger indices,
 * formats them (cycle-format.ts) and appends them to the temporary file — or, for Parquet, writes
 * them as Parquet row groups of our own (parquet-direct.ts) — so neither
 * the search threads nor the main thread spend time on output. It numbers the cycles in the order the
 * batches arrive, acknowledges each batch once written (the main thread keeps a few in flight), and
 * closes the file when told to end. Requests are handled one after another, in order. Any failure is
 * posted back as an error message.
 */
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import type { CycleBatch } from "../../core/ledger/types.ts";
import { CycleFormatter, type TextFormat } from "./cycle-format.ts";
import type { CycleContext } from "./cycle-record.ts";
import { openAppender } from "./direct-append.ts";
import type { EngineOptions } from "./duckdb.ts";
import { DirectParquetSink } from "./parquet-direct.ts";
import { threadCpuMs } from "./thread-cpu.ts";

/**
 * `path`: the file to append to, or for Parquet to write at the end (the opener created it, so errors
 * like EACCES surface there); `engine`: DuckDB's limits, for Parquet.
 */
export type WriteThreadInput = {
  path: string;
  format: TextFormat | "parquet";
  context: CycleContext;
  engine: EngineOptions;
};

/** `abort`: stop and remove what the thread made besides the file (DuckDB's spill folder, with its parts). */
export type WriteThreadRequest = { type: "batch"; batch: CycleBatch } | { type: "end" } | { type: "abort" };

export type WriteThreadReply =
  | { type: "written"; cycles: number }
  /**
   * `cpuMs`: CPU milliseconds this thread used (thread-cpu.ts), null where unknown; `direct`: whether
   * a text file was written around the page cache to the end (direct-append.ts), null for Parquet.
   */
  | { type: "closed"; cpuMs: number | null; direct: boolean | null }
  | { type: "error"; message: string; code?: string };

const input = workerData as WriteThreadInput;
if (parentPort === null) throw new Error("write-thread.ts must run in a worker thread");
const port: MessagePort = parentPort;
const reply = (message: WriteThreadReply) => port.postMessage(message);
const fail = (error: unknown) => {
  const { message, code } = error as NodeJS.ErrnoException;
  reply({ type: "error", message: String(message), ...(code ? { code } : {}) });
};

// Posting turns a Buffer into a plain Uint8Array: text ids need their Buffer back (toString by range).
const { ids } = input.context;
const context: CycleContext =
  ids.kind === "text"
    ? {
        ...input.context,
        ids: { ...ids, bytes: Buffer.from(ids.bytes.buffer, ids.bytes.byteOffset, ids.bytes.byteLength) },
      }
    : input.context;

type Sink = {
  write: (batch: CycleBatch, first: number) => void | Promise<void>;
  close: () => Promise<void>;
  abort: () => Promise<void>;
  direct?: () => boolean;
};

async function openSink(): Promise<Sink> {
  if (input.format === "parquet") return DirectParquetSink.open(input.path, context, input.engine);
  const file = await openAppender(input.path);
  const formatter = new CycleFormatter(context, input.format);
  // Direct: each batch is formatted straight into the aligned buffer the device reads from. Else the
  // appender writes a batch's bytes in place while this thread formats the next (the formatter's
  // buffers take turns, so the bytes stay as they are until then).
  const { sink, commit } = file;
  return {
    write:
      sink && commit
        ? (batch, first) => {
            formatter.formatInto(sink(), batch, first);
            return commit();
          }
        : (batch, first) => file.append(formatter.format(batch, first)),
    close: () => file.close(),
    abort: () => file.abort(),
    direct: () => file.direct,
  };
}

let next = 1;
// Requests run in order on one chain; after a failure the rest are dropped (the opener aborts).
let chain: Promise<Sink | undefined> = openSink().catch((error) => {
  fail(error);
  return undefined;
});

port.on("message", (request: WriteThreadRequest) => {
  chain = chain.then(async (sink) => {
    if (!sink) return undefined;
    try {
      if (request.type === "batch") {
        await sink.write(request.batch, next);
        next += request.batch.count;
        reply({ type: "written", cycles: request.batch.count });
        return sink;
      }
      await (request.type === "end" ? sink.close() : sink.abort());
      reply({ type: "closed", cpuMs: threadCpuMs(), direct: sink.direct?.() ?? null });
    } catch (error) {
      fail(error);
      await sink.abort().catch(() => undefined);
    }
    return undefined;
  });
});
