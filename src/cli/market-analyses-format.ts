/** Shared formatting of `economics`, `tracker` and `market`: values in their unit, sources by outlet. */
import { formatFigure } from "../i18n/format-figure.ts";
import type { Language } from "../i18n/index.ts";
import { message } from "../i18n/message.ts";
import type { FileProblems } from "../io/market-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import type { Io } from "./context.ts";
import { CliError } from "./errors.ts";
import { describeProblems, formatProblems } from "./load.ts";

/** A number in the data's unit: the one figure formatter, src/i18n/format-figure.ts. */
export function formatIn(lang: Language, value: number | null | undefined, unit: string): string {
  return formatFigure(lang, value, unit);
}

/** "Publisher date" for each source id, joined; unknown ids are shown as they are. */
export function sourceNamer(dataset: Pick<Dataset, "sources">): (ids: readonly string[]) => string {
  const names = new Map(dataset.sources.map((s) => [s.id, `${s.publisher}${s.date ? ` ${s.date}` : ""}`]));
  return (ids) => ids.map((id) => names.get(id) ?? id).join("; ");
}

/** Every bad row of every file read for a command on stderr, then one line per file: exit 1. */
export function failOnProblems(failed: readonly FileProblems[], lang: Language, io: Io): void {
  const bad = failed.filter((f) => f.problems.length > 0);
  if (bad.length === 0) return;
  io.stderr(
    formatProblems(
      describeProblems(
        bad.flatMap((f) => f.problems),
        lang,
      ),
    ),
  );
  const lines = bad.map((f) =>
    message(lang, "cli.moneyCommands.fileInvalid", { file: f.file, count: f.problems.length }),
  );
  throw new CliError(lines.join(" "), 1);
}
