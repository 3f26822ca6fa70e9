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

const NUMBER = String.raw`[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?`;
const ISO_DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const ISO_TIME = String.raw`[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?`;
const ZONE = String.raw`(Z|[+-]\d{2}(:?\d{2})?)`;

/** ts_kind values in `staged`. */
export const TS_KIND = { missing: 0, number: 1, zoned: 2, naive: 3, bad: 4, native: 5 } as const;

type Expressions = {
  src: string;
  dst: string;
  amount: string;
  amountText: string;
  tsKind: string;
  tsValue: string;
};

function expressions(columns: ColumnMap, types: Map<string, string>): Expressions {
  const ref = (role: Role) => sqlName(columns[role] as string);
  const text = (role: Role) => `nullif(trim(CAST(${ref(role)} AS VARCHAR)), '')`;
  const classOf = (role: Role) => typeClass(types.get(columns[role] as string) ?? "VARCHAR");
  const amountIsText = classOf("amount") === "text";
  const amount = amountIsText
    ? `CASE WHEN regexp_full_match(${text("amount")}, '${NUMBER}') THEN CAST(${text("amount")} AS DOUBLE) END`
    : `CAST(${ref("amount")} AS DOUBLE)`;
  let tsKind = String(TS_KIND.missing);
  let tsValue = "NULL::DOUBLE";
  if (columns.ts !== undefined) {
    const ts = ref("ts");
    const kind = classOf("ts");
    if (kind === "timestamp") {
      tsKind = `CASE WHEN ${ts} IS NULL THEN 0 ELSE 5 END`;
      tsValue = `CAST(epoch_ms(${ts}) AS DOUBLE)`;
    } else if (kind === "date") {
      tsKind = `CASE WHEN ${ts} IS NULL THEN 0 ELSE 5 END`;
      tsValue = `CAST(epoch_ms(CAST(${ts} AS TIMESTAMP)) AS DOUBLE)`;
    } else if (kind === "integer" || kind === "number") {
      tsKind = `CASE WHEN ${ts} IS NULL THEN 0 ELSE 1 END`;
      tsValue = `CAST(${ts} AS DOUBLE)`;
    } else {
      const t = `upper(${text("ts")})`;
      tsKind = `CASE WHEN ${t} IS NULL THEN 0
        WHEN regexp_full_match(${t}, '${NUMBER}') THEN 1
        WHEN regexp_full_match(${t}, '${ISO_DATE}${ISO_TIME}${ZONE}') THEN 2
        WHEN regexp_full_match(${t}, '${ISO_DATE}(${ISO_TIME})?') THEN 3
        ELSE 4 END`;
      tsValue = `CASE WHEN regexp_full_match(${t}, '${NUMBER}') THEN CAST(${t} AS DOUBLE)
        WHEN regexp_full_match(${t}, '${ISO_DATE}${ISO_TIME}${ZONE}') THEN CAST(epoch_ms(TRY_CAST(${t} AS TIMESTAMPTZ)) AS DOUBLE)
        ELSE CAST(epoch_ms(TRY_CAST(${t} AS TIMESTAMP)) AS DOUBLE) END`;
    }
  }
  return {
    src: text("src"),
    dst: text("dst"),
    amount,
    amountText: amountIsText ? text("amount") : `CAST(${ref("amount")} AS VARCHAR)`,
    tsKind,
    tsValue,
  };
}

/** Creates `staged` (one row per data row of the file). Throws DuckDB's error when the file cannot be parsed. */
export async function stage(
  connection: DuckDBConnection,
  path: string,
  format: LedgerFormat,
  found: readonly SourceColumn[],
  columns: ColumnMap,
): Promise<StagedSource> {
  const types = new Map(found.map((c) => [c.name, c.type]));
  const e = expressions(columns, types);
  const chosen = found.filter((c) => Object.values(columns).includes(c.name));
  const from = sourceSql(path, format, chosen);
  const row = format === "parquet" ? "file_row_number" : "row_number() OVER () - 1";
  const id =
    columns.id === undefined ? "NULL::VARCHAR" : `nullif(trim(CAST(${sqlName(columns.id)} AS VARCHAR)), '')`;
  await connection.run(`CREATE OR REPLACE TABLE staged AS
    SELECT row, src, dst, amount,
      CASE WHEN amount IS NULL THEN amount_text END AS amount_text,
      CASE WHEN ts_kind IN (2, 3) AND ts_value IS NULL THEN 4 ELSE ts_kind END AS ts_kind,
      ts_value,
      CASE WHEN ts_kind = 4 OR (ts_kind IN (2, 3) AND ts_value IS NULL) THEN ts_text END AS ts_text,
      id
    FROM (SELECT CAST(${row} AS BIGINT) AS row, ${e.src} AS src, ${e.dst} AS dst, ${e.amount} AS amount, ${e.amountText} AS amount_text,
      ${e.tsKind} AS ts_kind, ${e.tsValue} AS ts_value,
      ${columns.ts === undefined ? "NULL::VARCHAR" : `CAST(${sqlName(columns.ts)} AS VARCHAR)`} AS ts_text,
      ${id} AS id
      FROM ${from})`);
  return { from, row };
}

/** Where `staged` came from: the table function and the expression of its row number. */
export type StagedSource = { from: string; row: string };

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
    {
      code: "ledger-bad-amount",
      column: "amount",
      where: "amount IS NULL AND amount_text IS NOT NULL",
      value: "amount_text",
    },
    {
      code: "ledger-bad-amount",
      column: "amount",
      where: "NOT isfinite(amount)",
      value: "CAST(amount AS VARCHAR)",
    },
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
      `SELECT row, ${check.value} AS value, count(*) OVER () AS total FROM staged WHERE ${check.where} ORDER BY row LIMIT ${EXAMPLES}`,
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
  const first = await connection.runAndReadAll(`SELECT min(row) AS row FROM staged WHERE ${rareIsA ? a : b}`);
  return { row: Number(first.getRowObjectsJson()[0]?.row), rareIsA, a: na, b: nb };
}

/** The text of one cell as the file has it (a second read of the file: only on the way to an error). */
async function rawValue(connection: DuckDBConnection, source: StagedSource, column: string, row: number) {
  const reader = await connection.runAndReadAll(
    `SELECT CAST(value AS VARCHAR) AS value FROM (SELECT ${source.row} AS r, ${sqlName(column)} AS value FROM ${source.from}) WHERE r = ${row}`,
  );
  return reader.getRowObjectsJson()[0]?.value ?? null;
}
