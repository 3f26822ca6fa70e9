/**
 * An embedded DuckDB for the ledger scan: no server, its memory limit, thread count and spill folder
 * set explicitly (the default limit is 80 % of the machine's RAM and the default spill folder is
 * `.tmp` in the working directory, neither right for a tool that shares the machine). Also the one
 * bulk path out of DuckDB: fixed-width result columns are copied chunk by chunk straight into typed
 * arrays, never through a JavaScript value per row.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance, type DuckDBResult } from "@duckdb/node-api";
import bindings from "@duckdb/node-bindings";

export type EngineOptions = {
  /** DuckDB's memory limit, e.g. "2GB"; past it DuckDB spills to the temporary folder. */
  memoryLimit: string;
  threads: number;
};

export const DEFAULT_ENGINE: EngineOptions = { memoryLimit: "2GB", threads: 2 };

export type Engine = {
  connection: DuckDBConnection;
  /** DuckDB's spill folder, also for ingest's own scratch files; removed by close. */
  folder: string;
  /** Another connection to the same database, for work side by side (close it before `close`). */
  connect: () => Promise<DuckDBConnection>;
  /** Closes the database and removes its spill folder. */
  close: () => Promise<void>;
};

export async function openEngine(options: EngineOptions = DEFAULT_ENGINE): Promise<Engine> {
  const spill = await mkdtemp(join(tmpdir(), "halqa-duckdb-"));
  let instance: DuckDBInstance | undefined;
  try {
    instance = await DuckDBInstance.create(":memory:", {
      memory_limit: options.memoryLimit,
      threads: String(options.threads),
      temp_directory: spill,
      // Rows keep file order, so row_number() over a scan is the row's place in the file.
      preserve_insertion_order: "true",
      autoinstall_known_extensions: "false",
    });
    const connection = await instance.connect();
    const opened = instance;
    return {
      connection,
      folder: spill,
      connect: () => opened.connect(),
      close: async () => {
        connection.closeSync();
        opened.closeSync();
        await rm(spill, { recursive: true, force: true });
      },
    };
  } catch (error) {
    instance?.closeSync();
    await rm(spill, { recursive: true, force: true });
    throw error;
  }
}

/** SQL text literal: 'it''s'. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** SQL identifier: "my ""odd"" column". */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A typed array DuckDB's fixed-width column can be copied into (INTEGER → Int32, DOUBLE → Float64). */
export type ColumnTarget = Int32Array | Float64Array;

/**
 * Streams a result whose columns are INTEGER or DOUBLE and never NULL into the given arrays, column c
 * into targets[c], in result order. Returns the number of rows copied. `onRows` is called after each
 * chunk (about 2,048 rows) with the running total.
 */
export async function copyColumns(
  result: DuckDBResult,
  targets: readonly ColumnTarget[],
  onRows?: (rows: number) => void,
): Promise<number> {
  let at = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const rows = chunk.rowCount;
    targets.forEach((target, c) => {
      const vector = bindings.data_chunk_get_vector(chunk.chunk, c);
      const bytes = bindings.vector_get_data(vector, rows * target.BYTES_PER_ELEMENT);
      const view =
        target instanceof Int32Array
          ? new Int32Array(bytes.buffer, bytes.byteOffset, rows)
          : new Float64Array(bytes.buffer, bytes.byteOffset, rows);
      target.set(view, at);
    });
    at += rows;
    onRows?.(at);
  }
  return at;
}

export { sharedFloat64, sharedInt32 } from "./shared-arrays.ts";
