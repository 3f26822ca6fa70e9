/** The "share of reported revenue" part of `halqa exposure ID`, for people. */

import type { Disclosure, RevenueExposure, RevenueYear } from "../../core/exposure/revenue-exposure.ts";
import { receivedIn } from "../../core/reports/exposure-report.ts";
import { isolate } from "../../i18n/bidi.ts";
import { formatPercent } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { formatNumber, formatUsd, formatYear, heading, table } from "../format.ts";
import { entityNamer } from "../names.ts";

/** Left-to-right isolation of a Latin fragment inside Arabic text. */

export function renderRevenueShare(
  dataset: Pick<Dataset, "entities" | "sources">,
  revenue: RevenueExposure,
  lang: Language,
  limit: number,
): string[] {
  const out = [heading(message(lang, "cli.revenueShare.title"))];
  if (revenue.years.length === 0) out.push(message(lang, "cli.revenueShare.noYears"));
  else out.push(summaryTable(revenue, lang));
  for (const year of revenue.years) out.push(...renderYear(dataset, year, lang, limit));
  if (revenue.otherDisclosures.length > 0) {
    out.push(
      heading(message(lang, "cli.revenueShare.otherDisclosures")),
      disclosureTable(dataset, revenue.otherDisclosures, lang, true),
    );
  }
  return out;
}

/** One line a year: reported revenue, what the dataset holds, the investees' part and the outside rest. */
function summaryTable(revenue: RevenueExposure, lang: Language): string {
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const withShare = (amount: number, share: number) => `${formatUsd(lang, amount)} (${pct(share)})`;
  return table(
    [
      message(lang, "cli.revenueShare.period"),
      message(lang, "cli.revenueShare.reportedRevenue"),
      message(lang, "cli.revenueShare.inDataset"),
      message(lang, "cli.revenueShare.fromInvesteesShort"),
      message(lang, "cli.revenueShare.ownMoneyBackShort"),
      message(lang, "cli.revenueShare.outsideShort"),
    ],
    revenue.years.map((y) => {
      const period = periodLabel(lang, y.period);
      const received = receivedIn(y);
      const s = y.split;
      if (s === null)
        return [
          period,
          message(lang, "cli.revenueShare.unknownShort"),
          formatUsd(lang, received),
          "—",
          "—",
          "—",
        ];
      return [
        period,
        formatUsd(lang, s.revenue),
        withShare(s.inDataset.amount, s.inDataset.share),
        withShare(s.fromInvestees.amount, s.fromInvestees.share),
        withShare(y.ownMoneyBack.amount, y.ownMoneyBack.share ?? 0),
        s.excess
          ? message(lang, "cli.revenueShare.excessShort", { share: pct(s.excess.share) })
          : withShare(s.outside.amount, s.outside.share),
      ];
    }),
  );
}

