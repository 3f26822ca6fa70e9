/** `halqa power`: GW of compute capacity, each GW once, against power secured, per year (docs/methods/power.md). */

import type { Basis } from "../../core/flows/expand.ts";
import type { PowerResult } from "../../core/power/balance.ts";
import { powerLayout, powerReport, powerRequestProblems } from "../../core/reports/power-report.ts";
import { formatDate, joinProse } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { type MessageValues, message } from "../../i18n/message.ts";
import type { MessageKey } from "../../i18n/messages/index.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { formatNumber, formatYear } from "../format.ts";
import { renderReportTable, wrapWords } from "../report-table.ts";

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

/** The report as the terminal prints it: every table through its layout, every prose line within 100 columns. */
export function renderPower(dataset: Dataset, r: PowerResult, lang: Language, wide = false): string {
  const w = words(lang);
  const common = (key: "basis" | "asOf" | Basis) => message(lang, `report.common.${key}`);
  const n = (x: number) => formatNumber(lang, x, 2);
  const names = recordNames(dataset, lang);
  const scope = [
    r.entity ? names.entity(r.entity) : "",
    r.site ? (names.record?.(`sites:${r.site}`) ?? r.site) : "",
  ];
  const out: string[] = [];
  // Prose wraps at word boundaries, as the tables keep to the terminal's 100 columns.
  const say = (text: string) => out.push(wide ? text : wrapWords(text, 100));
  say(
    [
      w("title"),
      `${common("basis")}: ${common(r.basis)}`,
      `${formatYear(lang, r.fromYear)}–${formatYear(lang, r.toYear)}`,
      `${common("asOf")} ${formatDate(lang, r.asOf)}`,
      ...scope.filter(Boolean),
    ].join(" · "),
  );
  if (r.delay)
    say(w("delay", { months: r.delay.months, count: r.delay.sites.length, region: r.delay.region ?? "" }));
  const [years, campuses, owners, supply, references, parameters] = powerLayout(
    r.basis,
    r.delay !== undefined,
  ).tables;
  const face = { lang, names, ...(wide ? { wide: true } : {}) };
  const print = (t: typeof years) => {
    if (t) out.push(renderReportTable(t, r, face));
  };
  print(years);
  const last = r.years[r.years.length - 1];
  if (last && last.securedNoCapacityGw > 0)
    say(w("noCapacityPower", { gw: n(last.securedNoCapacityGw), year: formatYear(lang, last.year) }));
  if (r.undated)
    say(
      w("undatedDeliveries", {
        items: joinProse(
          lang,
          r.undated.deliveries.map((d) =>
            w("undatedItem", {
              gw: n(d.gw),
              from: names.entity(d.from),
              to: names.entity(d.to),
              year: formatYear(lang, d.startYear),
            }),
          ),
        ),
        added: n(r.undated.addedGw),
        year: formatYear(lang, r.undated.lastYear),
        withThem: n(r.undated.withThemGw),
      }),
    );
  if (r.missingParameters.length > 0) say(w("missing", { ids: r.missingParameters.join(", ") }));
  print(campuses);
  if (r.owners.length > 0) print(owners);
  say(w("dedupNote"));
  const lastYear = r.years[r.years.length - 1];
  for (const p of r.published)
    if (lastYear)
      say(
        w("published", {
          entity: r.entity ? names.entity(r.entity) : "",
          gw: n(p.gw),
          period: p.period,
          sources: names.source?.(p.sources.join(" ")) ?? p.sources.join(", "),
          year: formatYear(lang, lastYear.year),
          counted: n(lastYear.capacityGw),
          naive: n(lastYear.naiveGw),
          undated: r.undated && r.undated.addedGw > 0 ? n(r.undated.addedGw) : "none",
        }),
      );
  if (r.supply.length > 0) print(supply);
  print(references);
  print(parameters);
  out.push("");
  say(w("notes"));
  return out.join("\n");
}

type PowerKey = MessageKey extends infer K ? (K extends `cli.power.${infer S}` ? S : never) : never;

/** The power part of the catalogue, `cli.power.*`, in one language. */
function words(lang: Language): (key: PowerKey, values?: MessageValues) => string {
  return (key, values) => message(lang, `cli.power.${key}` as const, values);
}
