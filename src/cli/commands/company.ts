/** `halqa company ID`: one company's sheet (src/core/reports/company-report.ts), as tables or JSON. */

import type { Amount } from "../../core/dataset/figures.ts";
import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { CompanyDeal, CompanyReport } from "../../core/reports/company-report.ts";
import { formatDate, formatPercent } from "../../i18n/format.ts";
import { type Language, messages } from "../../i18n/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { formatFigure, reasonText, refsOf, sourceLines, wrap } from "./sheet-format.ts";

export function printCompany(
  dataset: Dataset,
  report: CompanyReport,
  lang: Language,
  json: boolean,
  io: Io,
): number {
  io.stdout(json ? JSON.stringify(report, infinityAsString, 2) : renderCompany(dataset, report, lang));
  return 0;
}

export function renderCompany(dataset: Dataset, report: CompanyReport, lang: Language): string {
  const ui = messages(lang).ui;
  const m = messages(lang).sheets.company;
  const name = entityNamer(dataset, lang);
  const dealName = dealNamer(dataset, lang);
  const refs = refsOf(report.sources);
  const usd = (a: Amount) => formatAmount(lang, a);
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const sep = lang === "ar" ? "، " : ", ";
  const out = [
    m.title({
      name: report.entity.name[lang],
      ticker: report.entity.ticker,
      kind: label(lang, "entityKind", report.entity.kind),
    }),
    m.settings({ asOf: formatDate(lang, report.asOf), basis: ui[report.basis], year: report.year }),
  ];

  out.push(heading(m.financials));
  if (report.financials.length === 0) out.push(m.noFinancials);
  else
    out.push(
      table(
        [m.metric, m.period, m.value, m.notes, m.refs],
        report.financials.map((f) => [
          [m.metrics[f.metric] ?? f.metric, f.label, f.counterparty ? name(f.counterparty) : null]
            .filter(Boolean)
            .join(" · "),
          f.period,
          formatFigure(lang, f.amount, f.unit),
          [
            f.forecast ? m.forecast : "",
            f.estimate ? m.estimate : "",
            f.alternatives.length > 0
              ? m.alternatives({
                  values: f.alternatives
                    .map((a) => `${formatFigure(lang, a.amount, f.unit)} ${refs(a.sources)}`)
                    .join(sep),
                })
              : "",
          ]
            .filter(Boolean)
            .join(sep),
          refs(f.sources),
        ]),
      ),
    );

  const dealTable = (title: string, deals: CompanyDeal[]) => {
    out.push(heading(title));
    if (deals.length === 0) {
      out.push(m.noDeals);
      return;
    }
    out.push(
      table(
        [ui.deal, m.counterparty, ui.status, m.counted, m.leftOut, m.refs],
        deals.map((d) => [
          dealName(d.deal),
          d.counterparties.map(name).join(sep),
          label(lang, "status", d.status ?? "unreported"),
          d.estimate ? `${usd(d.counted)} (${m.estimate})` : usd(d.counted),
          wrap(d.excluded.map((e) => `${usd(e.amount)}: ${reasonText(lang, e, dealName)}`).join("; "), 50),
          refs(d.sources),
        ]),
      ),
    );
  };
  dealTable(m.dealsIn, report.deals.in);
  dealTable(m.dealsOut, report.deals.out);
  out.push(m.totals({ receives: usd(report.totals.receives), pays: usd(report.totals.pays) }));
  if (report.deals.other.length > 0) {
    out.push(heading(m.dealsOther));
    out.push(
      table(
        [ui.deal, ui.status, m.roles],
        report.deals.other.map((d) => [
          dealName(d.deal),
          label(lang, "status", d.status ?? "unreported"),
          d.roles.map((r) => m.partyRole[r] ?? r).join(sep),
        ]),
      ),
    );
  }

  if (report.byYear.length > 0) {
    out.push(heading(m.byYear));
    out.push(
      table(
        [ui.year, m.receives, m.pays],
        report.byYear.map((y) => [String(y.year), usd(y.receives), usd(y.pays)]),
      ),
    );
  }

  out.push(heading(m.circularity));
  const c = report.circularity;
  if (!c) out.push(m.noReceipts);
  else {
    const money = (v: number) => usd({ value: v, low: v, high: v });
    out.push(
      m.circularLine({
        through: money(c.receipts),
        inflow: money(c.inflow),
        extra: money(c.outside),
        self: pct(c.selfShare),
        outside: pct(c.outsideShare),
      }),
    );
    const top = c.origins.slice(0, 5).map((o) => `${name(o.origin)} ${pct(o.share)}`);
    if (top.length > 0) out.push(m.topOrigins({ origins: top.join(sep) }));
  }

  out.push(heading(m.loops));
  if (report.loops.found === 0) out.push(m.noLoops);
  else {
    out.push(m.loopsFound({ found: report.loops.found, shown: report.loops.shown.length }));
    for (const loop of report.loops.shown) {
      const money = usd({ value: loop.bottleneck, low: loop.bottleneck, high: loop.bottleneck });
      out.push(
        `  ${[...loop.entities, loop.entities[0] as string].map(name).join(" → ")} · ${ui.bottleneck} ${money}`,
      );
    }
  }

  out.push(heading(m.sites));
  if (report.sites.length === 0) out.push(m.noSites);
  else
    out.push(
      table(
        [m.site, m.roles, m.place, m.capacity, m.power],
        report.sites.map((s) => [
          s.name[lang],
          s.roles.map((r) => m.role[r] ?? r).join(sep),
          [s.region, s.country].filter(Boolean).join(sep),
          s.capacity
            ? `${formatAmount(lang, s.capacity.amount, s.capacity.unit)} (${s.capacity.date}) ${refs(s.capacity.sources)}`
            : m.notYet,
          s.power.map((p) => formatAmount(lang, p.amount, p.unit)).join(sep) || "—",
        ]),
      ),
    );

  out.push(heading(m.stress));
  if (report.stress.length === 0) out.push(m.noStress);
  else
    out.push(
      table(
        [m.scenario, m.loss, m.capital, m.shareOfCapital, m.defaulted],
        report.stress.map((s) => {
          if (s.loss === null)
            return [s.title[lang], m.failure[s.failure ?? ""] ?? String(s.failure), "", "", ""];
          const money = (v: number | null) => (v === null ? "—" : usd({ value: v, low: v, high: v }));
          return [
            s.title[lang],
            money(s.loss),
            money(s.capital),
            s.share === null ? "—" : pct(s.share),
            s.defaultWave === null ? m.noDefault : m.defaultWave({ wave: s.defaultWave }),
          ];
        }),
      ),
    );

  out.push(heading(m.sources));
  out.push(...sourceLines(report.sources));
  return out.join("\n");
}
