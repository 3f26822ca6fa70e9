/** Shared formatting of `economics`, `tracker` and `market`: values in their unit, sources by outlet. */
import { formatFigure } from "../i18n/format-figure.ts";
import type { Language } from "../i18n/index.ts";
import { message } from "../i18n/message.ts";
import { dataText } from "../i18n/record-names.ts";
import type { FileProblems } from "../io/market-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import type { Io } from "./context.ts";
import { CliError } from "./errors.ts";
import { describeProblems, formatProblems } from "./load.ts";

/** A number in the data's unit: the one figure formatter, src/i18n/format-figure.ts. */
export function formatIn(lang: Language, value: number | null | undefined, unit: string): string {
  return formatFigure(lang, value, unit);
}

/**
 * "Publisher date" for each source id, joined; unknown ids are shown as they are. The outlet reads in
 * the language when the data holds its name in it (data/ai-economy/arabic/outlets.yaml).
 */
export function sourceNamer(
  dataset: Pick<Dataset, "sources" | "translations">,
  lang: Language,
): (ids: readonly string[]) => string {
  const outlet = dataText(dataset, lang);
  const names = new Map(
    dataset.sources.map((s) => [s.id, `${outlet(s.publisher)}${s.date ? ` ${s.date}` : ""}`]),
  );
  // Several sources are set apart by a semicolon, the Arabic one in Arabic ("؛").
  const separator = lang === "ar" ? "؛ " : "; ";
  return (ids) => ids.map((id) => names.get(id) ?? id).join(separator);
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
