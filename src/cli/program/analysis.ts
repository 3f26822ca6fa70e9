/** `halqa circularity`, `halqa exposure`, `halqa ratios`, `halqa reconcile`. */
import type { Command } from "commander";
import type { CommonOptions } from "../context.ts";
import { usageError } from "../errors.ts";
import {
  common,
  exactWhole,
  loadContext,
  parseWindow,
  positiveInt,
  type Runner,
  requireEntity,
  type WindowOptions,
  windowed,
} from "./shared.ts";

export function registerAnalysis(program: Command, { io, setExit }: Runner): void {
  windowed(common(program.command("circularity")), "announced")
    .option("--entity <id>")
    .option("--null-model <n>")
    .option("--seed <s>", "", "1")
    .option("--wide")
    .action(
      async (
        options: CommonOptions &
          WindowOptions & { entity?: string; nullModel?: string; seed: string; wide?: boolean },
      ) => {
        const { circularityCommand } = await import("../commands/circularity.ts");
        const range = parseWindow(options);
        const samples =
          options.nullModel === undefined ? undefined : positiveInt("--null-model", options.nullModel);
        if (!/^\d+$/.test(options.seed))
          throw usageError("option-integer", { option: "--seed", value: options.seed });
        exactWhole("--seed", options.seed);
        const ctx = await loadContext(io, options);
        requireEntity(ctx, options.entity);
        setExit(
          circularityCommand(
            ctx.dataset,
            {
              ...ctx,
              ...range,
              ...(options.entity !== undefined ? { entity: options.entity } : {}),
              ...(samples !== undefined ? { nullModel: { samples, seed: Number(options.seed) } } : {}),
              ...(options.wide ? { wide: true } : {}),
            },
            io,
          ),
        );
      },
    );

  common(program.command("exposure"))
    .argument("[id]")
    .option("--rank")
    .option("--basis <basis>", "", "announced")
    .option("--limit <k>", "", "15")
    .option("--year <y>")
    .option("--wide")
    .action(
      async (
        id: string | undefined,
        options: CommonOptions & {
          rank?: boolean;
          basis: string;
          limit: string;
          year?: string;
          wide?: boolean;
        },
      ) => {
        const { exposureCommand, rankCommand } = await import("../commands/exposure.ts");
        const { basis } = parseWindow(options);
        const limit = positiveInt("--limit", options.limit);
        if (!options.rank && id === undefined) throw usageError("option-id-or-rank", {});
        const ctx = await loadContext(io, options);
        if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
          throw usageError("option-year", { option: "--year", value: options.year });
        }
        const year = options.year === undefined ? undefined : Number(options.year);
        const settings = {
          ...ctx,
          basis,
          limit,
          ...(year !== undefined ? { year } : {}),
          ...(options.wide ? { wide: true } : {}),
        };
        if (options.rank) {
          setExit(rankCommand(ctx.dataset, settings, io));
          return;
        }
        requireEntity(ctx, id);
        setExit(exposureCommand(ctx.dataset, id as string, settings, io));
      },
    );

  common(program.command("ratios")).action(async (options: CommonOptions) => {
    const { ratiosCommand } = await import("../commands/ratios.ts");
    const ctx = await loadContext(io, options);
    setExit(ratiosCommand(ctx.dataset, ctx, io));
  });

  common(program.command("reconcile")).action(async (options: CommonOptions) => {
    const { reconcileCommand } = await import("../commands/reconcile.ts");
    const ctx = await loadContext(io, options);
    setExit(reconcileCommand(ctx.dataset, ctx, io));
  });
}
