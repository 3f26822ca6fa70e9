/** `halqa exposure ID` and `halqa exposure --rank`. */

import type { EntityExposure, Side } from "../../core/exposure/entity-exposure.ts";
import type { Basis } from "../../core/flows/expand.ts";
import {
  EXPOSURE_OFF_BALANCE_TABLE,
  exposureReport,
  exposureSideTable,
  RANKINGS_LAYOUT,
  rankingsReport,
} from "../../core/reports/exposure-report.ts";
import { formatDate, formatPercent, joinProse, unitHeading } from "../../i18n/format.ts";
import type { RecordNames } from "../../i18n/format-cell.ts";
import { formatPeriod } from "../../i18n/format-period.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, formatNumber, heading } from "../format.ts";
import { renderReportTable } from "../report-table.ts";
import { renderRevenueShare } from "./revenue-share.ts";

export type ExposureOptions = {
  lang: Language;
  json: boolean;
  basis: Basis;
  asOf: string;
  limit: number;
  /** One fiscal year (FY2025 or calendar 2025), or every year. */
  year?: number;
  /** Every column of the layout-printed tables, even past the terminal's 100 columns. */
  wide?: boolean;
};

const usd = (value: number) => ({ value, low: value, high: value });

export function exposureCommand(dataset: Dataset, entity: string, options: ExposureOptions, io: Io): number {
  const { basis, asOf, year } = options;
  const result = exposureReport(dataset, entity, { basis, asOf, ...(year !== undefined ? { year } : {}) });
  io.stdout(options.json ? JSON.stringify(result, null, 2) : render(dataset, result, options));
  return 0;
}

export function rankCommand(dataset: Dataset, options: ExposureOptions, io: Io): number {
  const report = rankingsReport(dataset, { basis: options.basis, asOf: options.asOf });
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  const { lang } = options;
  const face = { lang, names: recordNames(dataset, lang), wide: options.wide === true };
  const shown = { ...report, entities: report.entities.slice(0, options.limit) };
  io.stdout(
    [
      `${message(lang, "report.common.basis")}: ${messageOrKey(lang, `report.common.${options.basis}`)} · ${message(lang, "report.common.asOf")} ${formatDate(lang, options.asOf)}`,
      ...RANKINGS_LAYOUT.tables.map((t) => renderReportTable(t, shown, face)),
    ].join("\n"),
  );
  return 0;
}

function render(dataset: Dataset, e: EntityExposure, options: ExposureOptions): string {
  const { lang } = options;
  const face = { lang, names: recordNames(dataset, lang), wide: options.wide === true };
  const name = face.names.entity;
  const pct = (x: number | null) => (x === null ? "—" : `${formatPercent(lang, x * 100)}`);
  // The largest counterparties (they come largest first), through the report's table layout.
  const sideTable = (id: "customers" | "suppliers") => {
    const side: Side = e[id];
    const shown = { ...e, [id]: { ...side, counterparties: side.counterparties.slice(0, options.limit) } };
    return [
      renderReportTable(exposureSideTable(id), shown, face),
      side.hhi === null
        ? ""
        : message(lang, "cli.hhiLine", {
            hhi: formatNumber(lang, side.hhi, 3),
            points: formatNumber(lang, side.hhi * 10_000, 0),
            scale: formatNumber(lang, 10_000, 0),
            equivalent: formatNumber(lang, side.equivalentCount ?? 0, 1),
          }),
      notBindingLine(side, face),
    ];
  };
  const v = e.vendorFinancing;
  const obs = e.offBalanceSheet;
  const out = [
    `${name(e.entity)} — ${message(lang, "report.common.basis")}: ${messageOrKey(lang, `report.common.${e.basis}`)} · ${unitHeading(lang, "USD")} · ${message(lang, "report.common.asOf")} ${formatDate(lang, e.asOf)}`,
    ...renderRevenueShare(dataset, e, face, options.limit),
    ...sideTable("customers"),
    ...sideTable("suppliers"),
    heading(message(lang, "cli.fromInvestees")),
    message(lang, "cli.revenueShare.allYearsFromInvestees", {
      amount: formatAmount(lang, usd(e.revenueFromInvestees.amount)),
      from: joinProse(lang, e.revenueFromInvestees.from.map(name)) || "—",
      notBinding:
        e.revenueFromInvestees.notBinding > 0
          ? formatAmount(lang, usd(e.revenueFromInvestees.notBinding))
          : null,
    }),
    heading(message(lang, "cli.vendorFinancing")),
    message(lang, "cli.vendorFinancingLine", {
      invested: formatAmount(lang, usd(v.investmentsInCustomers)),
      revenue: v.revenue
        ? `${formatAmount(lang, usd(v.revenue.value))} (${formatPeriod(lang, v.revenue.period)}${v.revenue.annualised ? " × 4" : ""})`
        : "—",
      ratio: v.ratio === null ? "—" : pct(v.ratio),
    }),
    renderReportTable(EXPOSURE_OFF_BALANCE_TABLE, e, face),
    obs.items.length === 0
      ? ""
      : message(lang, "cli.offBalanceLine", {
          total: formatAmount(lang, usd(obs.knownTotal)),
          unpriced: formatNumber(lang, obs.unpriced, 0),
        }),
    heading(message(lang, "cli.ranking")),
    e.rank
      ? message(lang, "cli.rankLine", {
          pr: formatNumber(lang, e.rank.pageRankRank, 0),
          bc: formatNumber(lang, e.rank.betweennessRank, 0),
          circular: e.rank.circularRank === null ? "—" : formatNumber(lang, e.rank.circularRank, 0),
          share: pct(e.rank.circularShare),
          of: formatNumber(lang, e.entities, 0),
        })
      : message(lang, "cli.none"),
  ];
  return out.filter((line) => line !== "").join("\n");
}

/**
 * Under a side's HHI: how much of it rests on deals that bind nobody yet, with whom, and the HHI on the
 * binding flows alone — on the announced basis one letter of intent can make a side look concentrated.
 */
function notBindingLine(side: Side, face: { lang: Language; names: RecordNames }): string {
  const { lang } = face;
  if (side.notBinding.amount <= 0) return "";
  const who = joinProse(
    lang,
    side.counterparties
      .filter((c) => c.notBinding > 0)
      .map((c) =>
        message(lang, "cli.notBindingFrom", {
          amount: formatAmount(lang, usd(c.notBinding)),
          name: face.names.entity(c.id),
        }),
      ),
  );
  if (side.notBinding.bindingHhi === null) return message(lang, "cli.notBindingSideAll", { who });
  return message(lang, "cli.notBindingSide", {
    amount: formatAmount(lang, usd(side.notBinding.amount)),
    who,
    hhi: formatNumber(lang, side.notBinding.bindingHhi, 3),
    equivalent: formatNumber(lang, side.notBinding.bindingEquivalentCount ?? 0, 1),
  });
}
