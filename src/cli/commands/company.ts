/** `halqa company ID`: one company's sheet (src/core/reports/company-report.ts), as tables or JSON. */

import type { Amount } from "../../core/dataset/figures.ts";
import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { CompanyDeal, CompanyReport } from "../../core/reports/company-report.ts";
import { formatDate, formatPercent } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { formatFigure, messageOr, reasonText, refsOf, sourceLines, wrap } from "./sheet-format.ts";

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
  const name = entityNamer(dataset, lang);
  const dealName = dealNamer(dataset, lang);
  const refs = refsOf(report.sources);
  const usd = (a: Amount) => formatAmount(lang, a);
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const sep = lang === "ar" ? "، " : ", ";
  const out = [
    message(lang, "report.sheet.company.title", {
      name: report.entity.name[lang],
      ticker: report.entity.ticker,
      kind: label(lang, "entityKind", report.entity.kind),
    }),
    message(lang, "report.sheet.company.settings", {
      asOf: formatDate(lang, report.asOf),
      basis: messageOrKey(lang, `report.common.${report.basis}`),
      year: report.year,
    }),
  ];

  out.push(heading(message(lang, "report.sheet.company.financials")));
  if (report.financials.length === 0) out.push(message(lang, "report.sheet.company.noFinancials"));
  else
    out.push(
      table(
        [
          message(lang, "report.sheet.company.metric"),
          message(lang, "report.sheet.company.period"),
          message(lang, "report.sheet.company.value"),
          message(lang, "report.sheet.company.notes"),
          message(lang, "report.sheet.company.refs"),
        ],
        report.financials.map((f) => [
          [
            messageOr(lang, `report.sheet.company.metrics.${f.metric}`, f.metric),
            f.label,
            f.counterparty ? name(f.counterparty) : null,
          ]
            .filter(Boolean)
            .join(" · "),
          f.period,
          formatFigure(lang, f.amount, f.unit),
          [
            f.forecast ? message(lang, "report.sheet.company.forecast") : "",
            f.estimate ? message(lang, "report.sheet.company.estimate") : "",
            f.alternatives.length > 0
              ? message(lang, "report.sheet.company.alternatives", {
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
      out.push(message(lang, "report.sheet.company.noDeals"));
      return;
    }
    out.push(
      table(
        [
          message(lang, "report.common.deal"),
          message(lang, "report.sheet.company.counterparty"),
          message(lang, "report.common.status"),
          message(lang, "report.sheet.company.counted"),
          message(lang, "report.sheet.company.leftOut"),
          message(lang, "report.sheet.company.refs"),
        ],
        deals.map((d) => [
          dealName(d.deal),
          d.counterparties.map(name).join(sep),
          label(lang, "status", d.status ?? "unreported"),
          d.estimate
            ? `${usd(d.counted)} (${message(lang, "report.sheet.company.estimate")})`
            : usd(d.counted),
          wrap(d.excluded.map((e) => `${usd(e.amount)}: ${reasonText(lang, e, dealName)}`).join("; "), 50),
          refs(d.sources),
        ]),
      ),
    );
  };
  dealTable(message(lang, "report.sheet.company.dealsIn"), report.deals.in);
  dealTable(message(lang, "report.sheet.company.dealsOut"), report.deals.out);
  out.push(
    message(lang, "report.sheet.company.totals", {
      receives: usd(report.totals.receives),
      pays: usd(report.totals.pays),
    }),
  );
  if (report.deals.other.length > 0) {
    out.push(heading(message(lang, "report.sheet.company.dealsOther")));
    out.push(
      table(
        [
          message(lang, "report.common.deal"),
          message(lang, "report.common.status"),
          message(lang, "report.sheet.company.roles"),
        ],
        report.deals.other.map((d) => [
          dealName(d.deal),
          label(lang, "status", d.status ?? "unreported"),
          d.roles.map((r) => messageOr(lang, `report.sheet.company.partyRole.${r}`, r)).join(sep),
        ]),
      ),
    );
  }

  if (report.byYear.length > 0) {
    out.push(heading(message(lang, "report.sheet.company.byYear")));
    out.push(
      table(
        [
          message(lang, "report.common.year"),
          message(lang, "report.sheet.company.receives"),
          message(lang, "report.sheet.company.pays"),
        ],
        report.byYear.map((y) => [String(y.year), usd(y.receives), usd(y.pays)]),
      ),
    );
  }

  out.push(heading(message(lang, "report.sheet.company.circularity")));
  const c = report.circularity;
  if (!c) out.push(message(lang, "report.sheet.company.noReceipts"));
  else {
    const money = (v: number) => usd({ value: v, low: v, high: v });
    out.push(
      message(lang, "report.sheet.company.circularLine", {
        through: money(c.receipts),
        inflow: money(c.inflow),
        extra: money(c.outside),
        self: pct(c.selfShare),
        outside: pct(c.outsideShare),
      }),
    );
    const top = c.origins.slice(0, 5).map((o) => `${name(o.origin)} ${pct(o.share)}`);
    if (top.length > 0)
      out.push(message(lang, "report.sheet.company.topOrigins", { origins: top.join(sep) }));
  }

  out.push(heading(message(lang, "report.sheet.company.loops")));
  if (report.loops.found === 0) out.push(message(lang, "report.sheet.company.noLoops"));
  else {
    out.push(
      message(lang, "report.sheet.company.loopsFound", {
        found: report.loops.found,
        shown: report.loops.shown.length,
      }),
    );
    for (const loop of report.loops.shown) {
      const money = usd({ value: loop.bottleneck, low: loop.bottleneck, high: loop.bottleneck });
      out.push(
        `  ${[...loop.entities, loop.entities[0] as string].map(name).join(" → ")} · ${message(lang, "cli.bottleneck")} ${money}`,
      );
    }
  }

  out.push(heading(message(lang, "report.sheet.company.sites")));
  if (report.sites.length === 0) out.push(message(lang, "report.sheet.company.noSites"));
  else
    out.push(
      table(
        [
          message(lang, "report.sheet.company.site"),
          message(lang, "report.sheet.company.roles"),
          message(lang, "report.sheet.company.place"),
          message(lang, "report.sheet.company.capacity"),
          message(lang, "report.sheet.company.power"),
        ],
        report.sites.map((s) => [
          s.name[lang],
          s.roles.map((r) => messageOr(lang, `report.sheet.company.role.${r}`, r)).join(sep),
          [s.region, s.country].filter(Boolean).join(sep),
          s.capacity
            ? `${formatAmount(lang, s.capacity.amount, s.capacity.unit)} (${s.capacity.date}) ${refs(s.capacity.sources)}`
            : message(lang, "report.sheet.company.notYet"),
          s.power.map((p) => formatAmount(lang, p.amount, p.unit)).join(sep) || "—",
        ]),
      ),
    );

  out.push(heading(message(lang, "report.sheet.company.stress")));
  if (report.stress.length === 0) out.push(message(lang, "report.sheet.company.noStress"));
  else
    out.push(
      table(
        [
          message(lang, "report.sheet.company.scenario"),
          message(lang, "report.sheet.company.loss"),
          message(lang, "report.sheet.company.capital"),
          message(lang, "report.sheet.company.shareOfCapital"),
          message(lang, "report.sheet.company.defaulted"),
        ],
        report.stress.map((s) => {
          if (s.loss === null)
            return [
              s.title[lang],
              messageOr(lang, `report.sheet.company.failure.${s.failure ?? ""}`, String(s.failure)),
              "",
              "",
              "",
            ];
          const money = (v: number | null) => (v === null ? "—" : usd({ value: v, low: v, high: v }));
          return [
            s.title[lang],
            money(s.loss),
            money(s.capital),
            s.share === null ? "—" : pct(s.share),
            s.defaultWave === null
              ? message(lang, "report.sheet.company.noDefault")
              : message(lang, "report.sheet.company.defaultWave", { wave: s.defaultWave }),
          ];
        }),
      ),
    );

  out.push(heading(message(lang, "report.sheet.company.sources")));
  out.push(...sourceLines(report.sources));
  return out.join("\n");
}
