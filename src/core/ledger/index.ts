/**
 * The ledger scan's search (pure): prepare a ledger, search it serially or by resumable cursors over
 * ranges of start transactions, shard it, and the reference enumerator. The parallel driver is
 * src/io/ledger/scan-in-workers.ts.
 */
export { bruteForceLedgerCycles } from "./brute-force.ts";
export { batchCycles, CycleTally } from "./cycle-tally.ts";
export { type FirstHopTask, type LedgerCursor, ledgerCursor } from "./ledger-cursor.ts";
export {
  type ArrayAllocator,
  countSelfLoops,
  heapArrays,
  type PreparedLedger,
  prepareLedger,
} from "./prepare.ts";
export { checkScanOptions, InvalidScanOptionError, type ScanOptionName } from "./scan-options.ts";
export { resolveShard, type SerialScanRun, scanLedgerOnThisThread } from "./scan-serial.ts";
export { InvalidShardError, ownedStarts, type ShardRange, shardRange } from "./shard.ts";
export { type SyntheticLedger, type SyntheticLedgerOptions, syntheticLedger } from "./synthetic.ts";
export type {
  CycleBatch,
  Ledger,
  LedgerCycle,
  ScanMode,
  ScanOptions,
  ScanProgress,
  ScanSummary,
} from "./types.ts";
