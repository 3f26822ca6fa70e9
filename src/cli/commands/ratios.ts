/** `halqa ratios`: the published ratios recomputed from the data, inputs and sources beside. */

import type { RatioInput, RatioText } from "../../core/ratios/inputs.ts";
import type { Ratio } from "../../core/ratios/published-ratios.ts";
import { ratiosReport } from "../../core/reports/ratios-report.ts";
import { formatDate, formatPercent, formatQuantity, formatTimes, joinList } from "../../i18n/format.ts";
import { formatCell, type RecordNames } from "../../i18n/format-cell.ts";
import { formatPeriod } from "../../i18n/format-period.ts";
import type { Language } from "../../i18n/index.ts";
import { hasMessage, message } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatNumber, formatUsd } from "../format.ts";

export function ratiosCommand(
  dataset: Dataset,
  options: { lang: Language; json: boolean; asOf: string },
  io: Io,
): number {
  const report = ratiosReport(dataset, { asOf: options.asOf });
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  const { ratios } = report;
  const { lang } = options;
  const names = recordNames(dataset, lang);
  const out: string[] = [`${message(lang, "report.common.asOf")} ${formatDate(lang, options.asOf)}`];
  for (const r of ratios) {
    out.push("");
    out.push(`${named(lang, `report.ratios.names.${r.id}`, r.id)}: ${formatValue(lang, r.value, r.unit)}`);
    out.push(`  ${named(lang, r.formula, r.formula)}`);
    if (r.note) out.push(`  ${phrase(lang, r.note, names, 0)}`);
    for (const input of r.inputs) out.push(`  · ${describe(lang, input, names)}`);
    if (r.published.length > 0) {
      out.push(`  ${message(lang, "cli.published")}:`);
      for (const input of r.published) out.push(`  · ${describe(lang, input, names)}`);
    }
    for (const [i, note] of (r.notes ?? []).entries())
      out.push(`  ${i === 0 ? "" : "  · "}${phrase(lang, note, names, 0)}`);
    for (const m of r.missing) out.push(`  ${message(lang, "cli.missing")}: ${phrase(lang, m, names)}`);
  }
  io.stdout(out.join("\n"));
  return 0;
}

export function formatValue(lang: Language, value: number | null, unit: Ratio["unit"] | string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "ratio":
      return formatTimes(lang, value, Math.abs(value) < 10 ? 2 : 1);
    case "USD-per-GW":
      // "$25B/GW" in English as before; "25 مليار دولار لكل جيجاوات" in Arabic.
      return lang === "ar" ? formatQuantity(lang, value, unit) : `${formatUsd(lang, value)}/GW`;
    case "HHI":
      return formatNumber(lang, value, 3);
    case "percent":
    case "USD":
      return formatQuantity(lang, value, unit);
    default:
      return formatQuantity(lang, value, unit, 2);
  }
}

/** An input with its value, the record it is read from (by name) and its sources (by outlet and date). */
function describe(lang: Language, input: RatioInput, names: RecordNames): string {
  const record = formatCell(lang, "record", input.from, names);
  const cited = formatCell(lang, "source", [...new Set(input.sources)].join(" "), names);
  return `${phrase(lang, input.label, names)}: ${formatValue(lang, input.value, input.unit)}${input.estimate ? " (≈)" : ""} — ${record} [${cited}]`;
}

/** A name the catalogue may lack (a ratio added to the data before its words): the id stands in. */
function named(lang: Language, key: string, id: string): string {
  return hasMessage(lang, key) ? message(lang, key) : id;
}

/**
 * A ratio's words (note, input label, missing input): entity and deal ids become names, shares
 * percentages (to `shareDigits`), dollars and gigawatts numbers as the language writes them, periods
 * as the language writes them; the data's own labels pass as they are.
 */
export function phrase(lang: Language, text: RatioText, names: RecordNames, shareDigits = 1): string {
  const { entity } = names;
  const { customer, share, equivalent, points, low, high, count, usd, gw } = text.values;
  const { entity: owner, deal, period, label, reported, inDeals, gap, gapShare, date } = text.values;
  const values: Record<string, string | number> = {};
  // Dollars per GW as "$12.5B" in English (as before) and "12.5 مليار دولار" in Arabic; the count stays a number for the plural.
  if (typeof low === "number") values.low = formatUsd(lang, low);
  if (typeof high === "number") values.high = formatUsd(lang, high);
  if (typeof count === "number") values.count = count;
  // The parties of the deals named: a number for the plural (dual in Arabic for exactly two).
  if (typeof text.values.parties === "number") values.parties = text.values.parties;
  if (typeof customer === "string") values.customer = customer === "" ? "—" : entity(customer);
  if (typeof share === "number")
    values.share = share > 0 ? formatPercent(lang, share * 100, shareDigits) : "";
  if (typeof owner === "string") values.entity = entity(owner);
  if (typeof usd === "number") values.usd = formatUsd(lang, usd);
  if (typeof reported === "number") values.reported = formatUsd(lang, reported);
  if (typeof inDeals === "number") values.inDeals = formatUsd(lang, inDeals);
  if (typeof gap === "number") values.gap = formatUsd(lang, gap);
  if (typeof gapShare === "number") values.gapShare = formatPercent(lang, gapShare * 100, 0);
  if (typeof date === "string") values.date = formatDate(lang, date);
  if (typeof text.values.customers === "string")
    values.customers = joinList(
      lang,
      text.values.customers.split(",").map((id) => entity(id)),
    );
  if (typeof gw === "number") values.gw = formatNumber(lang, gw, 3);
  if (typeof period === "string") values.period = formatPeriod(lang, period);
  if (typeof deal === "string") values.deal = names.deal(deal);
  if (typeof label === "string") values.label = label;
  if (typeof equivalent === "number") values.equivalent = formatNumber(lang, equivalent, 1);
  if (typeof points === "number") values.points = formatNumber(lang, points, 0);
  if (typeof text.values.ratio === "number") values.ratio = formatTimes(lang, text.values.ratio, 2);
  return hasMessage(lang, text.key) ? message(lang, text.key, values) : text.key;
}
