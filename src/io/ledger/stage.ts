/**
 * Stage 1 of ingest, all in SQL: the file's rows into a DuckDB table `staged` with the row number,
 * payer, payee, amount (a double), the time in milliseconds and the id — and, only on rows where a
 * value could not be read, the text that failed, so a problem can quote it. Then one aggregate
 * query counts every kind of problem, and only the kinds found are looked up row by row. Nothing here holds a row in JavaScript.
 *
 * Timestamps: epoch numbers (unit by magnitude or --ts-unit), ISO 8601 dates and date-times with or
 * without an offset (Z, +05:30, +0530, -05), or a native Parquet TIMESTAMP or DATE. A date-time
 * without an offset is read as UTC; a file that mixes the two is refused, since "12:00" and
 * "12:00+02:00" in one ledger means someone's clock is unknown.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Problem } from "../../core/dataset/problem.ts";
import type { ColumnMap, Role } from "./columns.ts";
import { sqlName } from "./duckdb.ts";
import { type LedgerFormat, type SourceColumn, sourceSql, typeClass } from "./source.ts";

/** Epoch numbers from 1e11 up are milliseconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
export const MS_THRESHOLD = 1e11;
/** Examples kept per kind of problem; the count of all is reported beside them. */
const EXAMPLES = 5;

/** A date-time's own offset at its end: Z, +05:30, +0530, -05 (checked only on text with a ':'). */
const ZONE_SUFFIX = String.raw`([Zz]|[+-]\d{2}(:?\d{2})?)$`;

/** ts_kind values in `staged`. */
export const TS_KIND = { missing: 0, number: 1, zoned: 2, naive: 3, bad: 4, native: 5 } as const;

/** Where `staged` came from: the table function and the expression of a row's place in the file. */
export type StagedSource = { from: string; row: string };

/**
 * Creates `staged`, one row per data row of the file in file order (so its rowid is the row), and
 * returns where it came from. Throws DuckDB's error when the file cannot be parsed at all.
 *
 * Cost matters at ten million rows, so each value is parsed once: TRY_CAST does the work (a number,
 * a timestamp), and the one regular expression — does a date-time end in an offset? — runs only on
 * text that is not a number and holds a ':'.
 */
