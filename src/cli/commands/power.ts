/** `halqa power`: GW of compute capacity, each GW once, against power secured, per year (docs/methods/power.md). */

import type { Basis } from "../../core/flows/expand.ts";
import type { PowerResult } from "../../core/power/balance.ts";
import { powerReport, powerRequestProblems } from "../../core/reports/power-report.ts";
import { formatDate, formatPercent, formatQuantity } from "../../i18n/format.ts";
import { type Language, messages } from "../../i18n/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { formatAmount, formatNumber, formatUsd, formatYear, heading, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";

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
};

export function powerCommand(dataset: Dataset, options: PowerCommandOptions, io: Io): number {
  const w = messages(options.lang).ui.power;
  const problems = powerRequestProblems(dataset, options);
  for (const p of problems)
    if (p.code === "unknown-site")
      throw new CliError(w.unknownSite({ ...p.params, close: p.params.close.join(", ") }));
  if (options.region !== undefined && options.delayMonths === undefined)
    throw new CliError(w.regionNeedsDelay);
  for (const p of problems)
    if (p.code === "no-site-in-region")
      throw new CliError(w.noSiteInRegion({ ...p.params, regions: p.params.regions.join(", ") }));
  const report = powerReport(dataset, options);
  io.stdout(options.json ? JSON.stringify(report, null, 2) : renderPower(dataset, report, options.lang));
  return 0;
}

export function renderPower(dataset: Dataset, r: PowerResult, lang: Language): string {
  const ui = messages(lang).ui;
  const w = ui.power;
  const n = (x: number, digits = 2) => formatNumber(lang, x, digits);
  const pct = (x: number | null) => (x === null ? "—" : `${formatPercent(lang, x * 100)}`);
  const entity = entityNamer(dataset, lang);
  const deal = dealNamer(dataset, lang);
  // Arabic lists take the Arabic semicolon.
  const sep = lang === "ar" ? "؛ " : "; ";
  const siteName = new Map(dataset.sites.map((s) => [s.id, s.name[lang]]));
  const scope = [r.entity ? entity(r.entity) : "", r.site ? (siteName.get(r.site) ?? r.site) : ""].filter(
    Boolean,
  );
  const out = [
    `${w.title} · ${ui.basis}: ${ui[r.basis]} · ${formatYear(lang, r.fromYear)}–${formatYear(lang, r.toYear)} · ${ui.asOf} ${formatDate(lang, r.asOf)}${scope.length ? ` · ${scope.join(" · ")}` : ""}`,
  ];
  if (r.delay)
    out.push(w.delay({ months: r.delay.months, count: r.delay.sites.length, region: r.delay.region ?? "" }));
  out.push(heading(w.years));
  const delayed = r.delay !== undefined;
  out.push(
    table(
      [
        w.year,
        w.capacity({ basis: ui[r.basis] }),
        w.naive,
        w.same,
        w.secured,
        w.unknown,
        w.coverage,
        w.stranded,
        w.offGrid,
        ...(delayed ? [w.delayed] : []),
        w.energy,
        w.bill,
      ],
      r.years.map((y) => [
        formatYear(lang, y.year),
        n(y.capacityGw),
        n(y.naiveGw),
        n(y.sameGw),
        n(y.securedGw),
        n(y.unknownPowerGw),
        pct(y.coverage),
        n(y.strandedGw),
        pct(y.offGridShare),
        ...(delayed ? [n(y.delayedGw)] : []),
        y.energyMwh === null ? "—" : n(y.energyMwh / 1e6, 1),
        y.energyBillUsd === null ? "—" : formatUsd(lang, y.energyBillUsd),
      ]),
    ),
  );
  if (r.missingParameters.length > 0) out.push(w.missing({ ids: r.missingParameters.join(", ") }));
  out.push(heading(w.campuses));
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
      ? w.none
      : table(
          [
            w.campus,
            w.layer,
            w.rule,
            w.ownGw({ basis: ui[r.basis] }),
            w.countedGw,
            w.sameAs,
            w.secured,
            w.power,
          ],
          rows.map((c) => [
            label(c.id).slice(0, 48) + (c.delayed ? " ⏳" : ""),
            w.layers[c.layer] ?? c.layer,
            w.rules[c.rule] ?? c.rule,
            n(c.capacityGw),
            n(c.countedGw),
            c.sameAs.map((x) => `${label(x.host).slice(0, 32)} ${n(x.gw)}`).join(sep) || "—",
            n(c.securedGw),
            c.powerKnown ? w.known : w.notKnown,
          ]),
        ),
  );
  if (r.owners.length > 0) {
    out.push(heading(w.owners));
    out.push(
      table(
        [w.owner, w.layers.campus ?? "", w.layers.compute ?? "", w.layers.chips ?? "", w.naive, w.countedGw],
        r.owners.map((o) => [
          entity(o.entity),
          n(o.byLayer.campus),
          n(o.byLayer.compute),
          n(o.byLayer.chips),
          n(o.naiveGw),
          n(o.countedGw),
        ]),
      ),
    );
  }
  out.push(w.dedupNote);
  const lastYear = r.years[r.years.length - 1];
  for (const p of r.published)
    if (lastYear)
      out.push(
        w.published({
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
    out.push(heading(w.supply));
    out.push(
      table(
        [w.campus, w.kind, w.gw, w.date, w.status, w.counted],
        r.supply.map((s) => [
          (s.site ? (siteName.get(s.site) ?? s.site) : deal(s.deal ?? s.id)).slice(0, 48),
          s.kind,
          n(s.gw, 3),
          s.date ?? w.undated,
          s.status ?? "—",
          s.secured && s.date ? w.yes : w.no,
        ]),
      ),
    );
  }
  out.push(heading(w.references));
  out.push(
    table(
      [w.indicator, w.by, w.figure, w.period, w.sources],
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
  out.push(heading(w.parameters));
  out.push(
    table(
      ["id", w.value, w.sources],
      r.parameters.map((p) => [
        `${p.id}${p.estimate ? " *" : ""}`,
        p.unit === "percent" ? formatPercent(lang, p.value * 100) : formatQuantity(lang, p.value, p.unit, 2),
        p.sources.join(", "),
      ]),
    ),
  );
  out.push("", w.notes);
  return out.join("\n");
}
