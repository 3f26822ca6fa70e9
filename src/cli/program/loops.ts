/** `halqa loops`: on the dataset, or on a user's edge list with --graph FILE. */
import type { Command } from "commander";
import { parseDuration } from "../../core/time/duration.ts";
import { message } from "../../i18n/message.ts";
import { DealType, FlowKind } from "../../schema/deal.ts";
import { type CommonOptions, parseChoice, resolveLang } from "../context.ts";
import { CliError, usageError } from "../errors.ts";
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
  withReported(windowed(common(program.command("loops")), "announced"))
    .option("--max-length <n>", "", "6")
    .option("--temporal")
    .option("--window <duration>", "", "365d")
    .option("--min-amount <usd>")
    .option("--types <types>")
    .option("--kinds <kinds>")
    .option("--entity <id>")
    .option("--limit <k>", "", "20")
    .option("--graph <file>")
    .option("--ts-unit <unit>")
    .option("--workers <n>")
    .option("--count")
    .option("--by-length")
    .action(async (options: LoopsCli, command: Command) => {
      const maxLength = positiveInt("--max-length", options.maxLength);
      const limit = positiveInt("--limit", options.limit);
      // A window typed without --temporal was ignored in silence: said instead.
      if (!options.temporal && command.getOptionValueSource("window") === "cli")
        throw usageError("option-needs", { option: "--window", needs: "--temporal" });
      const window = options.temporal ? parseWindowDuration(options.window) : undefined;
      if (options.byLength && !options.count)
        throw usageError("option-needs", { option: "--by-length", needs: "--count" });
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
      requireEntity(ctx, options.entity);
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
  if (!parsed.ok) throw usageError("option-duration", { option: "--window", value: text });
  return { window: parsed.seconds, label: text };
}