export async function stage(
  connection: DuckDBConnection,
  path: string,
  format: LedgerFormat,
  found: readonly SourceColumn[],
  columns: ColumnMap,
): Promise<StagedSource> {
  const types = new Map(found.map((c) => [c.name, c.type]));
  const ref = (role: Role) => sqlName(columns[role] as string);
  const classOf = (role: Role) => typeClass(types.get(columns[role] as string) ?? "VARCHAR");
  const raw = (role: Role) => (classOf(role) === "text" ? ref(role) : `CAST(${ref(role)} AS VARCHAR)`);
  const amountIsText = classOf("amount") === "text";
  const tsClass = columns.ts === undefined ? undefined : classOf("ts");
  const tsIsText = tsClass === "text";
  const tsNative =
    tsClass === "timestamp"
      ? `CAST(epoch_ms(${ref("ts")}) AS DOUBLE)`
      : tsClass === "date"
        ? `CAST(epoch_ms(CAST(${ref("ts")} AS TIMESTAMP)) AS DOUBLE)`
        : tsClass === "integer" || tsClass === "number"
          ? `CAST(${ref("ts")} AS DOUBLE)`
          : "NULL::DOUBLE";
  const nativeKind = tsClass === "integer" || tsClass === "number" ? TS_KIND.number : TS_KIND.native;
  const kind = tsIsText
    ? `CASE WHEN ts_text IS NULL THEN 0
        WHEN ts_num IS NOT NULL THEN (CASE WHEN isfinite(ts_num) THEN 1 ELSE 4 END)
        WHEN zoned THEN (CASE WHEN ts_zoned IS NULL THEN 4 ELSE 2 END)
        ELSE (CASE WHEN ts_naive IS NULL THEN 4 ELSE 3 END) END`
    : `CASE WHEN ts_native IS NULL THEN 0 ELSE ${nativeKind} END`;
  const value = tsIsText
    ? "CASE WHEN ts_num IS NOT NULL THEN ts_num WHEN zoned THEN ts_zoned ELSE ts_naive END"
    : "ts_native";
  const from = sourceSql(
    path,
    format,
    found.filter((c) => Object.values(columns).includes(c.name)),
  );
  const none = "NULL::VARCHAR";
  // Levels, innermost first: the raw cells; cleaned text and the cheap tests (a ':'? a 'Z'?); the
  // timestamp casts each row needs (CASE runs a branch only on its rows); the kind and the value.
  await connection.run(`CREATE OR REPLACE TABLE staged AS
    SELECT src, dst, amount,
      CASE WHEN amount IS NULL OR NOT isfinite(amount) THEN nullif(trim(CAST(amount_raw AS VARCHAR)), '') END AS amount_text,
      ts_kind, ts_value, CASE WHEN ts_kind = 4 THEN ts_text END AS ts_text, id
    FROM (SELECT *, ${kind} AS ts_kind, ${value} AS ts_value
      FROM (SELECT *,
          CASE WHEN NOT zoned THEN NULL
            -- "…Z" is UTC: the plain TIMESTAMP cast reads it, and costs less than the time-zone-aware one.
            WHEN suffix(ts_text, 'Z') THEN CAST(epoch_ms(TRY_CAST(ts_text AS TIMESTAMP)) AS DOUBLE)
            ELSE CAST(epoch_ms(coalesce(TRY_CAST(ts_text AS TIMESTAMPTZ), TRY_CAST(upper(ts_text) AS TIMESTAMPTZ))) AS DOUBLE)
            END AS ts_zoned,
          CASE WHEN ts_num IS NULL AND NOT zoned
            THEN CAST(epoch_ms(coalesce(TRY_CAST(ts_text AS TIMESTAMP), TRY_CAST(upper(ts_text) AS TIMESTAMP))) AS DOUBLE)
            END AS ts_naive
        FROM (SELECT src, dst, amount, amount_raw, ts_text, ts_native, id,
            -- A number has no ':', so only text without one pays for the (usually failing) number cast.
            CASE WHEN NOT ts_colon THEN TRY_CAST(ts_text AS DOUBLE) END AS ts_num,
            CASE WHEN NOT ts_colon THEN false
              WHEN suffix(ts_text, 'Z') THEN true
              ELSE coalesce(regexp_matches(ts_text, '${ZONE_SUFFIX}'), false) END AS zoned
          FROM (SELECT ${cleaned("src_raw")} AS src, ${cleaned("dst_raw")} AS dst,
              ${amountIsText ? "TRY_CAST" : "CAST"}(amount_raw AS DOUBLE) AS amount,
              amount_raw, ts_text, contains(ts_text, ':') AS ts_colon, ts_native,
              ${columns.id === undefined ? none : cleaned("id_raw")} AS id
            FROM (SELECT ${raw("src")} AS src_raw, ${raw("dst")} AS dst_raw,
                ${ref("amount")} AS amount_raw,
                ${tsIsText ? cleaned(ref("ts")) : none} AS ts_text,
                ${tsNative} AS ts_native,
                ${columns.id === undefined ? none : raw("id")} AS id_raw
              FROM ${from})))))`);
  return { from, row: format === "parquet" ? "file_row_number" : "row_number() OVER () - 1" };
}

/**
 * nullif(trim(x), ''), without building a new string for the usual value that has no space at
 * either end (trim alone costs about a third of reading the file, column by column).
 */
function cleaned(x: string): string {
  return `CASE WHEN ${x} = '' OR prefix(${x}, ' ') OR suffix(${x}, ' ') THEN nullif(trim(${x}), '') ELSE ${x} END`;
}

type Check = { code: string; column: Role | null; where: string; value: string; params?: string };

/** What one pass over `staged` tells ingest besides the problems. */
export type StagedCounts = {
  /** Data rows in the file. */
  rows: number;
  /** Timestamps given as epoch numbers, and how many of those are milliseconds by magnitude. */
  numeric: number;
  large: number;
};

/**
 * The problems of `staged`: empty required values, amounts that are not numbers or are negative,
 * timestamps that cannot be read, date-times with and without offsets mixed, epoch seconds and
 * milliseconds mixed. Each problem names its row (1-based, the header not counted).
 *
 * One aggregate query counts every kind of problem at once (a single scan of `staged`); only a
 * kind whose count is not zero costs a second, small query for its first rows.
 */
