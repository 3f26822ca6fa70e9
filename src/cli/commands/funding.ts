/** `halqa funding ID`: an entity's funding gap per year (docs/methods/funding.md). */

import type { Basis } from "../../core/flows/expand.ts";
import {
  type FundingReport,
  fundingLayout,
  fundingReport,
  runwayMonth,
} from "../../core/reports/funding-report.ts";
import { formatDate, formatPercent } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { type MessageValues, message, messageOrKey } from "../../i18n/message.ts";
import type { MessageKey } from "../../i18n/messages/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatNumber, formatUsd, formatYear, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { renderReportTable } from "../report-table.ts";

export type FundingCommandOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  basis: Basis;
  entity: string;
  fromYear: number;
  toYear: number;
  growth?: number;
  /** Every column of the year table, however wide (by default it keeps to 100 columns). */
  wide?: boolean;
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
  // Missing years are a warning, not a failure: the rest of the window is still computed.
  if (report.missingYears.length > 0)
    io.stderr(message(options.lang, "cli.funding.missing", { years: report.missingYears.join(", ") }));
  io.stdout(
    options.json
      ? JSON.stringify(report, null, 2)
      : renderFunding(dataset, report, options.lang, options.wide ?? false),
  );
  return 0;
}

export function renderFunding(dataset: Dataset, r: FundingReport, lang: Language, wide = false): string {
  const w = words(lang);
  const usd = (x: number) => formatUsd(lang, x);
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const name = entityNamer(dataset, lang);
  const deal = dealNamer(dataset, lang);
  // Arabic lists take the Arabic semicolon.
  const sep = lang === "ar" ? "؛ " : "; ";
  const common = (key: "basis" | "asOf" | Basis) => message(lang, `report.common.${key}`);
  const known = r.startingCashKnown;
  const layout = fundingLayout(known);
  const face = {
    lang,
    names: { entity: name, deal, source: (ids: string) => ids.split(" ").join(", ") },
    ...(wide ? { wide: true } : {}),
  };
  const out = [
    `${w("title", { entity: name(r.entity) })} · ${common("basis")}: ${common(r.basis)} · ${formatYear(lang, r.fromYear)}–${formatYear(lang, r.toYear)} · ${common("asOf")} ${formatDate(lang, r.asOf)}`,
  ];
  const [years, reported] = layout.tables;
  if (years) out.push(renderReportTable(years, r, face));
  const g = r.growthToClose;
  const closes =
    g.status === "solved"
      ? pct(g.growth)
      : g.status === "closed"
        ? w("closed")
        : g.status === "unreachable"
          ? w("unreachable", { high: formatNumber(lang, g.high * 100, 0) })
          : w("noProjection");
  out.push(heading(w("summary")));
  const parts = r.shortfallParts;
  out.push(
    table(
      [w("value"), ""],
      [
        [w("due"), usd(r.totals.commitmentsDue)],
        [w("financing"), usd(r.totals.financing)],
        [w("burn"), usd(r.totals.cumulativeBurn)],
        [w("netBurn"), usd(r.totals.netBurn)],
        [
          w("shortfall"),
          `${usd(r.shortfall)} ${
            parts
              ? w("shortfallFormula", {
                  year: formatYear(lang, parts.year),
                  burn: usd(parts.netBurn),
                  financing: usd(parts.financing),
                  cash: known ? usd(parts.startingCash) : `${usd(0)} (${w("fromZeroCash")})`,
                })
              : w("shortfallNone")
          }`,
        ],
        [
          w("runway"),
          r.runway === "unknown"
            ? [
                w("runwayUnknown"),
                ...laterCash(r).map((c) => w("cashLater", { ...c, value: usd(c.value) })),
              ].join(sep)
            : r.runsOut === null
              ? w("lasts")
              : runwayMonth(r.runsOut),
        ],
        [w("growthToClose"), closes],
      ],
    ),
  );
  out.push(heading(w("assumptions")));
  const cited = (p: FundingReport["costRatio"], show: (v: number) => string) =>
    p
      ? `${show(p.value)}${p.estimate ? " *" : ""} (${p.overridden ? "--growth" : p.id}: ${p.sources.join(", ")})`
      : "—";
  out.push(
    table(
      [w("value"), ""],
      [
        [w("growth"), r.growth ? cited(r.growth, pct) : w("flat")],
        [w("costRatio"), cited(r.costRatio, (v) => formatNumber(lang, v, 2))],
        [w("horizon"), cited(r.commitmentYears, (v) => formatNumber(lang, v, 0))],
        [
          w("startingCash"),
          r.startingCashSource
            ? w("startingCashFrom", {
                value: usd(r.startingCash),
                period: r.startingCashSource.period,
                sources: r.startingCashSource.sources.join(", "),
              })
            : w("cashUnknown"),
        ],
      ],
    ),
  );
  if (reported && r.reported.length > 0) out.push(renderReportTable(reported, r, face));
  if (r.reconciliation.length > 0) {
    out.push(heading(w("reconciliation")));
    out.push(
      table(
        [w("metric"), w("period"), w("reportedCol"), w("model"), w("difference"), w("why"), w("flags")],
        r.reconciliation.map((c) => [
          c.metric,
          c.period,
          usd(c.reported),
          usd(c.model),
          usd(c.difference),
          c.years
            .map(
              (y) => `${formatYear(lang, y.year)}: ${messageOrKey(lang, `cli.funding.reasons.${y.reason}`)}`,
            )
            .join(sep),
          [c.forecast ? w("forecast") : "", c.estimate ? w("estimate") : "", c.sources.join(", ")]
            .filter(Boolean)
            .join(" · "),
        ]),
      ),
    );
  }
  const placed = r.backlog.filter((c) => c.jump !== null);
  if (placed.length > 0) {
    out.push(heading(w("backlog")));
    const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
    out.push(
      table(
        [w("contract"), w("seller"), w("starts"), w("binding"), w("share"), w("jump")],
        placed.map((c) => [
          `${deal(c.deal).slice(0, 40)} ${usd(c.contract)}`,
          name(c.seller),
          c.start ?? "—",
          c.binding
            ? w("yes")
            : w("bindingNo", {
                status: label(lang, "status", c.status ?? "unreported"),
                layer: common(c.contractLayer),
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
        w("backlogFlag", {
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

type FundingKey = MessageKey extends infer K ? (K extends `cli.funding.${infer S}` ? S : never) : never;

/** The funding part of the catalogue, `cli.funding.*`, in one language. */
function words(lang: Language): (key: FundingKey, values?: MessageValues) => string {
  return (key, values) => message(lang, `cli.funding.${key}` as const, values);
}
