/** `halqa ledger scan FILE`: round-tripping in a transaction ledger of millions of rows. */
import type { Command } from "commander";
import { parseDuration } from "../../core/time/duration.ts";
import { parseChoice, resolveLang } from "../context.ts";
import { usageError } from "../errors.ts";
import { FORCE_HELP } from "../output.ts";
import { capWorkers } from "../workers.ts";
import { nonNegativeInt, nonNegativeNumber, positiveInt, type Runner } from "./shared.ts";

type ScanCli = {
  src?: string;
  dst?: string;
  ts?: string;
  amount?: string;
  id?: string;
  tsUnit?: string;
  temporal?: boolean;
  static?: boolean;
  perTransaction?: boolean;
  forceEnumeration?: boolean;
  window: string;
  maxHops: string;
  minAmount?: string;
  retention?: string;
  limit?: string;
  out?: string;
  force?: boolean;
  glob?: boolean;
  workers?: string;
  shard?: string;
  memoryLimit: string;
  threads: string;
  json?: boolean;
  lang?: string;
};

// What counts as a cycle, the input, the output and --glob: the long help after the options is in the
// catalogue (cli.help.commands.ledger-scan.after), in both languages.

export function registerLedger(program: Command, { io, setExit }: Runner): void {
  const ledger = program.command("ledger").description("find round-tripping in your own transaction ledger");
  ledger
    .command("scan")
    .description("find money cycles (round trips) in a ledger file: CSV, Parquet or JSON lines")
    .argument("<file>", "the ledger: one row per transaction")
    .option("--src <column>", "payer column (default: guessed)")
    .option("--dst <column>", "payee column (default: guessed)")
    .option("--ts <column>", "time column (default: guessed)")
    .option("--amount <column>", "amount column (default: guessed)")
    .option("--id <column>", "transaction id column (default: guessed, else the row number)")
    .option("--ts-unit <unit>", "epoch-number times are s or ms (default: by magnitude)")
    .option("--temporal", "time-respecting cycles within --window (the default)")
    .option("--static", "cycles of accounts, time order ignored")
    .option("--per-transaction", "with --static: one cycle per choice of parallel payment")
    .option("--force-enumeration", "with --per-transaction: list the cycles even past 50,000,000")
    .option("--window <duration>", "temporal window, inclusive: 90s, 15m, 36h, 7d, 2w", "7d")
    .option("--max-hops <k>", "longest cycle, in transactions (2 or more)", "6")
    .option("--min-amount <x>", "ignore transactions smaller than this")
    .option(
      "--retention <low..high>",
      "keep cycles whose amount stays within low..high × the previous hop, e.g. 0.8..1.0",
    )
    .option("--limit <n>", "most cycles written or shown (default: all with --out, else 20); all are counted")
    .option(
      "--out <file>",
      "write every cycle to .csv, .jsonl or .parquet (never the input; new file unless --force)",
    )
    .option("--force", FORCE_HELP)
    .option("--glob", "read <file> as a pattern (* ? [ ]) of several files; default: one literal file")
    .option(
      "--workers <n>",
      "worker threads for the search, at most the cores; 0 searches in this thread (default: 2, or 0 under 50,000 transactions)",
    )
    .option("--shard <i/n>", "scan time shard i of n (0-based); see docs/scale.md")
    .option("--memory-limit <size>", "DuckDB memory limit while reading, e.g. 2GB", "2GB")
    .option("--threads <n>", "DuckDB threads while reading", "2")
    .option("--json", "machine-readable JSON on stdout (no progress bar)")
    .option("--lang <lang>", "language of messages and tables: en or ar (default: $HALQA_LANG or en)")
    .action(async (file: string, options: ScanCli) => {
      const lang = resolveLang(io, options.lang);
      if (options.temporal && options.static)
        throw usageError("option-either", { first: "--temporal", second: "--static" });
      const mode = options.static ? "static" : "temporal";
      if ((options.perTransaction || options.forceEnumeration) && mode !== "static")
        throw usageError("option-needs", {
          option: options.perTransaction ? "--per-transaction" : "--force-enumeration",
          needs: "--static",
        });
      const window = parseDuration(options.window);
      if (!window.ok) throw usageError("option-duration", { option: "--window", value: options.window });
      const maxHops = positiveInt("--max-hops", options.maxHops);
      if (maxHops < 2) throw usageError("option-at-least", { option: "--max-hops", min: 2, value: maxHops });
      const tsUnit = parseChoice("--ts-unit", options.tsUnit, ["s", "ms"] as const);
      const retention = options.retention === undefined ? undefined : parseRetention(options.retention);
      const { parseShard } = await import("../../io/ledger/shard.ts");
      const shard = options.shard === undefined ? undefined : (parseShard(options.shard) ?? undefined);
      if (options.shard !== undefined && !shard) throw usageError("option-shard", { value: options.shard });
      if (shard && mode === "static") throw usageError("option-shard-static", {});
      if (!/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(options.memoryLimit))
        throw usageError("option-size", { option: "--memory-limit", value: options.memoryLimit });
      const { ledgerScanCommand } = await import("../commands/ledger-scan.ts");
      setExit(
        await ledgerScanCommand(
          file,
          {
            lang,
            json: !!options.json,
            columns: {
              ...(options.src !== undefined ? { src: options.src } : {}),
              ...(options.dst !== undefined ? { dst: options.dst } : {}),
              ...(options.ts !== undefined ? { ts: options.ts } : {}),
              ...(options.amount !== undefined ? { amount: options.amount } : {}),
              ...(options.id !== undefined ? { id: options.id } : {}),
            },
            ...(tsUnit ? { tsUnit } : {}),
            mode,
            window: { ms: window.seconds * 1000, label: options.window.trim() },
            maxHops,
            ...(options.minAmount !== undefined
              ? { minAmount: nonNegativeNumber("--min-amount", options.minAmount) }
              : {}),
            ...(retention ? { retention } : {}),
            ...(options.limit !== undefined ? { limit: positiveInt("--limit", options.limit) } : {}),
            ...(options.out !== undefined ? { out: options.out } : {}),
            ...(options.workers !== undefined
              ? { workers: capWorkers(nonNegativeInt("--workers", options.workers), io, lang) }
              : {}),
            ...(options.force ? { force: true } : {}),
            ...(options.perTransaction ? { perTransaction: true } : {}),
            ...(options.forceEnumeration ? { forceEnumeration: true } : {}),
            ...(options.glob ? { glob: true } : {}),
            ...(shard ? { shard } : {}),
            engine: { memoryLimit: options.memoryLimit, threads: positiveInt("--threads", options.threads) },
          },
          io,
        ),
      );
    });
}

/** "0.8..1.0" → { low: 0.8, high: 1 }; both positive, low ≤ high. */
export function parseRetention(text: string): { low: number; high: number } {
  const m = /^\s*(\d*\.?\d+)\s*\.\.\s*(\d*\.?\d+)\s*$/.exec(text);
  const low = Number(m?.[1]);
  const high = Number(m?.[2]);
  if (!m || !(low > 0) || !(high >= low)) throw usageError("option-retention", { value: text });
  return { low, high };
}
