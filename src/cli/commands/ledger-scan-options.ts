/**
 * The options of `halqa ledger scan`, as the command line parses them. In a file of their own so that
 * the command (ledger-scan.ts) and its report (ledger-report.ts) can both read them without importing
 * each other.
 */
import type { Language } from "../../i18n/index.ts";
import type { ColumnMap } from "../../io/ledger/columns.ts";
import type { EngineOptions } from "../../io/ledger/duckdb.ts";

export type LedgerScanOptions = {
  lang: Language;
  json: boolean;
  columns: ColumnMap;
  tsUnit?: "s" | "ms";
  mode: "temporal" | "static";
  /** Static: one cycle per choice of parallel transaction (default: cycles of accounts). */
  perTransaction?: boolean;
  /** Static --per-transaction: enumerate even when the counted combinations pass ENUMERATION_LIMIT. */
  forceEnumeration?: boolean;
  window: { ms: number; label: string };
  maxHops: number;
  minAmount?: number;
  retention?: { low: number; high: number };
  limit?: number;
  out?: string;
  /** Replace an existing --out file (never the input). */
  force?: boolean;
  /** The path is a glob pattern (* ? [ ]); otherwise one literal file. */
  glob?: boolean;
  /** Worker threads for the search (0: this thread), at most the cores; absent: by the ledger's size. */
  workers?: number;
  shard?: { index: number; count: number };
  engine: EngineOptions;
};
