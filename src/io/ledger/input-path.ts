/**
 * How the ledger path reaches DuckDB. DuckDB's readers take a path as a glob pattern and have no
 * escape for it (`led\*.csv` matches nothing), so a file named `led*.csv` would read its neighbours
 * too, and `x[1].csv` would read `x1.csv` instead. A path is therefore literal unless the user asks
 * for a pattern (--glob): a literal path with a wildcard in it is read through a symbolic link of a
 * plain name in the engine's own scratch folder, which points at exactly that one file. With --glob
 * the pattern goes to DuckDB as it is, and the files it matches are listed first (DuckDB's glob()),
 * so the user sees what was read.
 */
import { symlink } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "./duckdb.ts";

/** The characters DuckDB's readers take as wildcards: * and ?, and [ ] for a set. */
const WILDCARDS = /[*?[\]]/g;

export function wildcardsIn(path: string): string[] {
  return [...new Set(path.match(WILDCARDS) ?? [])];
}

/**
 * The path to put in SQL for the literal file `file`: `file` itself when it has no wildcard, else a
 * link to it in `scratch` (a folder only this process uses, removed with the engine).
 */
export async function literalReadPath(file: string, scratch: string): Promise<string> {
  if (wildcardsIn(file).length === 0) return file;
  const link = join(scratch, `ledger-input${extname(file).replace(WILDCARDS, "_")}`);
  await symlink(resolve(file), link);
  return link;
}

/** The files a --glob pattern matches, in DuckDB's order (the order they are read in). */
export async function globFiles(connection: DuckDBConnection, pattern: string): Promise<string[]> {
  const reader = await connection.runAndReadAll(`SELECT file FROM glob(${sqlString(pattern)}) ORDER BY file`);
  return reader.getRowObjectsJson().map((r) => String(r.file));
}
