/** `halqa funding ID`: an entity's funding gap per year (docs/methods/funding.md). */

import type { Basis } from "../../core/flows/expand.ts";
import { type FundingReport, fundingReport, runwayMonth } from "../../core/reports/funding-report.ts";
import { formatDate, formatPercent } from "../../i18n/format.ts";
import { type Language, messages } from "../../i18n/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatNumber, formatUsd, formatYear, heading, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";

export type FundingCommandOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  basis: Basis;
  entity: string;
  fromYear: number;
  toYear: number;
  growth?: number;
};

export function fundingCommand(dataset: Dataset, options: FundingCommandOptions, io: Io): number {
  const report = fundingReport(dataset, {
    entity: options.entity,
    basis: options.basis,
    asOf: options.asOf,
    fromYear: options.fromYear,
    toYear: options.toYear,
    ...(options.growth !== undefined ? { growth: options.growth } : {}),
  });
  const w = messages(options.lang).ui.funding;
  // Missing years are a warning, not a failure: the rest of the window is still computed.
  if (report.missingYears.length > 0) io.stderr(w.missing({ years: report.missingYears.join(", ") }));
  io.stdout(options.json ? JSON.stringify(report, null, 2) : renderFunding(dataset, report, options.lang));
  return 0;
}

export function renderFunding(dataset: Dataset, r: FundingReport, lang: Language): string {
  const ui = messages(lang).ui;
  const w = ui.funding;
  const usd = (x: number) => formatUsd(lang, x);
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const name = entityNamer(dataset, lang);
  const deal = dealNamer(dataset, lang);
  // Arabic lists take the Arabic semicolon.
  const sep = lang === "ar" ? "؛ " : "; ";
  const m = messages(lang);
  const known = r.startingCashKnown;
  const out = [
    `${w.title({ entity: name(r.entity) })} · ${ui.basis}: ${ui[r.basis]} · ${formatYear(lang, r.fromYear)}–${formatYear(lang, r.toYear)} · ${ui.asOf} ${formatDate(lang, r.asOf)}`,
  ];
  out.push(heading(w.years));
  out.push(
    table(
      [
        w.year,
        w.revenue,
        w.due,
        w.other,
        w.rule,
        w.ocf,
        w.financing,
        w.gap,
        w.burn,
        known ? w.cash : w.cashFromZero,
      ],
      r.years.map((y) =>
        y.missing
          ? [
              formatYear(lang, y.year),
              w.missingYear,
              usd(y.commitmentsDue),
              "—",
              "—",
              "—",
              usd(y.financing),
              "—",
              "—",
              "—",
            ]
          : [
              formatYear(lang, y.year),
              `${usd(y.revenue)} (${w.sources[y.revenueSource ?? ""] ?? ""})`,
              usd(y.commitmentsDue),
              usd(y.otherCosts),
              w.rules[y.costRule ?? ""] ?? "",
              usd(y.operatingCashFlow),
              usd(y.financing),
              usd(y.gap),
              usd(y.cumulativeBurn),
              usd(y.cash),
            ],
      ),
    ),
  );
  const g = r.growthToClose;
  const closes =
    g.status === "solved"
      ? pct(g.growth)
      : g.status === "closed"
        ? w.closed
        : g.status === "unreachable"
          ? w.unreachable({ high: formatNumber(lang, g.high * 100, 0) })
          : w.noProjection;
  out.push(heading(w.summary));
  const parts = r.shortfallParts;
  out.push(
    table(
      [w.value, ""],
      [
        [w.due, usd(r.totals.commitmentsDue)],
        [w.financing, usd(r.totals.financing)],
        [w.burn, usd(r.totals.cumulativeBurn)],
        [w.netBurn, usd(r.totals.netBurn)],
        [
          w.shortfall,
          `${usd(r.shortfall)} ${
            parts
              ? w.shortfallFormula({
                  year: formatYear(lang, parts.year),
                  burn: usd(parts.netBurn),
                  financing: usd(parts.financing),
                  cash: known ? usd(parts.startingCash) : `${usd(0)} (${w.fromZeroCash})`,
                })
              : w.shortfallNone
          }`,
        ],
        [
          w.runway,
          r.runway === "unknown"
            ? [w.runwayUnknown, ...laterCash(r).map((c) => w.cashLater({ ...c, value: usd(c.value) }))].join(
                sep,
              )
            : r.runsOut === null
              ? w.lasts
              : runwayMonth(r.runsOut),
        ],
        [w.growthToClose, closes],
      ],
    ),
  );
  out.push(heading(w.assumptions));
  const cited = (p: FundingReport["costRatio"], show: (v: number) => string) =>
    p
      ? `${show(p.value)}${p.estimate ? " *" : ""} (${p.overridden ? "--growth" : p.id}: ${p.sources.join(", ")})`
      : "—";
  out.push(
    table(
      [w.value, ""],
      [
        [w.growth, r.growth ? cited(r.growth, pct) : w.flat],
        [w.costRatio, cited(r.costRatio, (v) => formatNumber(lang, v, 2))],
        [w.horizon, cited(r.commitmentYears, (v) => formatNumber(lang, v, 0))],
        [
          w.startingCash,
          r.startingCashSource
            ? w.startingCashFrom({
                value: usd(r.startingCash),
                period: r.startingCashSource.period,
                sources: r.startingCashSource.sources.join(", "),
              })
            : w.cashUnknown,
        ],
      ],
    ),
  );
  if (r.reported.length > 0) {
    out.push(heading(w.reported));
    out.push(
      table(
        [w.metric, w.period, w.value, w.flags],
        r.reported.map((f) => [
          f.metric,
          f.period,
          usd(f.value),
          [f.forecast ? w.forecast : "", f.estimate ? w.estimate : "", f.sources.join(", ")]
            .filter(Boolean)
            .join(" · "),
        ]),
      ),
    );
  }
  if (r.reconciliation.length > 0) {
    out.push(heading(w.reconciliation));
    out.push(
      table(
        [w.metric, w.period, w.reportedCol, w.model, w.difference, w.why, w.flags],
        r.reconciliation.map((c) => [
          c.metric,
          c.period,
          usd(c.reported),
          usd(c.model),
          usd(c.difference),
          c.years.map((y) => `${formatYear(lang, y.year)}: ${w.reasons[y.reason] ?? y.reason}`).join(sep),
          [c.forecast ? w.forecast : "", c.estimate ? w.estimate : "", c.sources.join(", ")]
            .filter(Boolean)
            .join(" · "),
        ]),
      ),
    );
  }
  const placed = r.backlog.filter((c) => c.jump !== null);
  if (placed.length > 0) {
    out.push(heading(w.backlog));
    const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
    out.push(
      table(
        [w.contract, w.seller, w.starts, w.binding, w.share, w.jump],
        placed.map((c) => [
          `${deal(c.deal).slice(0, 40)} ${usd(c.contract)}`,
          name(c.seller),
          c.start ?? "—",
          c.binding
            ? w.yes
            : w.bindingNo({
                status: m.enums.status[c.status ?? "unreported"] ?? c.status,
                layer: ui[c.contractLayer],
              }),
          c.backlog
            .filter((b) => b.share !== null)
            .map((b) => `${b.period} ${usd(b.value)}: ${pct(b.share ?? 0)}`)
            .join(sep) || "—",
          c.jump
            ? `${c.jump.from} → ${c.jump.to} +${usd(c.jump.rise)}: ${pct(c.jump.contractShareOfRise)}`
            : "—",
        ]),
      ),
    );
    for (const c of placed.filter((x) => x.inBacklog === true && !x.binding && x.jump))
      out.push(
        w.backlogFlag({
          seller: name(c.seller),
          rise: usd(c.jump?.rise ?? 0),
          from: c.jump?.from,
          to: c.jump?.to,
          contract: usd(c.contract),
          share: pct(c.jump?.contractShareOfRise ?? 0),
        }),
      );
  }
  return out.join("\n");
}

/** Reported cash figures inside the window: a later `--from` can start from one. */
function laterCash(r: FundingReport): { period: string; value: number; from: number }[] {
  return r.reported
    .filter((f) => f.metric === "cash" && !f.forecast)
    .map((f) => ({
      period: f.period,
      value: f.value,
      from: Number(f.period.replace(/^FY/, "").slice(0, 4)) + 1,
    }))
    .filter((c) => c.from <= r.toYear);
}
