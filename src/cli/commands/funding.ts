/** `halqa funding ID`: an entity's funding gap per year (docs/methods/funding.md). */
import type { Basis } from "../../core/flows/expand.ts";
import { type FundingReport, fundingReport } from "../../core/funding/funding-report.ts";
import { type Language, messages } from "../../i18n/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatNumber, formatUsd, formatYear, heading, table } from "../format.ts";
import { entityNamer } from "../names.ts";

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
  const pct = (x: number) => `${formatNumber(lang, x * 100, 1)}%`;
  const name = entityNamer(dataset, lang);
  const out = [
    `${w.title({ entity: name(r.entity) })} · ${ui.basis}: ${ui[r.basis]} · ${formatYear(lang, r.fromYear)}–${formatYear(lang, r.toYear)} · ${ui.asOf} ${r.asOf}`,
  ];
  out.push(heading(w.years));
  out.push(
    table(
      [w.year, w.revenue, w.due, w.other, w.rule, w.ocf, w.financing, w.gap, w.burn, w.cash],
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
  out.push(
    table(
      [w.value, ""],
      [
        [w.due, usd(r.totals.commitmentsDue)],
        [w.financing, usd(r.totals.financing)],
        [w.burn, usd(r.totals.cumulativeBurn)],
        [w.shortfall, usd(r.shortfall)],
        [
          w.runway,
          r.runsOut === null
            ? w.lasts
            : r.startingCashKnown
              ? yearMonth(r.runsOut)
              : `${yearMonth(r.runsOut)} (${w.fromZeroCash})`,
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
        [w.startingCash, r.startingCashKnown ? usd(r.startingCash) : w.cashUnknown],
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
  if (r.cumulativeChecks.length > 0) {
    out.push(heading(w.checks));
    out.push(
      table(
        [w.period, w.reported, w.value],
        r.cumulativeChecks.map((c) => [c.period, usd(c.reported), usd(c.computed)]),
      ),
    );
  }
  return out.join("\n");
}

/** A fractional year as yyyy-mm (2027.5 → 2027-07). */
export function yearMonth(t: number): string {
  const year = Math.floor(t);
  const month = Math.min(12, Math.floor((t - year) * 12) + 1);
  return `${year}-${String(month).padStart(2, "0")}`;
}
