/** `halqa power`: GW of compute capacity, each GW once, against power secured, per year (docs/methods/power.md). */

import type { Basis } from "../../core/flows/expand.ts";
import type { PowerResult } from "../../core/power/balance.ts";
import { powerLayout, powerReport, powerRequestProblems } from "../../core/reports/power-report.ts";
import { formatDate, formatPercent, formatQuantity } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { type MessageValues, message, messageOrKey } from "../../i18n/message.ts";
import type { MessageKey } from "../../i18n/messages/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { formatAmount, formatNumber, formatYear, heading, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { renderReportTable } from "../report-table.ts";

export type PowerCommandOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  basis: Basis;
  fromYear: number;
  toYear: number;
  entity?: string;
  site?: string;
  delayMonths?: number;
  region?: string;
  /** Every column of the year table, however wide (by default it keeps to 100 columns). */
  wide?: boolean;
};

export function powerCommand(dataset: Dataset, options: PowerCommandOptions, io: Io): number {
  const w = words(options.lang);
  const problems = powerRequestProblems(dataset, options);
  for (const p of problems)
    if (p.code === "unknown-site")
      throw new CliError(w("unknownSite", { ...p.params, close: p.params.close.join(", ") }));
  if (options.region !== undefined && options.delayMonths === undefined)
    throw new CliError(w("regionNeedsDelay"));
  for (const p of problems)
    if (p.code === "no-site-in-region")
      throw new CliError(w("noSiteInRegion", { ...p.params, regions: p.params.regions.join(", ") }));
  const report = powerReport(dataset, options);
  io.stdout(
    options.json
      ? JSON.stringify(report, null, 2)
      : renderPower(dataset, report, options.lang, options.wide ?? false),
  );
  return 0;
}

export function renderPower(dataset: Dataset, r: PowerResult, lang: Language, wide = false): string {
  const w = words(lang);
  const common = (key: "basis" | "asOf" | Basis) => message(lang, `report.common.${key}`);
  const n = (x: number, digits = 2) => formatNumber(lang, x, digits);
  const entity = entityNamer(dataset, lang);
  const deal = dealNamer(dataset, lang);
  // Arabic lists take the Arabic semicolon.
  const sep = lang === "ar" ? "؛ " : "; ";
  const siteName = new Map(dataset.sites.map((s) => [s.id, s.name[lang]]));
  const scope = [r.entity ? entity(r.entity) : "", r.site ? (siteName.get(r.site) ?? r.site) : ""].filter(
    Boolean,
  );
  const out = [
    `${w("title")} · ${common("basis")}: ${common(r.basis)} · ${formatYear(lang, r.fromYear)}–${formatYear(lang, r.toYear)} · ${common("asOf")} ${formatDate(lang, r.asOf)}${scope.length ? ` · ${scope.join(" · ")}` : ""}`,
  ];
  if (r.delay)
    out.push(
      w("delay", { months: r.delay.months, count: r.delay.sites.length, region: r.delay.region ?? "" }),
    );
  const [years, owners] = powerLayout(r.basis, r.delay !== undefined).tables;
  const face = { lang, names: { entity, deal }, ...(wide ? { wide: true } : {}) };
  if (years) out.push(renderReportTable(years, r, face));
  if (r.missingParameters.length > 0) out.push(w("missing", { ids: r.missingParameters.join(", ") }));
  out.push(heading(w("campuses")));
  const rows = r.campuses.filter((c) => c.capacityGw > 0 || c.securedGw > 0);
  const label = (id: string) => {
    const c = r.campuses.find((x) => x.id === id);
    if (!c) return id;
    return c.sites.length > 0
      ? c.sites.map((s) => siteName.get(s) ?? s).join(" + ")
      : deal(c.flows[0]?.split("/")[0] ?? c.id);
  };
  out.push(
    rows.length === 0
      ? w("none")
      : table(
          [
            w("campus"),
            w("layer"),
            w("rule"),
            w("ownGw", { basis: common(r.basis) }),
            w("countedGw"),
            w("sameAs"),
            w("secured"),
            w("power"),
          ],
          rows.map((c) => [
            label(c.id).slice(0, 48) + (c.delayed ? " ⏳" : ""),
            messageOrKey(lang, `cli.power.layers.${c.layer}`),
            messageOrKey(lang, `cli.power.rules.${c.rule}`),
            n(c.capacityGw),
            n(c.countedGw),
            c.sameAs.map((x) => `${label(x.host).slice(0, 32)} ${n(x.gw)}`).join(sep) || "—",
            n(c.securedGw),
            c.powerKnown ? w("known") : w("notKnown"),
          ]),
        ),
  );
  if (owners && r.owners.length > 0) out.push(renderReportTable(owners, r, face));
  out.push(w("dedupNote"));
  const lastYear = r.years[r.years.length - 1];
  for (const p of r.published)
    if (lastYear)
      out.push(
        w("published", {
          entity: r.entity ? entity(r.entity) : "",
          gw: n(p.gw),
          period: p.period,
          sources: p.sources.join(", "),
          year: formatYear(lang, lastYear.year),
          counted: n(lastYear.capacityGw),
          naive: n(lastYear.naiveGw),
        }),
      );
  if (r.supply.length > 0) {
    out.push(heading(w("supply")));
    out.push(
      table(
        [w("campus"), w("kind"), w("gw"), w("date"), w("status"), w("counted")],
        r.supply.map((s) => [
          (s.site ? (siteName.get(s.site) ?? s.site) : deal(s.deal ?? s.id)).slice(0, 48),
          s.kind,
          n(s.gw, 3),
          s.date ?? w("undated"),
          s.status ?? "—",
          s.secured && s.date ? w("yes") : w("no"),
        ]),
      ),
    );
  }
  out.push(heading(w("references")));
  out.push(
    table(
      [w("indicator"), w("by"), w("figure"), w("period"), w("sources")],
      r.references.map((ref) => [
        ref.name[lang].slice(0, 60),
        ref.by,
        formatAmount(lang, ref.amount, ref.unit),
        [ref.period ?? "", ref.baseYear !== undefined ? `vs ${ref.baseYear}` : "", ref.region ?? ""]
          .filter(Boolean)
          .join(" · "),
        ref.sources.join(", "),
      ]),
    ),
  );
  out.push(heading(w("parameters")));
  out.push(
    table(
      ["id", w("value"), w("sources")],
      r.parameters.map((p) => [
        `${p.id}${p.estimate ? " *" : ""}`,
        p.unit === "percent" ? formatPercent(lang, p.value * 100) : formatQuantity(lang, p.value, p.unit, 2),
        p.sources.join(", "),
      ]),
    ),
  );
  out.push("", w("notes"));
  return out.join("\n");
}

type PowerKey = MessageKey extends infer K ? (K extends `cli.power.${infer S}` ? S : never) : never;

/** The power part of the catalogue, `cli.power.*`, in one language. */
function words(lang: Language): (key: PowerKey, values?: MessageValues) => string {
  return (key, values) => message(lang, `cli.power.${key}` as const, values);
}
