/** `halqa flows`. */
import type { Command } from "commander";
import { FlowKind } from "../../schema/deal.ts";
import { Unit } from "../../schema/primitives.ts";
import { type CommonOptions, parseChoice } from "../context.ts";
import {
  common,
  loadContext,
  parseList,
  parseReported,
  parseWindow,
  type Runner,
  requireEntity,
  type WindowOptions,
  windowed,
  withReported,
} from "./shared.ts";

export function registerFlows(program: Command, { io, setExit }: Runner): void {
  withReported(windowed(common(program.command("flows")), "committed"))
    .option("--entity <id>")
    .option("--unit <unit>", "", "USD")
    .option("--wide")
    .option("--kind <kinds>")
    .action(
      async (
        options: CommonOptions &
          WindowOptions & {
            entity?: string;
            unit: string;
            kind?: string;
            includeReported?: boolean;
            wide?: boolean;
          },
      ) => {
        const { flowsCommand } = await import("../commands/flows.ts");
        const window = parseWindow(options);
        const kinds = parseList("--kind", options.kind, FlowKind.options);
        const unit = parseChoice("--unit", options.unit, Unit.options) as Unit;
        const ctx = await loadContext(io, options);
        requireEntity(ctx, options.entity);
        setExit(
          flowsCommand(
            ctx.dataset,
            {
              ...ctx,
              ...window,
              ...parseReported(options),
              unit,
              wide: options.wide === true,
              ...(kinds ? { kinds } : {}),
              ...(options.entity !== undefined ? { entity: options.entity } : {}),
            },
            io,
          ),
        );
      },
    );
}
