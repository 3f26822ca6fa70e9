/**
 * The `halqa` command: parse arguments → load → compute in core → print. Commands are loaded lazily
 * so `halqa --help` stays fast. Every expected failure is a CliError with an exit code: 1 for bad
 * data, 2 for bad usage. Anything else is a bug and prints its stack.
 */
import { Command, CommanderError, Option } from "commander";
import { BASES, type Basis } from "../core/flows/expand.ts";
import { FlowKind } from "../schema/deal.ts";
import { Unit } from "../schema/primitives.ts";
import {
  type CommonOptions,
  type Io,
  parseChoice,
  parseYear,
  processIo,
  resolveAsOf,
  resolveDataDir,
  resolveLang,
} from "./context.ts";
import { CliError } from "./errors.ts";

const VERSION = "0.1.0";

function common(command: Command, { data = true } = {}): Command {
  if (data) command.option("--data <dir>", "dataset folder (default: the bundled data/ai-economy)");
  return command
    .option("--as-of <date>", "read statuses and drop later deals as of this ISO date (default: today)")
    .option("--lang <lang>", "language of messages and tables: en or ar (default: $HALQA_LANG or en)")
    .option("--json", "machine-readable JSON on stdout");
}

export function buildProgram(io: Io): { program: Command; exitCode: () => number } {
  const program = new Command("halqa")
    .description("Map and stress-test the circular AI economy: sourced deals, money flows, loops, exposure.")
    .version(VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  let exitCode = 0;

  common(
    program.command("summary").description("what the bundled dataset holds: totals, largest deals, sources"),
  )
    .option("--top <n>", "how many of the largest deals to list", "10")
    .action(async (options: CommonOptions & { top: string }) => {
      const { summaryCommand } = await import("./commands/summary.ts");
      const ctx = await context(io, options);
      exitCode = summaryCommand(ctx.dataset, { ...ctx, top: positiveInt("--top", options.top) }, io);
    });

  const data = program.command("data").description("validate, export and describe the dataset");
  common(
    data
      .command("validate")
      .description("check a dataset folder; exit 1 listing every problem")
      .argument("[dir]"),
    {
      data: false,
    },
  ).action(async (dir: string | undefined, options: CommonOptions) => {
    const { validateCommand } = await import("./commands/validate.ts");
    exitCode = await validateCommand(
      resolveDataDir(dir),
      { lang: resolveLang(io, options.lang), json: !!options.json },
      io,
    );
  });
  common(
    data.command("stats").description("counts, totals per value basis, largest deals, sources by outlet"),
  )
    .option("--top <n>", "how many of the largest deals to list", "10")
    .action(async (options: CommonOptions & { top: string }) => {
      const { summaryCommand } = await import("./commands/summary.ts");
      const ctx = await context(io, options);
      exitCode = summaryCommand(
        ctx.dataset,
        { ...ctx, top: positiveInt("--top", options.top), title: false },
        io,
      );
    });
  common(data.command("export").description("the normalized dataset (JSON), or one table of it (CSV)"))
    .addOption(new Option("--format <format>", "json or csv").choices(["json", "csv"]).default("json"))
    .addOption(
      new Option("--table <table>", "CSV table")
        .choices(["figures", "deals", "flows", "entities", "sources"])
        .default("figures"),
    )
    .option("--out <file>", "write to FILE (atomically) instead of stdout")
    .action(async (options: CommonOptions & { format: "json" | "csv"; table: "figures"; out?: string }) => {
      const { exportCommand } = await import("./commands/export.ts");
      const ctx = await context(io, options);
      exitCode = await exportCommand(ctx.dataset, { ...options, asOf: ctx.asOf }, io);
    });
  data
    .command("schema")
    .description("JSON Schema of the dataset files, for editors that check YAML as you type")
    .option("--out <file>", "write to FILE instead of stdout")
    .action(async (options: { out?: string }) => {
      const { schemaCommand } = await import("./commands/schema.ts");
      exitCode = await schemaCommand(options, io);
    });

  common(
    program.command("flows").description("the dated flows the deals imply, per year, on one value basis"),
  )
    .option("--basis <basis>", `value basis: ${BASES.join(", ")}`, "committed")
    .option("--year <year>", "one year")
    .option("--from <year>", "first year")
    .option("--to <year>", "last year")
    .option("--entity <id>", "only flows from or to this entity")
    .option("--unit <unit>", "USD (money), GW or MW (capacity), shares …", "USD")
    .option(
      "--kind <kinds>",
      `comma-separated flow kinds (${FlowKind.options.join(", ")}); default: cash in USD, all but guarantee in other units`,
    )
    .action(
      async (
        options: CommonOptions & {
          basis: string;
          year?: string;
          from?: string;
          to?: string;
          entity?: string;
          unit: string;
          kind?: string;
        },
      ) => {
        const { flowsCommand } = await import("./commands/flows.ts");
        const year = parseYear("--year", options.year);
        if (year !== undefined && (options.from !== undefined || options.to !== undefined)) {
          throw new CliError("give --year, or --from/--to, not both");
        }
        const fromYear = year ?? parseYear("--from", options.from);
        const toYear = year ?? parseYear("--to", options.to);
        if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) {
          throw new CliError(`--from (${fromYear}) is after --to (${toYear})`);
        }
        const kinds = options.kind
          ?.split(",")
          .map((k) => parseChoice("--kind", k.trim(), FlowKind.options) as FlowKind);
        const ctx = await context(io, options);
        exitCode = flowsCommand(
          ctx.dataset,
          {
            ...ctx,
            basis: parseChoice("--basis", options.basis, BASES) as Basis,
            unit: parseChoice("--unit", options.unit, Unit.options) as Unit,
            ...(kinds ? { kinds } : {}),
            ...(fromYear !== undefined ? { fromYear } : {}),
            ...(toYear !== undefined ? { toYear } : {}),
            ...(options.entity !== undefined ? { entity: options.entity } : {}),
          },
          io,
        );
      },
    );

  return { program, exitCode: () => exitCode };
}

async function context(io: Io, options: CommonOptions) {
  const lang = resolveLang(io, options.lang);
  const asOf = resolveAsOf(io, options.asOf);
  const { requireDataset } = await import("./load.ts");
  const dataset = await requireDataset(resolveDataDir(options.data), lang, io);
  return { lang, asOf, json: !!options.json, dataset };
}

function positiveInt(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new CliError(`${name} must be a positive whole number (got "${value}")`);
  return Number(value);
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const { program, exitCode } = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr(`halqa: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
