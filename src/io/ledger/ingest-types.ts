/**
 * What ledger ingest returns (ingest.ts), apart from ingest itself so that its two readers — DuckDB's
 * route and the fast CSV reader (fast-csv/) — share the shapes without importing each other.
 */
import type { Ledger } from "../../core/ledger/types.ts";
import type { LedgerFacts } from "../../core/reports/ledger-summary-report.ts";
import type { ColumnMap, Role } from "./columns.ts";
import type { ShardRange } from "./shard.ts";
import type { LedgerFormat } from "./source.ts";

export type AccountNumbering = "activity" | "name";

export type IngestStage = "read" | "check" | "accounts" | "load";

/** Transaction ids: the file's id column as numbers or text, or (no id column) the 1-based row number. */
export type TransactionIds =
  | { kind: "row" }
  | { kind: "number"; values: Float64Array }
  /**
   * Text ids as UTF-8 (no string per row): entry k in bytes[offsets[k], offsets[k + 1] − 1), a line
   * break after each. The id of transaction e is entry `entry[e]`, or entry e when `entry` is absent.
   */
  | { kind: "text"; bytes: Buffer; offsets: Float64Array; entry?: Int32Array };

/**
 * The ledger and what ingest learnt of the file: the facts the summary report reads (core's
 * LedgerFacts, which core declares since it may not import io), with io's own narrower types.
 */
export type IngestedLedger = LedgerFacts & {
  ok: true;
  format: LedgerFormat;
  ledger: Ledger;
  /** Name of each dense account id. */
  accounts: string[];
  ids: TransactionIds;
  columns: ColumnMap;
  guessed: Role[];
  hasTimestamps: boolean;
  shard: ShardRange | null;
};
