/**
 * The body of the --out writer thread (see writer.ts): receives batches of cycles as ledger indices,
 * formats them (cycle-format.ts) and appends them to the temporary file, so neither the search
 * threads nor the main thread spend time on text. It numbers the cycles in the order the batches
 * arrive, acknowledges each batch once written (the main thread keeps a few in flight), and closes
 * the file when told to end. Any failure is posted back as an error message.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import type { CycleBatch } from "../../core/ledger/types.ts";
import { CycleFormatter, type TextFormat } from "./cycle-format.ts";
import type { CycleContext } from "./cycle-record.ts";

/** `path`: the file to append to (the opener created it, so errors like EACCES surface there). */
export type WriteThreadInput = { path: string; format: TextFormat; context: CycleContext };

export type WriteThreadRequest = { type: "batch"; batch: CycleBatch } | { type: "end" };

export type WriteThreadReply =
  | { type: "written"; cycles: number }
  | { type: "closed" }
  | { type: "error"; message: string; code?: string };

const input = workerData as WriteThreadInput;
if (parentPort === null) throw new Error("write-thread.ts must run in a worker thread");
const port: MessagePort = parentPort;
const reply = (message: WriteThreadReply) => port.postMessage(message);
const fail = (error: unknown) => {
  const { message, code } = error as NodeJS.ErrnoException;
  reply({ type: "error", message: String(message), ...(code ? { code } : {}) });
};

let fd = -1;
let next = 1;
try {
  fd = openSync(input.path, "a");
} catch (error) {
  fail(error);
}
// Posting turns a Buffer into a plain Uint8Array: text ids need their Buffer back (toString by range).
const { ids } = input.context;
const context: CycleContext =
  ids.kind === "text"
    ? {
        ...input.context,
        ids: { ...ids, bytes: Buffer.from(ids.bytes.buffer, ids.bytes.byteOffset, ids.bytes.byteLength) },
      }
    : input.context;
const formatter = new CycleFormatter(context, input.format);

port.on("message", (request: WriteThreadRequest) => {
  try {
    if (request.type === "batch") {
      const bytes = formatter.format(request.batch, next);
      next += request.batch.count;
      writeAll(fd, bytes);
      reply({ type: "written", cycles: request.batch.count });
    } else {
      closeSync(fd);
      reply({ type: "closed" });
    }
  } catch (error) {
    fail(error);
  }
});

/** writeSync may write less than asked (a full disk gives an error, not a short write, but be sure). */
function writeAll(target: number, bytes: Uint8Array): void {
  let at = 0;
  while (at < bytes.length) at += writeSync(target, bytes, at, bytes.length - at);
}
