/**
 * What ingest learns about the rows it loads before it loads them (ingest.ts): the file's time span,
 * the self-loops set apart, the first and last row loaded, and whether the transaction ids can be
 * kept as numbers. With a time shard these need the span first, so they are two queries of their
 * own over the `timed` view; without one every row is loaded, and the same figures are aggregates
 * that ride along the checks' scan of `staged` (stage.ts, stagedProblems' `extra`), which saves two
 * scans of ten million rows.
 */
import type { DuckDBConnection as Connection } from "@duckdb/node-api";
import type { ColumnMap } from "./columns.ts";
import { typeClass } from "./source.ts";

/** What the rows to load hold besides the ledger: self-loops, and whether the ids need text. */
export type LoadedCounts = {
  selfLoops: number;
  kept: number;
  /** The first and last file row loaded (lastRow −1 when none is). */
  firstRow: number;
  lastRow: number;
  idKind: "row" | "number" | "text";
};

const WHOLE_NUMBER = String.raw`(0|[1-9]\d{0,14})`;

type Aggregates = Record<string, unknown>;

/** The aggregates of LoadedCounts over rows where `inShard` holds, `row` naming the file row. */
async function loadedParts(
  connection: Connection,
  keptView: string,
  inShard: string,
  row: string,
  columns: ColumnMap,
  types: Map<string, string>,
): Promise<{ parts: Record<string, string>; counts: (got: Aggregates) => LoadedCounts }> {
  const integerIds = columns.id !== undefined && typeClass(types.get(columns.id) ?? "") === "integer";
  let numeric = false;
  if (columns.id !== undefined && !integerIds) {
    const firstId = (await connection.runAndReadAll(`SELECT id FROM ${keptView} LIMIT 1`)).getRows()[0]?.[0];
    numeric = typeof firstId === "string" && new RegExp(`^${WHOLE_NUMBER}$`).test(firstId);
  }
  const loaded = `${inShard} AND src <> dst`;
  const parts: Record<string, string> = {
    self_loops: `count(*) FILTER (WHERE ${inShard} AND src = dst)`,
    kept: `count(*) FILTER (WHERE ${loaded})`,
    first_row: `min(${row}) FILTER (WHERE ${loaded})`,
    last_row: `max(${row}) FILTER (WHERE ${loaded})`,
  };
  if (columns.id !== undefined) parts.missing = `count(*) FILTER (WHERE ${loaded} AND id IS NULL)`;
  if (numeric)
    parts.other = `count(*) FILTER (WHERE ${loaded} AND NOT regexp_full_match(id, '${WHOLE_NUMBER}'))`;
  const counts = (got: Aggregates): LoadedCounts => {
    const count = (name: string) => Number(got[name] ?? 0);
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
      lastRow: got.last_row == null ? -1 : count("last_row"),
      idKind,
    };
  };
  return { parts, counts };
}

/**
 * One pass over the rows to load (the `kept` and `timed` views): the self-loops set apart, and the
 * kind of transaction ids. Whole numbers below 2^53 are kept as numbers (8 bytes each); any other id
 * as text. A text id column whose first id is not a whole number is text without testing the rest.
 */
export async function loadedCounts(
  connection: Connection,
  inShard: string,
  columns: ColumnMap,
  types: Map<string, string>,
): Promise<LoadedCounts> {
  const { parts, counts } = await loadedParts(connection, "kept", inShard, "row", columns, types);
  const sql = Object.entries(parts).map(([name, aggregate]) => `${aggregate} AS ${name}`);
  const got = (await connection.runAndReadAll(`SELECT ${sql.join(", ")} FROM timed`)).getRowObjectsJson()[0];
  return counts(got ?? {});
}

/**
 * The same counts (every row loaded) and the time span, as aggregates over `staged` for the checks'
 * scan. The span is kept per kind of time — epoch numbers apart, since their unit is known only
 * after the checks — and joined by foldedSpan.
 */
export async function loadedAggregates(
  connection: Connection,
  columns: ColumnMap,
  types: Map<string, string>,
): Promise<{ parts: Record<string, string>; counts: (got: Aggregates) => LoadedCounts }> {
  const loaded = await loadedParts(connection, "staged WHERE src <> dst", "TRUE", "rowid", columns, types);
  return {
    parts: {
      ...loaded.parts,
      number_first: "min(ts_value) FILTER (WHERE ts_kind = 1)",
      number_last: "max(ts_value) FILTER (WHERE ts_kind = 1)",
      other_first: "min(ts_value) FILTER (WHERE ts_kind <> 1)",
      other_last: "max(ts_value) FILTER (WHERE ts_kind <> 1)",
    },
    counts: loaded.counts,
  };
}

/**
 * The earliest and latest time (ms) from loadedAggregates' figures, epoch numbers scaled by `toMs`:
 * the same as min and max over the scaled times, since multiplying by a positive number keeps the
 * order of doubles (rounding is monotonic). NaN without times.
 */
export function foldedSpan(got: Aggregates, toMs: number): { first: number; last: number } {
  const value = (name: string, scale: number) => (got[name] == null ? Number.NaN : Number(got[name]) * scale);
  const pick = (a: number, b: number, better: (x: number, y: number) => number) =>
    Number.isNaN(a) ? b : Number.isNaN(b) ? a : better(a, b);
  return {
    first: pick(value("number_first", toMs), value("other_first", 1), Math.min),
    last: pick(value("number_last", toMs), value("other_last", 1), Math.max),
  };
}

/** The earliest and latest time (ms) in the `timed` view, NaN without times. */
export async function timeSpan(connection: Connection): Promise<{ first: number; last: number }> {
  const span = (
    await connection.runAndReadAll("SELECT min(ts) AS first, max(ts) AS last FROM timed")
  ).getRowObjectsJson()[0];
  return {
    first: span?.first == null ? Number.NaN : Number(span.first),
    last: span?.last == null ? Number.NaN : Number(span.last),
  };
}
