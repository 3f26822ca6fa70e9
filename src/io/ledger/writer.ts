/**
 * Streams cycles to --out (.csv, .jsonl/.ndjson or .parquet) without holding them: each batch is
 * written as it comes, with the stream's back-pressure respected. Output goes to a temporary name
 * beside the target and is renamed over it only by `commit`, so a reader never sees half a file and an
 * error or Ctrl-C (`abort`) leaves nothing behind — the same rule as src/io/atomic-write.ts.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { extname } from "node:path";
import type { LedgerAccountCycle } from "../../core/reports/ledger-summary-report.ts";
import { tempPathFor } from "../temp-files.ts";
import type { CycleRecord } from "./cycle-record.ts";
import { DEFAULT_ENGINE, type EngineOptions } from "./duckdb.ts";
import { accountCsvHeader, accountCsvLine, csvHeader, csvLine } from "./write-csv.ts";
import { accountJsonLine, jsonLine } from "./write-jsonl.ts";
import { jsonlToParquet } from "./write-parquet.ts";

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
  /** Finishes the file and renames it into place. */
  commit: () => Promise<void>;
  /** Removes the temporary file(s); safe to call more than once, and after commit (does nothing). */
  abort: () => Promise<void>;
};

/** Opens the writer; throws (ENOENT, EACCES …) when the folder cannot be written. */
export async function openCycleWriter(
  path: string,
  engine: EngineOptions = DEFAULT_ENGINE,
  kind: "transactions" | "accounts" = "transactions",
): Promise<CycleWriter> {
  const format = outputFormat(path);
  if (!format) throw new Error(`unknown output format "${extname(path)}"`);
  const temp = tempPathFor(path, format === "parquet" ? ".jsonl.tmp" : ".tmp");
  const parquetTemp = format === "parquet" ? tempPathFor(path) : null;
  const stream = await openStream(temp);
  const accounts = kind === "accounts";
  const line = (r: CycleRecord | LedgerAccountCycle) =>
    accounts
      ? (format === "csv" ? accountCsvLine : accountJsonLine)(r as LedgerAccountCycle)
      : (format === "csv" ? csvLine : jsonLine)(r as CycleRecord);
  let done = false;
  if (format === "csv") await put(stream, accounts ? accountCsvHeader() : csvHeader());
  const cleanUp = async () => {
    await rm(temp, { force: true });
    if (parquetTemp) await rm(parquetTemp, { force: true });
  };
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
        if (parquetTemp) {
          await jsonlToParquet(temp, parquetTemp, engine);
          await rename(parquetTemp, path);
          await rm(temp, { force: true });
        } else await rename(temp, path);
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
