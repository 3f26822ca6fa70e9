/**
 * Reads a transaction ledger (CSV, Parquet or JSON lines) through an embedded DuckDB into the typed
 * arrays of a `Ledger`: accounts densified to 0 … n − 1 (busiest first, names kept for output), rows
 * sorted by (payer, time, row), on SharedArrayBuffers so worker threads share them. The heavy lifting —
 * parsing, checking, densifying, sorting — is SQL; columns leave DuckDB chunk by chunk as raw bytes.
 *
 * Self-loops (payer = payee) are left out of the ledger and counted: they are no cycle of two or
 * more transactions. With a shard, only the rows the shard needs are loaded (its time range and the
 * window past its end).
 *
 * A plain CSV — the common export — is read by halqa's own reader on two threads instead
 * (fast-csv/read-fast.ts): to the same ledger, about a third faster at ten million rows. It reads only
 * the spellings it is sure of and declines anything else, so every problem is still found and
 * reported here, by DuckDB's route.
 *
 * Bad input never throws: the result lists problems with a code, the row and the value (see
 * src/i18n for the messages). Time and memory: DuckDB streams the file; JavaScript holds 28 bytes per
 * transaction plus the account names (and the ids when they are text).
 */

import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection as Connection } from "@duckdb/node-api";
import type { Problem } from "../../core/dataset/problem.ts";
import type { Ledger } from "../../core/ledger/types.ts";
import { checkCsvDialect } from "../csv-check.ts";
import { fileUtf8Problem } from "../text-file.ts";
import { type ColumnMap, chooseColumns, type Role } from "./columns.ts";
import {
  copyColumns,
  DEFAULT_ENGINE,
  type EngineOptions,
  openEngine,
  sharedFloat64,
  sharedInt32,
  sqlString,
} from "./duckdb.ts";
import { countDuplicates } from "./duplicates.ts";
import { fastIngested, readCsvFast } from "./fast-csv/read-fast.ts";
import type { AccountNumbering, IngestedLedger, IngestStage, TransactionIds } from "./ingest-types.ts";
import { globFiles, literalReadPath, wildcardsIn } from "./input-path.ts";
import { shardRange } from "./shard.ts";
import { ACCEPTED_TYPES, acceptsType, describeSource, detectFormat, typeClass } from "./source.ts";
import { stage, stagedProblems } from "./stage.ts";

export type IngestOptions = {
  /** Column names given by the user; the rest are guessed. */
  columns?: ColumnMap;
  /** Unit of epoch-number timestamps; detected by magnitude when omitted. */
  tsUnit?: "s" | "ms";
  /** Timestamps required (temporal scans); a static scan can go without. */
  requireTs?: boolean;
  /** Load only shard `index` of `count` (0-based), plus `windowMs` past its end. */
  shard?: { index: number; count: number; windowMs: number };
  engine?: EngineOptions;
  /** `file` is a DuckDB glob pattern (* ? [ ]); without it the path is one literal file. */
  glob?: boolean;
  onProgress?: (stage: IngestStage, done: number, total: number) => void;
  /**
   * How accounts are numbered: "activity" (default) busiest first, ties by name; "name" in name
   * order. Numbering changes no cycle, only where the static search starts each one and the order
   * cycles come in (see src/cli/commands/ledger-scan.ts, which keeps name order for static scans).
   */
  numbering?: AccountNumbering;
  /**
   * "auto" (default): a plain CSV file (fast-csv/read-fast.ts says which) is read by halqa's own
   * two-thread reader, anything else through DuckDB; "duckdb": always through DuckDB (tests compare
   * the two; benchmarks time them).
   */
  reader?: "auto" | "duckdb";
};

export type { AccountNumbering, IngestedLedger, IngestStage, TransactionIds };

export type IngestResult = IngestedLedger | { ok: false; file: string; problems: Problem[] };

/** How much of a CSV ledger is checked by halqa's own reader before DuckDB reads it. */
export const CSV_SAMPLE_BYTES = 8 * 1024 * 1024;

