/**
 * The input file as a DuckDB table function: CSV, Parquet or JSON (lines or an array), chosen by the
 * extension or, failing that, by the first bytes (Parquet files begin with "PAR1", JSON with { or [).
 * CSV and JSON are read as text in every column, so halqa — not DuckDB's sampler, which looks at the
 * first rows only — decides what a bad amount or timestamp is and names its row. Parquet keeps its
 * types, which are checked against what each role accepts.
 */
import { open } from "node:fs/promises";
import { extname } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Role } from "./columns.ts";
import { sqlName, sqlString } from "./duckdb.ts";

export type LedgerFormat = "csv" | "parquet" | "json";

const BY_EXTENSION: Record<string, LedgerFormat> = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".parquet": "parquet",
  ".pq": "parquet",
  ".jsonl": "json",
  ".ndjson": "json",
  ".json": "json",
};

/** The format by extension, else by the file's first bytes. */
export async function detectFormat(path: string): Promise<LedgerFormat> {
  const known = BY_EXTENSION[extname(path).toLowerCase()];
  if (known) return known;
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.subarray(0, 4).toString("latin1") === "PAR1") return "parquet";
    const first = head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart()[0];
    return first === "{" || first === "[" ? "json" : "csv";
  } finally {
    await handle.close();
  }
}

export type SourceColumn = { name: string; type: string };

/** The table function that reads the file, every column as text except for Parquet. */
export function sourceSql(path: string, format: LedgerFormat, columns?: readonly SourceColumn[]): string {
  const file = sqlString(path);
  if (format === "parquet") return `read_parquet(${file}, file_row_number = true)`;
  if (format === "csv")
    return `read_csv(${file}, header = true, all_varchar = true, quote = '"', escape = '"', strict_mode = true)`;
  const forced = columns
    ? `, columns = {${columns.map((c) => `${sqlString(c.name)}: 'VARCHAR'`).join(", ")}}`
    : "";
  return `read_json(${file}, format = 'auto'${forced})`;
}

/** The file's columns and their DuckDB types (Parquet's own; text for CSV and JSON). */
export async function describeSource(
  connection: DuckDBConnection,
  path: string,
  format: LedgerFormat,
): Promise<SourceColumn[]> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${sourceSql(path, format)}`);
  const columns = reader
    .getRowObjectsJson()
    .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }))
    .filter((c) => !(format === "parquet" && c.name === "file_row_number"));
  return format === "parquet" ? columns : columns.map((c) => ({ ...c, type: "VARCHAR" }));
}

/** How a Parquet type can serve each role; undefined when it cannot. */
export type TypeClass = "text" | "integer" | "number" | "timestamp" | "date";

export function typeClass(type: string): TypeClass | undefined {
  const t = type.toUpperCase();
  if (t === "VARCHAR" || t.startsWith("VARCHAR(")) return "text";
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT|INTEGER|UINTEGER|UBIGINT|UHUGEINT)$/.test(t)) return "integer";
  if (t === "FLOAT" || t === "DOUBLE" || t.startsWith("DECIMAL")) return "number";
  if (t.startsWith("TIMESTAMP")) return "timestamp";
  if (t === "DATE") return "date";
  return undefined;
}

const ACCEPTS: Record<Role, readonly TypeClass[]> = {
  src: ["text", "integer"],
  dst: ["text", "integer"],
  id: ["text", "integer"],
  amount: ["text", "integer", "number"],
  ts: ["text", "integer", "number", "timestamp", "date"],
};

export const ACCEPTED_TYPES: Record<Role, string> = {
  src: "text or integer",
  dst: "text or integer",
  id: "text or integer",
  amount: "a number (integer, decimal, float, double) or text",
  ts: "TIMESTAMP, DATE, epoch seconds or milliseconds (a number), or ISO 8601 text",
};

export function acceptsType(role: Role, type: string): boolean {
  const c = typeClass(type);
  return c !== undefined && ACCEPTS[role].includes(c);
}

export { sqlName };