export async function stagedProblems(
  connection: DuckDBConnection,
  file: string,
  format: LedgerFormat,
  columns: ColumnMap,
  source: StagedSource,
  options: { requireTs: boolean; tsUnit: "s" | "ms" | undefined },
): Promise<{ problems: Problem[]; counts: StagedCounts }> {
  const checks: Check[] = [
    { code: "ledger-missing-value", column: "src", where: "src IS NULL", value: "NULL" },
    { code: "ledger-missing-value", column: "dst", where: "dst IS NULL", value: "NULL" },
    {
      code: "ledger-missing-value",
      column: "amount",
      where: "amount IS NULL AND amount_text IS NULL",
      value: "NULL",
    },
    // amount_text is kept only where the amount could not be read or is not finite.
    { code: "ledger-bad-amount", column: "amount", where: "amount_text IS NOT NULL", value: "amount_text" },
    {
      code: "ledger-negative-amount",
      column: "amount",
      where: "amount < 0",
      // As a JSON number (−10, −12.5), not DuckDB's text of a double ("-10.0"), which is not what was typed.
      value: "amount",
    },
    { code: "ledger-bad-timestamp", column: "ts", where: "ts_kind = 4", value: "ts_text" },
  ];
  if (options.requireTs && columns.ts !== undefined)
    checks.push({ code: "ledger-missing-value", column: "ts", where: "ts_kind = 0", value: "NULL" });
  const kinds = {
    zoned: "ts_kind = 2",
    naive: "ts_kind = 3",
    seconds: `ts_kind = 1 AND abs(ts_value) < ${MS_THRESHOLD}`,
    millis: `ts_kind = 1 AND abs(ts_value) >= ${MS_THRESHOLD}`,
  };
  const tally = await connection.runAndReadAll(
    `SELECT count(*) AS rows, ${[
      ...checks.map((c, i) => `count(*) FILTER (WHERE ${c.where}) AS c${i}`),
      ...Object.entries(kinds).map(([name, where]) => `count(*) FILTER (WHERE ${where}) AS ${name}`),
    ].join(", ")} FROM staged`,
  );
  const got = tally.getRowObjectsJson()[0] ?? {};
  const count = (name: string) => Number(got[name] ?? 0);
  const problems: Problem[] = [];
  const lineOffset = format === "csv" ? 1 : format === "json" ? 0 : undefined;
  const add = (
    code: string,
    column: Role | null,
    row: number,
    value: unknown,
    params: Record<string, unknown>,
  ) => {
    const p: Problem = {
      code,
      file,
      path: column ? [columns[column] ?? column] : [],
      params: { row: row + 1, value, column: column ? (columns[column] ?? column) : undefined, ...params },
    };
    if (lineOffset !== undefined) p.line = row + 1 + lineOffset;
    problems.push(p);
  };
  for (const [i, check] of checks.entries()) {
    const total = count(`c${i}`);
    if (total === 0) continue;
    const reader = await connection.runAndReadAll(
      `SELECT rowid AS row, ${check.value} AS value FROM staged WHERE ${check.where} ORDER BY rowid LIMIT ${EXAMPLES}`,
    );
    for (const r of reader.getRowObjectsJson())
      add(check.code, check.column, Number(r.row), r.value, { total });
  }
  const zones = await minority(connection, kinds.zoned, kinds.naive, count("zoned"), count("naive"));
  if (zones) {
    const value = await rawValue(connection, source, columns.ts as string, zones.row);
    add("ledger-mixed-time-zones", "ts", zones.row, value, {
      withOffset: zones.a,
      withoutOffset: zones.b,
      offset: zones.rareIsA,
    });
  }
  if (options.tsUnit === undefined) {
    const units = await minority(connection, kinds.seconds, kinds.millis, count("seconds"), count("millis"));
    if (units) {
      const value = await rawValue(connection, source, columns.ts as string, units.row);
      add("ledger-mixed-units", "ts", units.row, value, { seconds: units.a, milliseconds: units.b });
    }
  }
  const numeric = count("seconds") + count("millis");
  return { problems, counts: { rows: count("rows"), numeric, large: count("millis") } };
}

/** When rows of both kinds a and b exist, the first row of the rarer kind (the likely mistake) and the counts. */
async function minority(
  connection: DuckDBConnection,
  a: string,
  b: string,
  na: number,
  nb: number,
): Promise<{ row: number; rareIsA: boolean; a: number; b: number } | null> {
  if (na === 0 || nb === 0) return null;
  const rareIsA = na <= nb;
  const first = await connection.runAndReadAll(
    `SELECT min(rowid) AS row FROM staged WHERE ${rareIsA ? a : b}`,
  );
  return { row: Number(first.getRowObjectsJson()[0]?.row), rareIsA, a: na, b: nb };
}

/** The text of one cell as the file has it (a second read of the file: only on the way to an error). */
async function rawValue(connection: DuckDBConnection, source: StagedSource, column: string, row: number) {
  const reader = await connection.runAndReadAll(
    `SELECT CAST(value AS VARCHAR) AS value FROM (SELECT ${source.row} AS r, ${sqlName(column)} AS value FROM ${source.from}) WHERE r = ${row}`,
  );
  return reader.getRowObjectsJson()[0]?.value ?? null;
}
