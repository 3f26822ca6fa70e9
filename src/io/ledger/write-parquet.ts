/**
 * Cycles as Parquet by the record path (`CycleWriter.write`: account cycles and small uses): the
 * records are first streamed to a JSON Lines file (bounded memory), which DuckDB then converts with
 * COPY … (FORMAT parquet) — itself streaming — into typed columns: lists as LIST columns, times as
 * TIMESTAMP (UTC), amounts as DOUBLE. zstd-compressed. Transaction cycles from the scan skip the JSON
 * (parquet-direct.ts) and make the same file; parquet-direct.test.ts holds the two to each other.
 */
import { stat } from "node:fs/promises";
import { type EngineOptions, openEngine, sqlString } from "./duckdb.ts";
import { PARQUET_COLUMNS } from "./parquet-columns.ts";

/** One schema for both routes. */
const COLUMNS = PARQUET_COLUMNS;

/** Converts the JSON Lines file `jsonl` (written by write-jsonl) into the Parquet file `out`. */
export async function jsonlToParquet(jsonl: string, out: string, engine: EngineOptions): Promise<void> {
  const { connection, close } = await openEngine(engine);
  try {
    const names = Object.keys(COLUMNS).map((c) => `"${c}"`);
    const empty = (await stat(jsonl)).size === 0;
    const typed = Object.entries(COLUMNS)
      .map(([name, type]) => `CAST(NULL AS ${type}) AS "${name}"`)
      .join(", ");
    const source = empty
      ? `SELECT ${typed} WHERE false`
      : `SELECT ${names.join(", ")} FROM read_json(${sqlString(jsonl)}, format = 'newline_delimited', columns = {${Object.entries(
          COLUMNS,
        )
          .map(([name, type]) => `'${name}': '${type}'`)
          .join(", ")}})`;
    await connection.run(`COPY (${source}) TO ${sqlString(out)} (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    await close();
  }
}