function renderYear(
  dataset: Pick<Dataset, "entities" | "sources">,
  y: RevenueYear,
  lang: Language,
  limit: number,
): string[] {
  const name = entityNamer(dataset, lang);
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const period = periodLabel(lang, y.period);
  const lines = [
    "",
    y.window
      ? message(lang, "cli.revenueShare.yearHeading", {
          period,
          start: y.window.start,
          end: y.window.end,
          projected: y.projected ? message(lang, "cli.revenueShare.projected") : "",
        })
      : period,
  ];
  if (y.status === "window-unknown") return [...lines, message(lang, "cli.revenueShare.windowUnknown")];
  lines.push(
    message(lang, "cli.revenueShare.mapping", {
      parts: y.mapping
        .map((m) => `${pct(m.weight)} ${lang === "ar" ? "من" : "of"} ${formatYear(lang, m.year)}`)
        .join(lang === "ar" ? "، " : ", "),
    }),
  );
  const received = receivedIn(y);
  const tag = (r: { investee: boolean; estimate: boolean }) =>
    [
      r.investee ? message(lang, "cli.revenueShare.investee") : "",
      r.estimate ? message(lang, "cli.revenueShare.estimate") : "",
    ]
      .filter(Boolean)
      .join(lang === "ar" ? "، " : ", ");
  if (y.revenue === null || y.split === null) {
    lines.push(message(lang, "cli.revenueShare.unknown", { amount: formatUsd(lang, received) }));
    if (y.receipts.length > 0) {
      lines.push(
        table(
          [
            message(lang, "cli.revenueShare.paidBy"),
            message(lang, "cli.revenueShare.inDataset"),
            message(lang, "cli.revenueShare.shareOfRevenue"),
            "",
          ],
          y.receipts
            .slice(0, limit)
            .map((r) => [name(r.counterparty), formatUsd(lang, r.amount), "—", tag(r)]),
        ),
      );
    }
  } else {
    const s = y.split;
    lines.push(
      message(lang, "cli.revenueShare.revenueLine", {
        revenue: formatUsd(lang, s.revenue),
        sources: citeSources(dataset, y.revenue.sources, lang),
      }),
    );
    lines.push(
      table(
        [
          message(lang, "cli.revenueShare.paidBy"),
          message(lang, "cli.revenueShare.inDataset"),
          message(lang, "cli.revenueShare.shareOfRevenue"),
          "",
        ],
        [
          ...s.lines
            .slice(0, limit)
            .map((l) => [name(l.counterparty), formatUsd(lang, l.amount), pct(l.share), tag(l)]),
          [
            message(lang, "cli.revenueShare.outside"),
            formatUsd(lang, s.outside.amount),
            pct(s.outside.share),
            "",
          ],
        ],
      ),
      message(lang, "cli.revenueShare.fromInvestees", {
        amount: formatUsd(lang, s.fromInvestees.amount),
        share: pct(s.fromInvestees.share),
        from:
          s.lines
            .filter((l) => l.investee)
            .map((l) => name(l.counterparty))
            .join(lang === "ar" ? "، " : ", ") || "—",
      }),
    );
    if (y.ownMoneyBack.amount > 0) {
      const back = y.ownMoneyBack;
      lines.push(
        message(lang, "cli.revenueShare.ownMoneyBack", {
          amount: formatUsd(lang, back.amount),
          share: pct(back.share ?? 0),
        }),
      );
    }
    if (s.excess)
      lines.push(
        message(lang, "cli.revenueShare.excess", {
          amount: formatUsd(lang, s.excess.amount),
          share: pct(s.excess.share),
        }),
      );
    if (s.lines.length > 0)
      lines.push(message(lang, "cli.revenueShare.hhiFloor", { hhi: formatNumber(lang, s.hhiFloor, 3) }));
  }
  if (y.financingReceived.amount > 0) {
    lines.push(
      message(lang, "cli.revenueShare.financing", {
        amount: formatUsd(lang, y.financingReceived.amount),
        from: y.financingReceived.from.map(name).join(lang === "ar" ? "، " : ", "),
      }),
    );
  }
  if (y.disclosures.length > 0)
    lines.push(
      message(lang, "cli.revenueShare.disclosed"),
      disclosureTable(dataset, y.disclosures, lang, false),
    );
  return lines;
}

function disclosureTable(
  dataset: Pick<Dataset, "entities" | "sources">,
  list: readonly Disclosure[],
  lang: Language,
  withPeriod: boolean,
): string {
  const name = entityNamer(dataset, lang);
  return table(
    [
      ...(withPeriod ? [message(lang, "cli.revenueShare.period")] : []),
      message(lang, "cli.entity"),
      message(lang, "cli.revenueShare.shareOfRevenue"),
      message(lang, "cli.revenueShare.sources"),
    ],
    list.map((d) => [
      ...(withPeriod ? [periodLabel(lang, d.period)] : []),
      d.counterparty
        ? name(d.counterparty)
        : message(lang, "cli.revenueShare.anonymous", { label: isolate(lang, d.label ?? "—") }),
      `${formatPercent(lang, d.share * 100)}`,
      citeSources(dataset, d.sources, lang),
    ]),
  );
}

function periodLabel(lang: Language, period: string): string {
  const fiscal = /^FY(\d{4})$/.exec(period);
  if (fiscal)
    return message(lang, "cli.revenueShare.fiscalYear", { year: formatYear(lang, Number(fiscal[1])) });
  return /^\d{4}$/.test(period) ? formatYear(lang, Number(period)) : period;
}

/** Sources as "publisher (date)", deduplicated; a Latin publisher isolated inside Arabic text. */
function citeSources(dataset: Pick<Dataset, "sources">, ids: readonly string[], lang: Language): string {
  const byId = new Map((dataset.sources ?? []).map((s) => [s.id, s]));
  const cited = ids.map((id) => {
    const s = byId.get(id);
    return isolate(lang, s ? `${s.publisher}${s.date ? ` ${s.date}` : ""}` : id);
  });
  return [...new Set(cited)].join(lang === "ar" ? "؛ " : "; ");
}
