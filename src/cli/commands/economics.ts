/** `halqa economics`: unit economics and the published revenue-needed analyses, inputs editable (docs/methods/economics.md). */

import type { EconAnalysis } from "../../core/economics/inputs.ts";
import { ECONOMICS_LAYOUT, economicsReport, overrideProblems } from "../../core/reports/economics-report.ts";
import type { RecordNames } from "../../i18n/format-cell.ts";
import { type Language, problemMessage } from "../../i18n/index.ts";
import { hasMessage, message, messageOrKey } from "../../i18n/message.ts";
import { dataText } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError, usageError } from "../errors.ts";
import { heading } from "../format.ts";
import { sourceNamer } from "../market-analyses-format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { renderReportTable } from "../report-table.ts";

export type EconomicsOptions = {
  lang: Language;
  json: boolean;
  overrides: Record<string, number>;
  /** Every column of the tables, however wide; otherwise the tables fit 100 columns. */
  wide?: boolean;
};

export function economicsCommand(dataset: Dataset, options: EconomicsOptions, io: Io): number {
  const impossible = overrideProblems(options.overrides);
  if (impossible.length > 0) {
    const text = impossible.map((p) => `--set ${p.key}: ${problemMessage(options.lang, p.code, p)}`);
    throw new CliError(text.join("\n"));
  }
  const report = economicsReport(dataset, options.overrides);
  if (report.unusedOverrides.length > 0) {
    throw usageError("option-set-unread", {
      unread: report.unusedOverrides.map((k) => `"${k}"`).join(", "),
      keys: report.keys.join(", "),
    });
  }
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  io.stdout(render(dataset, report.analyses, options.lang, options.wide === true));
  return 0;
}

function render(dataset: Dataset, analyses: readonly EconAnalysis[], lang: Language, wide: boolean): string {
  const face = { lang, names: economicsNames(dataset, lang), wide };
  const out: string[] = [message(lang, "report.economics.title")];
  for (const a of analyses) {
    out.push(heading(messageOrKey(lang, `${MONEY}.analyses.${a.id}`)));
    const formula = optional(lang, `${MONEY}.formulas.${a.id}`);
    if (formula) out.push(formula);
    for (const t of ECONOMICS_LAYOUT.tables)
      if (t.rows(a).length > 0) out.push(renderReportTable(t, a, face));
    for (const missing of a.missing) out.push(`${message(lang, "cli.moneyCommands.missing")}: ${missing}`);
    const note = optional(lang, `${MONEY}.notes.${a.id}`);
    if (note) out.push(note);
  }
  out.push("", message(lang, "cli.moneyCommands.editHint"));
  return out.join("\n");
}

/** Entities and deals by name, sources by outlet and date, parameters and indicators by their name. */
export function economicsNames(dataset: Dataset, lang: Language): RecordNames {
  const cite = sourceNamer(dataset, lang);
  const records = new Map<string, string>();
  for (const p of dataset.parameters) records.set(`parameters:${p.id}`, p.name[lang]);
  for (const i of dataset.indicators) records.set(`indicators:${i.id}`, i.name[lang]);
  return {
    entity: entityNamer(dataset, lang),
    deal: dealNamer(dataset, lang),
    source: (ids) => cite(ids.split(" ").filter(Boolean)),
    record: (ref) => records.get(ref) ?? ref,
    // An outlet or a note of the data, in the language when the data holds it (English as written).
    text: dataText(dataset, lang),
  };
}

const MONEY = "cli.moneyCommands";

/** A message that only some analyses have (a formula, a note): undefined when the catalogue has none. */
function optional(lang: Language, key: string): string | undefined {
  return hasMessage(lang, key) ? message(lang, key) : undefined;
}