export async function ingestLedger(file: string, options: IngestOptions = {}): Promise<IngestResult> {
  const started = performance.now();
  const fail = (code: string, params: Record<string, unknown>): IngestResult => ({
    ok: false,
    file,
    problems: [{ code, file, path: [], params }],
  });
  if (!options.glob) {
    try {
      const info = await stat(file);
      if (info.isDirectory()) return fail("ledger-unreadable", { detail: "is a directory" });
      if (info.size === 0) return fail("ledger-empty", {});
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const wildcards = wildcardsIn(file);
      return code === "ENOENT"
        ? fail("ledger-missing", wildcards.length > 0 ? { wildcards } : {})
        : fail("ledger-unreadable", { detail: String(error) });
    }
  }
  // A literal path's format, found once for both routes (a --glob's is its first file's).
  const literalFormat = options.glob ? null : await detectFormat(file);
  if (literalFormat === "csv" && !options.shard && options.reader !== "duckdb") {
    // Any failure of the fast reader (an I/O error, a thread that died) leaves the file to DuckDB's
    // route, which reports what is wrong with it in halqa's words.
    const fast = await readCsvFast(file, options).catch(() => null);
    if (fast) return fastIngested(file, fast, started);
  }
  const engine = await openEngine(options.engine ?? DEFAULT_ENGINE);
  const { connection } = engine;
  const progress = options.onProgress ?? (() => {});
  try {
    progress("read", 0, 1);
    const files = options.glob ? await globFiles(connection, file) : [file];
    if (files.length === 0) return fail("ledger-glob-empty", { pattern: file });
    // SQL reads `readPath`; messages name the user's path.
    const readPath = options.glob ? file : await literalReadPath(file, engine.folder);
    const format = literalFormat ?? (await detectFormat(files[0] as string));
    // halqa's CSV rules before DuckDB's sniffer guesses a dialect: on the first MiBs now, on the whole
    // file only if DuckDB then fails (to say which line, in halqa's words).
    if (format === "csv") {
      for (const f of files) {
        const problem = await checkCsvDialect(f, f, CSV_SAMPLE_BYTES);
        if (problem) return { ok: false, file, problems: [problem] };
      }
    }
    const unreadable = async (error: unknown): Promise<IngestResult> => {
      for (const f of format === "parquet" ? [] : files) {
        const problem = format === "csv" ? await checkCsvDialect(f, f) : await fileUtf8Problem(f);
        if (problem) return { ok: false, file, problems: [problem] };
      }
      return fail("ledger-unreadable", { detail: duckdbDetail(error).replaceAll(readPath, file), format });
    };
    let found: Awaited<ReturnType<typeof describeSource>>;
    try {
      found = await describeSource(connection, readPath, format);
    } catch (error) {
      return await unreadable(error);
    }
    const required: Role[] = options.requireTs ? ["src", "dst", "amount", "ts"] : ["src", "dst", "amount"];
    const choice = chooseColumns(
      found.map((c) => c.name),
      options.columns ?? {},
      required,
    );
    if (!choice.ok) return fail(choice.code, choice.params);
    const { columns, guessed } = choice;
    const types = new Map(found.map((c) => [c.name, c.type]));
    const wrong = (Object.keys(columns) as Role[]).filter(
      (role) => !acceptsType(role, types.get(columns[role] as string) ?? ""),
    );
    if (wrong.length > 0) {
      return {
        ok: false,
        file,
        problems: wrong.map((role) => ({
          code: "ledger-column-type",
          file,
          path: [columns[role] as string],
          params: {
            column: columns[role],
            role,
            type: types.get(columns[role] as string),
            expected: ACCEPTED_TYPES[role],
          },
        })),
      };
    }
    let source: Awaited<ReturnType<typeof stage>>;
    try {
      source = await stage(connection, readPath, format, found, columns);
    } catch (error) {
      return await unreadable(error);
    }
    progress("check", 0, 1);
    const checked = await stagedProblems(connection, file, format, columns, source, {
      requireTs: !!options.requireTs,
      tsUnit: options.tsUnit,
    });
    const { rows, numeric, large } = checked.counts;
    if (rows === 0) return fail("ledger-empty", {});
    if (checked.problems.length > 0) return { ok: false, file, problems: checked.problems };

    const tsUnit = numeric === 0 ? null : (options.tsUnit ?? (large > 0 ? "ms" : "s"));
    const toMs = tsUnit === "s" ? "ts_value * 1000" : "ts_value";
    // A view, not a copy: staged's rowid is the row's place in the file.
    await connection.run(`CREATE OR REPLACE VIEW timed AS
      SELECT rowid AS row, src, dst, amount, id, CASE WHEN ts_kind = 1 THEN ${toMs} ELSE ts_value END AS ts
      FROM staged`);
    const hasTimestamps = columns.ts !== undefined;
    const span = (
      await connection.runAndReadAll("SELECT min(ts) AS first, max(ts) AS last FROM timed")
    ).getRowObjectsJson()[0];
    const first = span?.first == null ? Number.NaN : Number(span.first);
    const last = span?.last == null ? Number.NaN : Number(span.last);
    const shard = options.shard && hasTimestamps ? shardRange(first, last, options.shard) : null;
    const inShard = shard ? `ts >= ${shard.loadFrom} AND ts <= ${shard.loadTo}` : "TRUE";
    await connection.run(
      `CREATE OR REPLACE VIEW kept AS SELECT * FROM timed WHERE ${inShard} AND src <> dst`,
    );
    const loaded = await loadedCounts(connection, inShard, columns, types);
    const { selfLoops, idKind } = loaded;

    progress("accounts", 0, 1);
    // Busiest accounts first (transactions paid or received, ties by name): the search reads the
    // per-account records at random, and numbered so the hubs' records share cache lines and stay in
    // cache (docs/scale.md, "Account numbering matters"). One GROUP BY, as cheap as a UNION.
    const numberBy = options.numbering === "name" ? "name" : "count(*) DESC, name";
    await connection.run(`CREATE OR REPLACE TABLE accounts AS
      SELECT name, CAST(row_number() OVER (ORDER BY ${numberBy}) - 1 AS INTEGER) AS id
      FROM (SELECT src AS name FROM kept UNION ALL SELECT dst FROM kept)
      GROUP BY name`);
    // One join and one sort of fixed-width columns (DuckDB's sort is parallel and cache-friendly),
    // streamed chunk by chunk straight into the shared arrays: no table, no text in the sort. The sort
    // runs on a second connection while this thread turns the account names into strings.
    const m = loaded.kept;
    const numberIds = idKind === "number" ? new Float64Array(m) : null;
    const sorter = await engine.connect();
    let accounts: string[];
    let ledger: Ledger;
    try {
      const sorted = sorter.stream(`SELECT a.id AS s, b.id, coalesce(kept.ts, 'NaN'::DOUBLE), kept.amount,
          CAST(kept.row AS INTEGER) AS r${numberIds ? ", CAST(kept.id AS DOUBLE)" : ""}
        FROM kept JOIN accounts a ON kept.src = a.name JOIN accounts b ON kept.dst = b.name
        ORDER BY s, kept.ts, r`);
      sorted.catch(() => {}); // awaited below, once the names are read; its failure is thrown there
      accounts = await textColumn(connection, "SELECT name FROM accounts ORDER BY id");
      ledger = {
        accountCount: accounts.length,
        src: sharedInt32(m),
        dst: sharedInt32(m),
        ts: sharedFloat64(m),
        amount: sharedFloat64(m),
        row: sharedInt32(m),
      };
      const result = await sorted;
      const targets = [ledger.src, ledger.dst, ledger.ts, ledger.amount, ledger.row];
      if (numberIds) targets.push(numberIds);
      progress("load", 0, m);
      const got = await copyColumns(result, targets, (done) => progress("load", Math.min(done, m), m));
      if (got !== m) throw new Error(`ingest: the join gave ${got} rows, expected ${m}`);
    } finally {
      sorter.closeSync();
    }
    // DuckDB's threads write the text ids while this thread counts the duplicates.
    const idsWritten: Promise<TransactionIds> =
      idKind === "row"
        ? Promise.resolve({ kind: "row" })
        : numberIds
          ? Promise.resolve({ kind: "number", values: numberIds })
          : textIds(connection, engine.folder, ledger.row, loaded.firstRow, loaded.lastRow);
    const duplicates = countDuplicates(ledger);
    const ids = await idsWritten;
    await connection.run("DROP VIEW kept; DROP VIEW timed; DROP TABLE staged; DROP TABLE accounts");
    return {
      ok: true,
      file,
      files,
      format,
      ledger,
      accounts,
      ids,
      columns,
      guessed,
      tsUnit,
      hasTimestamps,
      rows,
      loaded: m,
      selfLoops,
      duplicates,
      first,
      last,
      shard,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await engine.close();
  }
}

/** What the rows to load hold besides the ledger: self-loops, and whether the ids need text. */
type LoadedCounts = {
  selfLoops: number;
  kept: number;
  /** The first and last file row loaded (lastRow −1 when none is). */
  firstRow: number;
  lastRow: number;
  idKind: "row" | "number" | "text";
};

const WHOLE_NUMBER = String.raw`(0|[1-9]\d{0,14})`;

/**
 * One pass over the rows to load: the self-loops set apart, and the kind of transaction ids. Whole
 * numbers below 2^53 are kept as numbers (8 bytes each); any other id as text. A text id column
 * whose first id is not a whole number is text without testing the rest.
 */
async function loadedCounts(
  connection: Connection,
  inShard: string,
  columns: ColumnMap,
  types: Map<string, string>,
): Promise<LoadedCounts> {
  const integerIds = columns.id !== undefined && typeClass(types.get(columns.id) ?? "") === "integer";
  let numeric = false;
  if (columns.id !== undefined && !integerIds) {
    const firstId = (await connection.runAndReadAll("SELECT id FROM kept LIMIT 1")).getRows()[0]?.[0];
    numeric = typeof firstId === "string" && new RegExp(`^${WHOLE_NUMBER}$`).test(firstId);
  }
  const loaded = `${inShard} AND src <> dst`;
  const parts = [
    `count(*) FILTER (WHERE ${inShard} AND src = dst) AS self_loops`,
    `count(*) FILTER (WHERE ${loaded}) AS kept`,
    `min(row) FILTER (WHERE ${loaded}) AS first_row`,
    `max(row) FILTER (WHERE ${loaded}) AS last_row`,
  ];
  if (columns.id !== undefined) parts.push(`count(*) FILTER (WHERE ${loaded} AND id IS NULL) AS missing`);
  if (numeric)
    parts.push(`count(*) FILTER (WHERE ${loaded} AND NOT regexp_full_match(id, '${WHOLE_NUMBER}')) AS other`);
  const got = (
    await connection.runAndReadAll(`SELECT ${parts.join(", ")} FROM timed`)
  ).getRowObjectsJson()[0];
  const count = (name: string) => Number(got?.[name] ?? 0);
  const idKind =
    columns.id === undefined
      ? "row"
      : count("missing") === 0 && (integerIds || (numeric && count("other") === 0))
        ? "number"
        : "text";
  return {
    selfLoops: count("self_loops"),
    kept: count("kept"),
    firstRow: count("first_row"),
    lastRow: got?.last_row == null ? -1 : count("last_row"),
    idKind,
  };
}

async function textColumn(connection: Connection, sql: string): Promise<string[]> {
  const result = await connection.stream(sql);
  const out: string[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const value of chunk.getColumnValues(0)) out.push(String(value));
  }
  return out;
}

