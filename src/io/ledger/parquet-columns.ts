/**
 * The columns of a cycles Parquet file, in order, with their DuckDB types: the schema of the record
 * path (write-parquet.ts, JSON lines converted by DuckDB) and of the direct writer (parquet-direct.ts),
 * which takes DuckDB's own Parquet schema for these types.
 */
export const PARQUET_COLUMNS = {
  cycle: "BIGINT",
  length: "INTEGER",
  start: "TIMESTAMP",
  end: "TIMESTAMP",
  duration_seconds: "DOUBLE",
  retained: "DOUBLE",
  accounts: "VARCHAR[]",
  transactions: "VARCHAR[]",
  timestamps: "TIMESTAMP[]",
  amounts: "DOUBLE[]",
} as const;
