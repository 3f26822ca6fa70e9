/** `halqa economics`: unit economics and the published revenue-needed analyses, inputs editable (docs/methods/economics.md). */

import type { EconAnalysis, EconInput, EconOutput } from "../../core/economics/inputs.ts";
import { economicsReport, overrideProblems } from "../../core/reports/economics-report.ts";
import { type Language, problemMessage } from "../../i18n/index.ts";
import { hasMessage, type MessageValues, message, messageOrKey } from "../../i18n/message.ts";
import type { MessageKey } from "../../i18n/messages/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { heading, table } from "../format.ts";
import { formatIn, sourceNamer } from "../market-analyses-format.ts";
import { entityNamer } from "../names.ts";

export type EconomicsOptions = { lang: Language; json: boolean; overrides: Record<string, number> };

export function economicsCommand(dataset: Dataset, options: EconomicsOptions, io: Io): number {
  const impossible = overrideProblems(options.overrides);
  if (impossible.length > 0) {
    const text = impossible.map((p) => `--set ${p.key}: ${problemMessage(options.lang, p.code, p)}`);
    throw new CliError(text.join("\n"));
  }
  const report = economicsReport(dataset, options.overrides);
  if (report.unusedOverrides.length > 0) {
    throw new CliError(
      `--set: no analysis reads ${report.unusedOverrides.map((k) => `"${k}"`).join(", ")}; the keys are: ${report.keys.join(", ")}`,
    );
  }
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  io.stdout(render(dataset, report.analyses, options.lang));
  return 0;
}

function render(dataset: Dataset, analyses: readonly EconAnalysis[], lang: Language): string {
  const m = words(lang);
  const cite = sourceNamer(dataset);
  const name = entityNamer(dataset, lang);
  const out: string[] = [m("economicsTitle")];
  for (const a of analyses) {
    out.push(heading(messageOrKey(lang, `${MONEY}.analyses.${a.id}`)));
    const formula = optional(lang, `${MONEY}.formulas.${a.id}`);
    if (formula) out.push(formula);
    out.push(
      table(
        [m("result"), m("value"), m("published"), m("check")],
        a.outputs.map((o) => [
          outputLabel(lang, o, name, dataset),
          formatIn(lang, o.value, o.unit),
          o.published ? `${formatIn(lang, o.published.value, o.unit)} [${cite(o.published.sources)}]` : "",
          o.reproduced === undefined ? "" : o.reproduced ? m("reproduced") : m("differs"),
        ]),
      ),
    );
    if (a.inputs.length > 0) {
      out.push(
        table(
          [m("input"), m("value"), m("key"), m("sources")],
          a.inputs.map((i) => [inputLabel(lang, i, name), inputValue(lang, i), i.key, cite(i.sources)]),
        ),
      );
    }
    for (const missing of a.missing) out.push(`${m("missing")}: ${missing}`);
    const note = optional(lang, `${MONEY}.notes.${a.id}`);
    if (note) out.push(note);
  }
  out.push("", m("editHint"));
  return out.join("\n");
}

function outputLabel(lang: Language, o: EconOutput, name: (id: string) => string, dataset: Dataset): string {
  const key = `${MONEY}.outputs.${o.key}`;
  const source = dataset.indicators.find((i) => i.id === o.params?.source);
  const params = {
    ...o.params,
    ...(o.params?.entity ? { entity: name(String(o.params.entity)) } : {}),
    ...(source ? { source: source.name[lang] } : {}),
  };
  return hasMessage(lang, key) ? message(lang, key, params) : o.key;
}

function inputLabel(lang: Language, i: EconInput, name: (id: string) => string): string {
  if (i.name) return i.name[lang];
  const key = i.label?.key ?? i.key;
  const text = `${MONEY}.inputs.${key}`;
  if (!hasMessage(lang, text)) return i.key;
  const params = i.label?.params ?? {};
  return message(lang, text, {
    ...params,
    ...(params.entity ? { entity: name(String(params.entity)) } : {}),
  });
}

function inputValue(lang: Language, i: EconInput): string {
  const m = words(lang);
  const value = `${formatIn(lang, i.value, i.unit)}${i.estimate ? " ≈" : ""}`;
  return i.dataValue === undefined
    ? value
    : `${value} (${m("edited")}; ${m("data")} ${formatIn(lang, i.dataValue, i.unit)})`;
}

const MONEY = "cli.moneyCommands";

type MoneyKey = MessageKey extends infer K ? (K extends `cli.moneyCommands.${infer S}` ? S : never) : never;

/** The money-commands part of the catalogue, `cli.moneyCommands.*`, in one language. */
function words(lang: Language): (key: MoneyKey, values?: MessageValues) => string {
  return (key, values) => message(lang, `cli.moneyCommands.${key}` as const, values);
}

/** A message that only some analyses have (a formula, a note): undefined when the catalogue has none. */
function optional(lang: Language, key: string): string | undefined {
  return hasMessage(lang, key) ? message(lang, key) : undefined;
}
