/** `halqa economics`, `halqa tracker` and `halqa market`: unit economics, the road to self-funding, concentration. */
import type { Command } from "commander";
import { EXPOSURE_MEASURES, type ExposureMeasure } from "../../core/market/loop-exposure.ts";
import { type CommonOptions, parseChoice, resolveDataDir } from "../context.ts";
import { usageError } from "../errors.ts";
import { common, loadContext, type Runner, requireEntity } from "./shared.ts";

const collect = (value: string, previous: string[]) => [...previous, value];

/** "key=value" with a plain number, optionally suffixed K, M, B or T (650B = 6.5e11). */
export function parseAssignment(text: string): [string, number] {
  const match = /^([a-z0-9-]+)=([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)([kmbt])?$/i.exec(text.trim());
  if (!match) {
    throw usageError("option-assignment", { value: text });
  }
  const scale = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[(match[3] ?? "").toLowerCase()] ?? 1;
  return [match[1] as string, Number(match[2]) * scale];
}

export function registerMarketAnalyses(program: Command, { io, setExit }: Runner): void {
  common(program.command("economics").option("--set <key=value>", "", collect, []).option("--wide")).action(
    async (options: CommonOptions & { set: string[]; wide?: boolean }) => {
      const overrides = Object.fromEntries(options.set.map(parseAssignment));
      const { economicsCommand } = await import("../commands/economics.ts");
      const ctx = await loadContext(io, options);
      setExit(economicsCommand(ctx.dataset, { ...ctx, overrides, wide: options.wide === true }, io));
    },
  );

  common(program.command("tracker").option("--entity <id>").option("--wide")).action(
    async (options: CommonOptions & { entity?: string; wide?: boolean }) => {
      const { trackerCommand } = await import("../commands/tracker.ts");
      const ctx = await loadContext(io, options);
      requireEntity(ctx, options.entity);
      setExit(
        await trackerCommand(
          ctx.dataset,
          { ...ctx, dir: resolveDataDir(options.data), entity: options.entity, wide: options.wide === true },
          io,
        ),
      );
    },
  );

  common(
    program
      .command("market")
      .option("--weights <file>")
      .option("--exposure <file>")
      .option("--measure <measure>", "", "membership")
      .option("--wide"),
  ).action(
    async (
      options: CommonOptions & { weights?: string; exposure?: string; measure: string; wide?: boolean },
    ) => {
      const measure = parseChoice("--measure", options.measure, EXPOSURE_MEASURES) as ExposureMeasure;
      const { marketCommand } = await import("../commands/market.ts");
      const ctx = await loadContext(io, options);
      setExit(
        await marketCommand(
          ctx.dataset,
          {
            ...ctx,
            dir: resolveDataDir(options.data),
            measure,
            wide: options.wide === true,
            ...(options.weights ? { weights: options.weights } : {}),
            ...(options.exposure ? { exposure: options.exposure } : {}),
          },
          io,
        ),
      );
    },
  );
}
