/** Shared formatting of `economics`, `tracker` and `market`: values in their unit, sources by outlet. */
import { formatQuantity, numberLocale } from "../i18n/format.ts";
import type { Language } from "../i18n/index.ts";
import { message } from "../i18n/message.ts";
import type { FileProblems } from "../io/market-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import type { Io } from "./context.ts";
import { CliError } from "./errors.ts";
import { formatNumber, formatUsd } from "./format.ts";
import { describeProblems, formatProblems } from "./load.ts";

export function formatIn(lang: Language, value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "USD":
      return formatUsd(lang, value);
    case "percent":
    case "percent-change":
    case "ratio":
      return formatQuantity(lang, value, unit);
    case "count":
      return new Intl.NumberFormat(numberLocale(lang), {
        notation: "compact",
        maximumFractionDigits: 2,
      })
        .format(value)
        .replace(/[\u200e\u200f\u061c]/g, "");
    case "years":
      return `${formatNumber(lang, value, 1)} ${message(lang, "cli.moneyCommands.units.years")}`;
    case "months":
      return `${formatNumber(lang, value, 1)} ${message(lang, "cli.moneyCommands.units.months")}`;
    default:
      return formatQuantity(lang, value, unit, 2);
  }
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
