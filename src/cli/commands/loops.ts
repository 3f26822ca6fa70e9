/** `halqa loops`: money loops in the dataset (or in a user's edge list with --graph), largest first. */

import { loopCaveats, type MoneyLoop } from "../../core/loops/money-loops.ts";
import type { MoneyGraphOptions } from "../../core/network/money-graph.ts";
import { loopsCountedLine, loopsReport } from "../../core/reports/loops-report.ts";
import { formatDate, listSeparator } from "../../i18n/format.ts";
import { formatMessageCell } from "../../i18n/format-cell.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import { dataText, recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, formatNumber, label } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";

export type LoopsOptions = MoneyGraphOptions & {
  lang: Language;
  json: boolean;
  maxLength?: number;
  temporal?: { window: number; label: string };
  entity?: string;
  limit: number;
  count: boolean;
  byLength: boolean;
};

export function loopsCommand(dataset: Dataset, options: LoopsOptions, io: Io): number {
  // --count needs every loop counted but none listed.
  const report = loopsReport(dataset, {
    ...options,
    ...(options.temporal ? { temporal: { window: options.temporal.window } } : {}),
    limit: options.count ? 0 : options.limit,
  });
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  const counted = formatMessageCell(
    options.lang,
    loopsCountedLine(report),
    recordNames(dataset, options.lang),
  );
  io.stdout(
    options.count
      ? renderCount(report.found, report.byLength, report.truncated, options)
      : renderLoops(dataset, report.loops, report.found, report.truncated, options, counted),
  );
  return 0;
}

function renderCount(
  total: number,
  byLength: Record<string, number>,
  truncated: boolean,
  options: LoopsOptions,
): string {
  const { lang } = options;
  const lines = [`${formatNumber(options.lang, total, 0)}${truncated ? "+" : ""}`];
  if (options.byLength) {
    for (const [length, n] of Object.entries(byLength)) {
      lines.push(
        `${message(lang, "cli.loopLength", { length: formatNumber(options.lang, Number(length), 0) })}: ${formatNumber(options.lang, n, 0)}`,
      );
    }
  }
  return lines.join("\n");
}

function renderLoops(
  dataset: Dataset,
  loops: readonly MoneyLoop[],
  found: number,
  truncated: boolean,
  options: LoopsOptions,
  counted: string,
): string {
  const { lang } = options;
  const entity = entityNamer(dataset, lang);
  const deal = dealNamer(dataset, lang);
  const outlet = dataText(dataset, lang);
  const sources = new Map(
    dataset.sources.map((s) => [s.id, `${outlet(s.publisher)}${s.date ? ` ${s.date}` : ""}`]),
  );
  const out: string[] = [
    `${message(lang, "report.common.basis")}: ${messageOrKey(lang, `report.common.${options.basis}`)} · ${message(lang, "report.common.asOf")} ${formatDate(lang, options.asOf)}${options.temporal ? ` · ${message(lang, "cli.temporalWindow", { window: options.temporal.label })}` : ""}`,
    message(lang, "cli.loopsFound", {
      found: formatNumber(lang, found, 0) + (truncated ? "+" : ""),
      shown: loops.length,
    }),
    counted,
  ];
  if (loops.length === 0) return [...out, message(lang, "cli.noLoops")].join("\n");
  loops.forEach((loop, i) => {
    const path = [...loop.entities, loop.entities[0] as string].map(entity).join(" → ");
    const flags = [
      loop.nonBinding
        ? message(lang, "cli.flagNonBinding")
        : loop.includesNonBinding
          ? message(lang, "cli.flagIncludesNonBinding")
          : "",
      loop.conditional
        ? message(lang, "cli.flagConditional")
        : loop.includesConditional
          ? message(lang, "cli.flagIncludesConditional")
          : "",
    ].filter(Boolean);
    out.push("");
    const caveat = loopCaveat(loop, lang, entity);
    out.push(`#${formatNumber(lang, i + 1, 0)}  ${path}${caveat ? `  — ${caveat}` : ""}`);
    out.push(
      `    ${message(lang, "cli.bottleneck")} ${formatAmount(lang, amountOf(loop.bottleneck))} · ${message(lang, "cli.loopTotal")} ${formatAmount(lang, amountOf(loop.total))} · ${formatDate(lang, loop.span.from)} … ${formatDate(lang, loop.span.to)} (${message(lang, "cli.days", { days: formatNumber(lang, loop.span.days, 0) })})${flags.length ? ` · ${flags.join(listSeparator(lang))}` : ""}`,
    );
    for (const step of loop.steps) {
      out.push(`    ${entity(step.from)} → ${entity(step.to)}: ${formatAmount(lang, amountOf(step.amount))}`);
      for (const d of step.deals) {
        const marks = [
          label(lang, "status", d.status),
          d.conditional ? message(lang, "report.common.conditionalDeal") : "",
          d.estimate ? message(lang, "report.common.estimate") : "",
          label(lang, "flowKind", d.kind),
        ]
          .filter(Boolean)
          .join(listSeparator(lang));
        const cited = d.sources.map((id) => sources.get(id) ?? id).join(lang === "ar" ? "؛ " : "; ");
        out.push(`      · ${deal(d.deal)} — ${formatAmount(lang, d.amount)} (${marks}) [${cited}]`);
      }
    }
  });
  return out.join("\n");
}

/** What the loop's least certain step rests on, for its first line ("rests on: LOI (OpenAI → Nvidia)"). */
export function loopCaveat(loop: MoneyLoop, lang: Language, entity: (id: string) => string): string {
  const parts = loopCaveats(loop).map((c) => {
    const what =
      c.kind === "estimate"
        ? message(lang, "report.common.estimate")
        : c.kind === "financing-replaced"
          ? message(lang, "cli.financingReplaced")
          : c.status === "announced"
            ? message(lang, "cli.announcementOnly")
            : label(lang, "status", c.status);
    return `${what} (${entity(c.from)} → ${entity(c.to)})`;
  });
  return parts.length === 0 ? "" : message(lang, "cli.restsOn", { what: parts.join(listSeparator(lang)) });
}

function amountOf(value: number) {
  return { value, low: value, high: value };
}
