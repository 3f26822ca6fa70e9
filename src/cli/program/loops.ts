/** `halqa loops`: on the dataset, or on a user's edge list with --graph FILE. */
import type { Command } from "commander";
import { parseDuration } from "../../core/time/duration.ts";
import { message } from "../../i18n/message.ts";
import { DealType, FlowKind } from "../../schema/deal.ts";
import { type CommonOptions, parseChoice, resolveLang } from "../context.ts";
import { CliError } from "../errors.ts";
import { capWorkers } from "../workers.ts";
import {
  common,
  loadContext,
  nonNegativeInt,
  nonNegativeNumber,
  parseList,
  parseReported,
  parseWindow,
  positiveInt,
  type Runner,
  requireEntity,
  type WindowOptions,
  windowed,
  withReported,
} from "./shared.ts";

type LoopsCli = CommonOptions &
  WindowOptions & {
    maxLength: string;
    temporal?: boolean;
    window: string;
    minAmount?: string;
    types?: string;
    kinds?: string;
    entity?: string;
    limit: string;
    graph?: string;
    count?: boolean;
    byLength?: boolean;
    tsUnit?: string;
    workers?: string;
    includeReported?: boolean;
  };

export function registerLoops(program: Command, { io, setExit }: Runner): void {
  withReported(
    windowed(
      common(
        program
          .command("loops")
          .description("money loops, largest bottleneck first (or in your own edge list)"),
      ),
      "announced",
    ),
  )
    .option("--max-length <n>", "longest loop, in steps", "6")
    .option("--temporal", "time-respecting loops: each deal after the previous, all within --window")
    .option("--window <duration>", "window for --temporal: 365d, 12w, 24h, 90m, 30s", "365d")
    .option("--min-amount <usd>", "ignore flows smaller than this")
    .option(
      "--types <types>",
      `deal types to keep, comma-separated (${DealType.options.slice(0, 4).join(", ")} …)`,
    )
    .option("--kinds <kinds>", "flow kinds that carry value (default: cash, equity, warrant, guarantee)")
    .option("--entity <id>", "only loops through this entity")
    .option("--limit <k>", "how many loops to show", "20")
    .option(
      "--graph <file>",
      "find loops in an edge list (CSV, JSON or JSON Lines; see docs/graph-format.md)",
    )
    .option("--ts-unit <unit>", "with --graph: numeric timestamps are s or ms (default: detected)")
    .option(
      "--workers <n>",
      "with --graph: worker threads for the search, at most the cores; 0 searches in this thread (default: with --count 2, or 0 under 50,000 edges; else 0, as one thread stops at 200,000 loops)",
    )
    .option("--count", "print only the number of loops")
    .option("--by-length", "with --count: the number per length")
    .action(async (options: LoopsCli) => {
      const maxLength = positiveInt("--max-length", options.maxLength);
      const limit = positiveInt("--limit", options.limit);
      const window = options.temporal ? parseWindowDuration(options.window) : undefined;
      if (options.byLength && !options.count) throw new CliError("--by-length goes with --count");
      const lang = resolveLang(io, options.lang);
      if (options.workers !== undefined && options.graph === undefined)
        throw new CliError(message(lang, "cli.workersNeedGraph"));
      if (options.graph !== undefined) {
        const { graphLoopsCommand } = await import("../commands/graph-loops.ts");
        const tsUnit = parseChoice("--ts-unit", options.tsUnit, ["s", "ms"] as const);
        setExit(
          await graphLoopsCommand(
            options.graph,
            {
              lang,
              json: !!options.json,
              maxLength,
              limit,
              count: !!options.count,
              byLength: !!options.byLength,
              ...(window ? { temporal: window } : {}),
              ...(tsUnit ? { tsUnit } : {}),
              ...(options.workers !== undefined
                ? { workers: capWorkers(nonNegativeInt("--workers", options.workers), io, lang) }
                : {}),
            },
            io,
          ),
        );
        return;
      }
      const { loopsCommand } = await import("../commands/loops.ts");
      const range = parseWindow(options);
      const types = parseList("--types", options.types, DealType.options);
      const kinds = parseList("--kinds", options.kinds, FlowKind.options);
      const minAmount =
        options.minAmount === undefined ? undefined : nonNegativeNumber("--min-amount", options.minAmount);
      const ctx = await loadContext(io, options);
      requireEntity(
        ctx.dataset.entities.map((e) => e.id),
        options.entity,
        ctx.lang,
      );
      setExit(
        loopsCommand(
          ctx.dataset,
          {
            ...ctx,
            ...range,
            ...parseReported(options),
            maxLength,
            limit,
            count: !!options.count,
            byLength: !!options.byLength,
            ...(window ? { temporal: window } : {}),
            ...(types ? { types } : {}),
            ...(kinds ? { kinds } : {}),
            ...(minAmount !== undefined ? { minAmount } : {}),
            ...(options.entity !== undefined ? { entity: options.entity } : {}),
          },
          io,
        ),
      );
    });
}

function parseWindowDuration(text: string): { window: number; label: string } {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new CliError(`--window must be a duration such as 365d, 12w, 24h (got "${text}")`);
  return { window: parsed.seconds, label: text };
}
