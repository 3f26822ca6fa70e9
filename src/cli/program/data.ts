/** `halqa summary` and `halqa data …`. */
import { type Command, Option } from "commander";
import { type CommonOptions, resolveDataDir, resolveLang } from "../context.ts";
import { FORCE_HELP, requireOutput } from "../output.ts";
import { common, loadContext, positiveInt, type Runner } from "./shared.ts";

export function registerData(program: Command, { io, setExit }: Runner): void {
  common(
    program.command("summary").description("what the bundled dataset holds: totals, largest deals, sources"),
  )
    .option("--top <n>", "how many of the largest deals to list", "10")
    .option("--wide", "print every column, even past 100 characters")
    .action(async (options: CommonOptions & { top: string; wide?: boolean }) => {
      const { summaryCommand } = await import("../commands/summary.ts");
      const ctx = await loadContext(io, options);
      const wide = options.wide ? { wide: true } : {};
      setExit(summaryCommand(ctx.dataset, { ...ctx, top: positiveInt("--top", options.top), ...wide }, io));
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
    const { validateCommand } = await import("../commands/validate.ts");
    const lang = resolveLang(io, options.lang);
    setExit(await validateCommand(resolveDataDir(dir), { lang, json: !!options.json }, io));
  });
  common(
    data.command("stats").description("counts, totals per value basis, largest deals, sources by outlet"),
  )
    .option("--top <n>", "how many of the largest deals to list", "10")
    .option("--wide", "print every column, even past 100 characters")
    .action(async (options: CommonOptions & { top: string; wide?: boolean }) => {
      const { summaryCommand } = await import("../commands/summary.ts");
      const ctx = await loadContext(io, options);
      const wide = options.wide ? { wide: true } : {};
      setExit(
        summaryCommand(
          ctx.dataset,
          { ...ctx, top: positiveInt("--top", options.top), title: false, ...wide },
          io,
        ),
      );
    });
  common(data.command("export").description("the normalized dataset (JSON), or one table of it (CSV)"))
    .addOption(new Option("--format <format>", "json or csv").choices(["json", "csv"]).default("json"))
    .addOption(
      new Option("--table <table>", "CSV table")
        .choices(["figures", "deals", "flows", "entities", "sources"])
        .default("figures"),
    )
    .option(
      "--out <file>",
      "write to FILE (atomically) instead of stdout; never over the dataset or an existing file",
    )
    .option("--force", FORCE_HELP)
    .action(
      async (
        options: CommonOptions & { format: "json" | "csv"; table: "figures"; out?: string; force?: boolean },
      ) => {
        const { exportCommand } = await import("../commands/export.ts");
        if (options.out !== undefined)
          await requireOutput(
            options.out,
            { inputs: [resolveDataDir(options.data)], force: !!options.force },
            resolveLang(io, options.lang),
          );
        const ctx = await loadContext(io, options);
        setExit(await exportCommand(ctx.dataset, { ...options, asOf: ctx.asOf }, io));
      },
    );
  data
    .command("schema")
    .description("JSON Schema of the dataset files, for editors that check YAML as you type")
    .option("--out <file>", "write to FILE (atomically) instead of stdout; never over an existing file")
    .option("--force", FORCE_HELP)
    .action(async (options: { out?: string; force?: boolean }) => {
      const { schemaCommand } = await import("../commands/schema.ts");
      if (options.out !== undefined)
        await requireOutput(options.out, { force: !!options.force }, resolveLang(io, undefined));
      setExit(await schemaCommand(options, io));
    });
}
