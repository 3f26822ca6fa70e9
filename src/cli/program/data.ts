/** `halqa summary` and `halqa data …`. */
import { type Command, Option } from "commander";
import { type CommonOptions, resolveDataDir, resolveLang } from "../context.ts";
import { FORCE_HELP, requireOutput } from "../output.ts";
import { common, loadContext, positiveInt, type Runner } from "./shared.ts";

export function registerData(program: Command, { io, setExit }: Runner): void {
  common(program.command("summary"))
    .option("--top <n>", "", "10")
    .option("--wide")
    .action(async (options: CommonOptions & { top: string; wide?: boolean }) => {
      const { summaryCommand } = await import("../commands/summary.ts");
      const ctx = await loadContext(io, options);
      const wide = options.wide ? { wide: true } : {};
      setExit(summaryCommand(ctx.dataset, { ...ctx, top: positiveInt("--top", options.top), ...wide }, io));
    });

  const data = program.command("data");
  common(data.command("validate").argument("[dir]"), {
    data: false,
  }).action(async (dir: string | undefined, options: CommonOptions) => {
    const { validateCommand } = await import("../commands/validate.ts");
    const lang = resolveLang(io, options.lang);
    setExit(await validateCommand(resolveDataDir(dir), { lang, json: !!options.json }, io));
  });
  common(data.command("stats"))
    .option("--top <n>", "", "10")
    .option("--wide")
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
  common(data.command("export"))
    .addOption(new Option("--format <format>", "json or csv").choices(["json", "csv"]).default("json"))
    .addOption(
      new Option("--table <table>", "CSV table")
        .choices(["figures", "deals", "flows", "entities", "sources"])
        .default("figures"),
    )
    .option("--out <file>")
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
        setExit(await exportCommand(ctx.dataset, { ...options, asOf: ctx.asOf, lang: ctx.lang }, io));
      },
    );
  data
    .command("schema")
    .option("--out <file>")
    .option("--force", FORCE_HELP)
    .option("--lang <lang>")
    .action(async (options: { out?: string; force?: boolean; lang?: string }) => {
      const { schemaCommand } = await import("../commands/schema.ts");
      // The schema is the same in every language; --lang is for the messages (written, refused).
      const lang = resolveLang(io, options.lang);
      if (options.out !== undefined) await requireOutput(options.out, { force: !!options.force }, lang);
      setExit(await schemaCommand({ ...(options.out !== undefined ? { out: options.out } : {}), lang }, io));
    });
}
