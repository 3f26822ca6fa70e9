/** `halqa brief`: a printable, citable brief of the whole loop, one company or one stress scenario. */
import type { Command } from "commander";
import { problemMessage } from "../../i18n/problem-message.ts";
import { type CommonOptions, resolveDataDir, resolveLang } from "../context.ts";
import { CliError } from "../errors.ts";
import { FORCE_HELP, requireOutput } from "../output.ts";
import { common, loadContext, type Runner } from "./shared.ts";
import { resolveCompany } from "./sheets.ts";

type BriefCli = CommonOptions & { company?: string; scenario?: string; out?: string; force?: boolean };

export function registerBrief(program: Command, { io, setExit }: Runner): void {
  common(program.command("brief"))
    .option("--company <id>")
    .option("--scenario <file>")
    .option("--out <file>")
    .option("--force", FORCE_HELP)
    .action(async (options: BriefCli) => {
      const lang = resolveLang(io, options.lang);
      const { briefCommand, briefFormat } = await import("../commands/brief.ts");
      if (options.company !== undefined && options.scenario !== undefined)
        throw new CliError(`[brief-one-subject] ${problemMessage(lang, "brief-one-subject", {})}`, 2);
      if (options.out !== undefined) {
        if (briefFormat(options.out) === null)
          throw new CliError(
            `[brief-format] ${problemMessage(lang, "brief-format", { file: options.out })}`,
            2,
          );
        const inputs = [resolveDataDir(options.data), ...(options.scenario ? [options.scenario] : [])];
        await requireOutput(options.out, { inputs, force: !!options.force }, lang);
      }
      const ctx = await loadContext(io, options);
      const company =
        options.company === undefined ? undefined : resolveCompany(ctx.dataset, options.company, lang);
      setExit(
        await briefCommand(
          ctx.dataset,
          {
            lang,
            asOf: ctx.asOf,
            json: ctx.json,
            ...(company !== undefined ? { company } : {}),
            ...(options.scenario !== undefined ? { scenario: options.scenario } : {}),
            ...(options.out !== undefined ? { out: options.out } : {}),
          },
          io,
        ),
      );
    });
}
