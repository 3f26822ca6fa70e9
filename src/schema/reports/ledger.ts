/**
 * The summary `halqa ledger scan --json` prints (no API route: ledgers are the user's own files, so the
 * scan runs only on the command line). With `--out` the cycles go to that file and `cycles` is absent.
 */
import { z } from "zod";
import { byKey } from "./common.ts";

const IsoTime = z.string().nullable().describe("ISO 8601 UTC; null when the ledger has no times.");

/** One cycle, as in the JSON Lines file `--out` writes. */
export const LedgerCycle = z.strictObject({
  cycle: z.number().int(),
  length: z.number().int(),
  start: IsoTime,
  end: IsoTime,
  duration_seconds: z.number().nullable(),
  retained: z.number().nullable().describe("Last amount ÷ first amount."),
  accounts: z.array(z.string()),
  transactions: z.array(z.string()),
  timestamps: z.array(IsoTime),
  amounts: z.array(z.number()),
});

/** One static account cycle (`--static`, the default there), as in the JSON Lines file `--out` writes. */
export const LedgerAccountCycle = z.strictObject({
  cycle: z.number().int(),
  length: z.number().int(),
  combinations: z
    .number()
    .describe(
      "Transaction cycles it stands for: the product of its hops' parallel payments (exact up to 2^53).",
    ),
  accounts: z.array(z.string()).describe("Paying accounts in order; the last pays the first back."),
  transactions: z.array(z.array(z.string())).describe("Per hop, the ids of that pair's parallel payments."),
});

const Role = z.enum(["src", "dst", "ts", "amount", "id"]);

export const LedgerScanSummary = z.strictObject({
  ok: z.literal(true),
  file: z.string(),
  format: z.string(),
  files: z.array(z.string()),
  columns: z.partialRecord(Role, z.string()).describe("The file's column for each role."),
  guessed: z.array(Role),
  tsUnit: z.enum(["s", "ms"]).nullable(),
  rows: z.number().int(),
  transactions: z.number().int(),
  accounts: z.number().int(),
  selfLoops: z.number().int(),
  duplicateRows: z.number().int(),
  first: IsoTime,
  last: IsoTime,
  shard: z
    .strictObject({
      index: z.number().int(),
      count: z.number().int(),
      from: IsoTime,
      to: IsoTime,
      loadedFrom: IsoTime,
      loadedTo: IsoTime,
    })
    .nullable(),
  search: z.strictObject({
    mode: z.enum(["temporal", "static"]),
    window: z.string().nullable(),
    windowSeconds: z.number().nullable(),
    maxHops: z.number().int(),
    minAmount: z.number(),
    retention: z.strictObject({ low: z.number(), high: z.number() }).nullable(),
    workers: z.number().int(),
    cycles: z
      .enum(["accounts", "transactions"])
      .optional()
      .describe(
        "Static scans: cycles of accounts (default) or one per choice of payment (--per-transaction).",
      ),
  }),
  found: z.number().int(),
  accountCycles: z.number().int().optional().describe("Static account cycles found (= found)."),
  combinations: z
    .number()
    .optional()
    .describe("Static account cycles: the transaction cycles they stand for, summed."),
  combinationsExact: z.boolean().optional().describe("False when `combinations` passed 2^53 (then rounded)."),
  byLength: byKey(z.number().int()).describe("Cycles per number of transactions."),
  topAccounts: z.array(z.strictObject({ account: z.string(), cycles: z.number().int() })),
  truncated: z.boolean(),
  limit: z.number().int().nullable(),
  limited: z.boolean(),
  written: z.number().int(),
  out: z.string().nullable(),
  steps: z.number().int(),
  seconds: z.strictObject({
    ingest: z.number(),
    scan: z.number(),
    workers: z
      .array(
        z.strictObject({
          busy: z.number(),
          waited: z.number(),
          finished: z.number(),
          cpu: z.number().nullable(),
          steps: z.number().int(),
        }),
      )
      .describe(
        "Per worker thread (empty when the search ran on the main thread): seconds searching, of those blocked waiting for the output, when it finished from the search's start, the CPU seconds the thread itself used (null where the system does not report it), and its search steps.",
      ),
    writer: z
      .number()
      .nullable()
      .optional()
      .describe(
        "CPU seconds of the --out writer thread (formatting and writing the file), when a thread wrote it; null where the system does not report it.",
      ),
  }),
  cycles: z.union([z.array(LedgerCycle), z.array(LedgerAccountCycle)]).optional(),
});