/** DuckDB's message without its internal prefix, first lines only. */
function duckdbDetail(error: unknown): string {
  const lines = String((error as Error).message ?? error).split("\n");
  // DuckDB quotes its SQL from "LINE 1:" on: halqa's query is not the reader's business (found by fuzzing).
  const sql = lines.findIndex((line) => /^LINE \d+:/.test(line.trim()));
  return (sql === -1 ? lines : lines.slice(0, sql))
    .filter((line) => line.trim() !== "")
    .slice(0, 6)
    .join(" ")
    .slice(0, 600);
}

/**
 * The text ids of file rows firstRow … lastRow (all loaded rows lie there; a time shard of a file in
 * time order is such a range), in file order, a missing id replaced by the row number. DuckDB writes
 * them one per line to a file in its spill folder, which is read back whole: ten million ids cost
 * their bytes plus 12 bytes each, not ten million JavaScript strings, and no id is moved into ledger
 * order (copying ten million short ids at random costs seconds): transaction e's id is entry
 * row[e] − firstRow. The CSV writer quotes an id holding a line break, a quote or the delimiter, so a
 * line that begins with a quote (one search of the buffer, no pass over the ids in SQL) means such
 * ids exist: then, and only then, the ids are read as strings.
 */
async function textIds(
  connection: Connection,
  folder: string,
  row: Int32Array,
  firstRow: number,
  lastRow: number,
): Promise<TransactionIds> {
  const n = Math.max(0, lastRow - firstRow + 1);
  const offsets = new Float64Array(n + 1);
  // staged's rowid is the row; a filtered scan keeps file order (preserve_insertion_order).
  const query = `SELECT coalesce(id, CAST(rowid + 1 AS VARCHAR)) FROM staged WHERE rowid BETWEEN ${firstRow} AND ${lastRow}`;
  const path = join(folder, "ids.txt");
  const written = connection.run(
    `COPY (${query}) TO ${sqlString(path)} (FORMAT csv, HEADER false, DELIMITER '\u001f')`,
  );
  // While DuckDB's threads write the file.
  const entry = new Int32Array(row.length);
  for (let e = 0; e < row.length; e++) entry[e] = (row[e] as number) - firstRow;
  await written;
  const bytes = await readFile(path);
  const QUOTE = 34;
  if (bytes[0] === QUOTE || bytes.includes('\n"')) {
    const values = await textColumn(connection, query);
    // Offsets from byte lengths: an id may itself hold a line break.
    values.forEach((v, k) => {
      offsets[k + 1] = (offsets[k] as number) + Buffer.byteLength(v, "utf8") + 1;
    });
    return { kind: "text", bytes: Buffer.from(values.map((v) => `${v}\n`).join(""), "utf8"), offsets, entry };
  }
  // One pass over the bytes: ids are short, so a search call per line (indexOf) costs three times as much.
  let k = 0;
  const length = bytes.length;
  for (let at = 0; at < length && k < n; at++) if (bytes[at] === 10) offsets[++k] = at + 1;
  return { kind: "text", bytes, offsets, entry };
}
