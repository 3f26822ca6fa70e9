/**
 * `halqa reconcile`: each headline figure derived from the deals beside its published counterpart.
 * Exit 1 when a figure differs without a stated reason or cannot be computed (bad data), else 0.
 */

import type { Basis } from "../../core/flows/expand.ts";
import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { CheckInput, CheckResult } from "../../core/reconcile/check.ts";
import { parseRef } from "../../core/reconcile/refs.ts";
import {
  RECONCILE_LAYOUT,
  type ReconcileReport,
  reconcileReport,
  reconcileSummary,
} from "../../core/reports/reconcile-report.ts";
import { formatDate, formatPercent } from "../../i18n/format.ts";
import { formatPeriod } from "../../i18n/format-period.ts";
import type { Language } from "../../i18n/index.ts";
import { type MessageValues, message, messageOrKey } from "../../i18n/message.ts";
import type { MessageKey } from "../../i18n/messages/index.ts";
import { pressValue } from "../../i18n/press-number.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { heading } from "../format.ts";
import { sourceNamer } from "../market-analyses-format.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";

export function reconcileCommand(
  dataset: Dataset,
  options: { lang: Language; json: boolean; asOf: string },
  io: Io,
): number {
  const report = reconcileReport(dataset, { asOf: options.asOf });
  if (options.json) io.stdout(JSON.stringify(report, infinityAsString, 2));
  else io.stdout(render(dataset, report, options.lang));
  if (!report.ok) io.stderr(`halqa: ${message(options.lang, "report.reconcile.failed")}`);
  return report.ok ? 0 : 1;
}

/** The records an input is made of, by name (deal titles, entity names), never by id. */
function inputNamer(dataset: Dataset, lang: Language): (input: CheckInput) => string {
  const { deal, entity } = recordNames(dataset, lang);
  const sites = new Map(dataset.sites.map((s) => [s.id, s.name[lang]]));
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i.name[lang]]));
  return (input) => {
    const ref = parseRef(input.ref);
    switch (ref.kind) {
      case "deals":
        return ref.ids.map(deal).join(" + ");
      case "sites":
        return ref.ids.map((id) => sites.get(id) ?? id).join(" + ");
      case "indicator":
        return indicators.get(ref.id) ?? ref.id;
      case "financial":
        return `${entity(ref.entity)}: ${messageOrKey(lang, `report.reconcile.metrics.${ref.metric}`)} (${formatPeriod(lang, ref.period)})`;
      default:
        return ref.text;
    }
  };
}

/** The value basis a derived figure is read on, in the words every face uses. */
const BASIS_WORD = {
  announced: "report.common.announced",
  committed: "report.common.committed",
  paid: "report.common.paid",
} as const satisfies Record<Basis, MessageKey>;

function render(dataset: Dataset, report: ReconcileReport, lang: Language): string {
  const t = (key: string, values: MessageValues = {}) => messageOrKey(lang, key, values);
  const title = (c: CheckResult) => t(`report.reconcile.titles.${c.id}`);
  const status = (c: CheckResult) => t(`report.reconcile.statuses.${c.status}`);
  const value = (v: number | null, unit: string) => pressValue(lang, v, unit);
  const face = { lang, names: recordNames(dataset, lang) };
  const out = [heading(t(RECONCILE_LAYOUT.title))];
  for (const line of RECONCILE_LAYOUT.headlines?.(report) ?? []) out.push(renderHeadline(line, face));
  for (const layout of RECONCILE_LAYOUT.tables) out.push(renderReportTable(layout, report, face));
  const sources = sourceNamer(dataset, lang);
  const name = inputNamer(dataset, lang);
  for (const c of report.checks) {
    out.push(heading(`${title(c)} — ${status(c)}`));
    const tolerance = formatPercent(lang, c.tolerance * 100, 0);
    out.push(
      `${t("report.reconcile.tolerance", { tolerance })} · ${t("report.reconcile.readAsOf", { date: formatDate(lang, c.derivedAsOf), basis: message(lang, BASIS_WORD[c.derived.basis]) })}`,
    );
    if (c.published) {
      const { published: p } = c;
      // Outlets are Latin text: isolated in Arabic so the line's direction holds around them.
      const outlet = lang === "ar" ? `\u2068${sources(p.sources)}\u2069` : sources(p.sources);
      out.push(
        `${t("report.reconcile.published")}: ${value(p.value, p.unit)} — ${t("report.reconcile.source")}: ${outlet}`,
      );
      if (p.quote) out.push(`  ${t("report.reconcile.quote")}: «${p.quote}»`);
    }
    out.push(
      `${t("report.reconcile.derived")}: ${value(c.derived.value, c.derived.unit)} — ${t("report.reconcile.inputs")}:`,
    );
    for (const i of c.derived.inputs) {
      out.push(
        `  · ${name(i)}: ${value(i.value, i.unit)}${i.estimate ? ` (${t("report.reconcile.estimate")})` : ""}`,
      );
    }
    if (c.reason && c.status !== "agrees")
      out.push(`${t("report.reconcile.reason")}: ${t(`report.reconcile.reasons.${c.reason}`)}`);
    if (c.note) out.push(`${t("report.reconcile.note")}: ${t(`report.reconcile.notes.${c.note}`)}`);
  }
  out.push("", renderHeadline(reconcileSummary(report), face));
  return out.join("\n");
}
