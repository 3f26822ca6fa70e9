/**
 * `halqa reconcile`: each headline figure derived from the deals beside its published counterpart.
 * Exit 1 when a figure differs without a stated reason or cannot be computed (bad data), else 0.
 */

import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { CheckInput, CheckResult } from "../../core/reconcile/check.ts";
import { parseRef } from "../../core/reconcile/refs.ts";
import { type ReconcileReport, reconcileReport } from "../../core/reports/reconcile-report.ts";
import { formatPercent } from "../../i18n/format.ts";
import { type Language, messages } from "../../i18n/index.ts";
import { pressNumber, pressValue } from "../../i18n/press-number.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { heading, table } from "../format.ts";
import { sourceNamer } from "../market-analyses-format.ts";
import { dealNamer, entityNamer } from "../names.ts";

export function reconcileCommand(
  dataset: Dataset,
  options: { lang: Language; json: boolean; asOf: string },
  io: Io,
): number {
  const report = reconcileReport(dataset, { asOf: options.asOf });
  if (options.json) io.stdout(JSON.stringify(report, infinityAsString, 2));
  else io.stdout(render(dataset, report, options.lang));
  if (!report.ok) io.stderr(`halqa: ${messages(options.lang).ui.reconcile.failed}`);
  return report.ok ? 0 : 1;
}

/** The records an input is made of, by name (deal titles, entity names), never by id. */
function inputNamer(dataset: Dataset, lang: Language): (input: CheckInput) => string {
  const ui = messages(lang).ui.reconcile;
  const deal = dealNamer(dataset, lang);
  const entity = entityNamer(dataset, lang);
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
        return `${entity(ref.entity)}: ${ui.metrics[ref.metric] ?? ref.metric} (${ref.period})`;
      default:
        return ref.text;
    }
  };
}

function render(dataset: Dataset, report: ReconcileReport, lang: Language): string {
  const ui = messages(lang).ui.reconcile;
  const title = (c: CheckResult) => ui.titles[c.id] ?? c.id;
  const value = (v: number | null, unit: string) => pressValue(lang, v, unit);
  const out = [heading(ui.title), ui.intro({ asOf: report.asOf })];
  out.push(
    table(
      [ui.check, ui.published, ui.derived, ui.ratio, ui.status],
      report.checks.map((c) => [
        title(c),
        value(c.published?.value ?? null, c.published?.unit ?? c.derived.unit),
        value(c.derived.value, c.derived.unit),
        c.ratio === null ? "—" : `${pressNumber(lang, c.ratio, 2)}×`,
        ui.statuses[c.status] ?? c.status,
      ]),
    ),
  );
  const sources = sourceNamer(dataset);
  const name = inputNamer(dataset, lang);
  for (const c of report.checks) {
    out.push(heading(`${title(c)} — ${ui.statuses[c.status] ?? c.status}`));
    const tolerance = formatPercent(lang, c.tolerance * 100, 0);
    out.push(
      `${ui.tolerance({ tolerance })} · ${ui.readAsOf({ date: c.derivedAsOf, basis: messages(lang).ui[c.derived.basis] })}`,
    );
    if (c.published) {
      const { published: p } = c;
      // Outlets are Latin text: isolated in Arabic so the line's direction holds around them.
      const outlet = lang === "ar" ? `\u2068${sources(p.sources)}\u2069` : sources(p.sources);
      out.push(`${ui.published}: ${value(p.value, p.unit)} — ${ui.source}: ${outlet}`);
      if (p.quote) out.push(`  ${ui.quote}: «${p.quote}»`);
    }
    out.push(`${ui.derived}: ${value(c.derived.value, c.derived.unit)} — ${ui.inputs}:`);
    for (const i of c.derived.inputs) {
      out.push(`  · ${name(i)}: ${value(i.value, i.unit)}${i.estimate ? ` (${ui.estimate})` : ""}`);
    }
    if (c.reason && c.status !== "agrees") out.push(`${ui.reason}: ${ui.reasons[c.reason] ?? c.reason}`);
    if (c.note) out.push(`${ui.note}: ${ui.notes[c.note] ?? c.note}`);
  }
  out.push("", ui.summary(report.counts));
  return out.join("\n");
}
