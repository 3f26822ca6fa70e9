/**
 * Stage 1 of ingest, all in SQL: the file's rows into a DuckDB table `staged` with the row number,
 * payer, payee, amount (a double), the time in milliseconds and the id — and, only on rows where a
 * value could not be read, the text that failed, so a problem can quote it. Then one query per kind
 * of problem finds its first rows. Nothing here holds a row in JavaScript.
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
  const text = (role: Role) => `nullif(trim(CAST(${ref(role)} AS VARCHAR)), '')`;
  const classOf = (role: Role) => typeClass(types.get(columns[role] as string) ?? "VARCHAR");
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
  const tsText = tsIsText ? text("ts") : "NULL::VARCHAR";
  await connection.run(`CREATE OR REPLACE TABLE staged AS
    SELECT src, dst, amount,
      CASE WHEN amount IS NULL OR NOT isfinite(amount) THEN amount_text END AS amount_text,
      ${kind} AS ts_kind, ${value} AS ts_value,
      CASE WHEN ${kind} = 4 THEN ts_text END AS ts_text, id
    FROM (SELECT *,
        CASE WHEN NOT zoned THEN NULL
          -- "…Z" is UTC: the plain TIMESTAMP cast reads it, and costs less than the time-zone-aware one.
          WHEN suffix(ts_text, 'Z') THEN CAST(epoch_ms(TRY_CAST(ts_text AS TIMESTAMP)) AS DOUBLE)
          ELSE CAST(epoch_ms(coalesce(TRY_CAST(ts_text AS TIMESTAMPTZ), TRY_CAST(upper(ts_text) AS TIMESTAMPTZ))) AS DOUBLE)
          END AS ts_zoned,
        CASE WHEN ts_num IS NULL AND NOT zoned
          THEN CAST(epoch_ms(coalesce(TRY_CAST(ts_text AS TIMESTAMP), TRY_CAST(upper(ts_text) AS TIMESTAMP))) AS DOUBLE)
          END AS ts_naive
      FROM (SELECT *,
          CASE WHEN ts_num IS NOT NULL OR NOT contains(ts_text, ':') THEN false
            WHEN suffix(ts_text, 'Z') THEN true
            ELSE coalesce(regexp_matches(ts_text, '${ZONE_SUFFIX}'), false) END AS zoned
        FROM (SELECT ${text("src")} AS src, ${text("dst")} AS dst,
            ${amountIsText ? `TRY_CAST(${text("amount")} AS DOUBLE)` : `CAST(${ref("amount")} AS DOUBLE)`} AS amount,
            ${amountIsText ? text("amount") : `CAST(${ref("amount")} AS VARCHAR)`} AS amount_text,
            ${tsText} AS ts_text,
            ${tsIsText ? `TRY_CAST(${tsText} AS DOUBLE)` : "NULL::DOUBLE"} AS ts_num,
            ${tsNative} AS ts_native,
            ${columns.id === undefined ? "NULL::VARCHAR" : text("id")} AS id
          FROM ${from})))`);
  return { from, row: format === "parquet" ? "file_row_number" : "row_number() OVER () - 1" };
}

type Check = { code: string; column: Role | null; where: string; value: string; params?: string };

/**
 * The problems of `staged`: empty required values, amounts that are not numbers or are negative,
 * timestamps that cannot be read, date-times with and without offsets mixed, epoch seconds and
 * milliseconds mixed. Each problem names its row (1-based, the header not counted).
 */
export async function stagedProblems(
  connection: DuckDBConnection,
  file: string,
  format: LedgerFormat,
  columns: ColumnMap,
  source: StagedSource,
  options: { requireTs: boolean; tsUnit: "s" | "ms" | undefined },
): Promise<Problem[]> {
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
      value: "CAST(amount AS VARCHAR)",
    },
    { code: "ledger-bad-timestamp", column: "ts", where: "ts_kind = 4", value: "ts_text" },
  ];
  if (options.requireTs && columns.ts !== undefined)
    checks.push({ code: "ledger-missing-value", column: "ts", where: "ts_kind = 0", value: "NULL" });
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
  for (const check of checks) {
    const reader = await connection.runAndReadAll(
      `SELECT rowid AS row, ${check.value} AS value, count(*) OVER () AS total FROM staged WHERE ${check.where} ORDER BY rowid LIMIT ${EXAMPLES}`,
    );
    for (const r of reader.getRowObjectsJson())
      add(check.code, check.column, Number(r.row), r.value, { total: Number(r.total) });
  }
  const zones = await minority(connection, "ts_kind = 2", "ts_kind = 3");
  if (zones) {
    const value = await rawValue(connection, source, columns.ts as string, zones.row);
    add("ledger-mixed-time-zones", "ts", zones.row, value, {
      withOffset: zones.a,
      withoutOffset: zones.b,
      offset: zones.rareIsA,
    });
  }
  if (options.tsUnit === undefined) {
    const units = await minority(
      connection,
      `ts_kind = 1 AND abs(ts_value) < ${MS_THRESHOLD}`,
      `ts_kind = 1 AND abs(ts_value) >= ${MS_THRESHOLD}`,
    );
    if (units) {
      const value = await rawValue(connection, source, columns.ts as string, units.row);
      add("ledger-mixed-units", "ts", units.row, value, { seconds: units.a, milliseconds: units.b });
    }
  }
  return problems;
}

/** When rows of both kinds a and b exist, the first row of the rarer kind (the likely mistake) and the counts. */
async function minority(
  connection: DuckDBConnection,
  a: string,
  b: string,
): Promise<{ row: number; rareIsA: boolean; a: number; b: number } | null> {
  const counts = await connection.runAndReadAll(
    `SELECT count(*) FILTER (WHERE ${a}) AS a, count(*) FILTER (WHERE ${b}) AS b FROM staged`,
  );
  const [c] = counts.getRowObjectsJson();
  const na = Number(c?.a ?? 0);
  const nb = Number(c?.b ?? 0);
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
