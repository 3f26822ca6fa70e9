/** The "share of reported revenue" part of `halqa exposure ID`, for people. */

import type { RevenueYear } from "../../core/exposure/revenue-exposure.ts";
import type { ExposureReport } from "../../core/reports/exposure-report.ts";
import {
  EXPOSURE_REVENUE_TABLE,
  EXPOSURE_YEAR_RECEIPTS_TABLE,
  exposureDisclosuresTable,
  receivedIn,
  yearReceiptRows,
} from "../../core/reports/exposure-revenue-layout.ts";
import { isolate } from "../../i18n/bidi.ts";
import { formatDate, formatPercent, joinProse } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { dataText } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { formatNumber, formatUsd, formatYear, heading } from "../format.ts";
import { entityNamer } from "../names.ts";
import { renderReportTable, renderTableBody, type TableFace } from "../report-table.ts";

/** Left-to-right isolation of a Latin fragment inside Arabic text. */

export function renderRevenueShare(
  dataset: Pick<Dataset, "entities" | "sources">,
  exposure: ExposureReport,
  face: TableFace,
  limit: number,
): string[] {
  const { lang } = face;
  const { revenue } = exposure;
  const out: string[] = [];
  // One line a year: reported revenue, what the dataset holds, the investees' part and the outside rest.
  if (revenue.years.length === 0)
    out.push(heading(message(lang, "cli.revenueShare.title")), message(lang, "cli.revenueShare.noYears"));
  else out.push(renderReportTable(EXPOSURE_REVENUE_TABLE, exposure, face));
  // The table's "of which not binding" column may be dropped to fit the terminal: the line says it anyway.
  const promised = revenue.years.filter((y) => y.notBinding.amount > 0);
  if (promised.length > 0)
    out.push(
      message(lang, "cli.revenueShare.notBindingYears", {
        years: joinProse(
          lang,
          promised.map((y) =>
            message(lang, "cli.revenueShare.notBindingYear", {
              amount: formatUsd(lang, y.notBinding.amount),
              period: periodLabel(lang, y.period),
            }),
          ),
        ),
      }),
    );
  for (const year of revenue.years) out.push(...renderYear(dataset, year, face, limit));
  if (revenue.otherDisclosures.length > 0) {
    out.push(
      heading(message(lang, "cli.revenueShare.otherDisclosures")),
      renderTableBody(exposureDisclosuresTable(true), revenue.otherDisclosures, face),
    );
  }
  return out;
}

function renderYear(
  dataset: Pick<Dataset, "entities" | "sources">,
  y: RevenueYear,
  face: TableFace,
  limit: number,
): string[] {
  const { lang } = face;
  const name = entityNamer(dataset, lang);
  const pct = (x: number) => `${formatPercent(lang, x * 100)}`;
  const period = periodLabel(lang, y.period);
  const lines = [
    "",
    y.window
      ? message(lang, "cli.revenueShare.yearHeading", {
          period,
          start: formatDate(lang, y.window.start),
          end: formatDate(lang, y.window.end),
          projected: y.projected ? message(lang, "cli.revenueShare.projected") : "",
        })
      : period,
  ];
  if (y.status === "window-unknown") return [...lines, message(lang, "cli.revenueShare.windowUnknown")];
  lines.push(
    message(lang, "cli.revenueShare.mapping", {
      // Joined as prose: "91.8% of 2021 and 8.2% of 2022", "91.8% من 2021 و8.2% من 2022".
      parts: joinProse(
        lang,
        y.mapping.map((m) => `${pct(m.weight)} ${lang === "ar" ? "من" : "of"} ${formatYear(lang, m.year)}`),
      ),
    }),
  );
  const received = receivedIn(y);
  const receipts = () => renderTableBody(EXPOSURE_YEAR_RECEIPTS_TABLE, yearReceiptRows(y, limit), face);
  if (y.revenue === null || y.split === null) {
    lines.push(message(lang, "cli.revenueShare.unknown", { amount: formatUsd(lang, received) }));
    if (y.receipts.length > 0) {
      lines.push(receipts());
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
      receipts(),
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
  if (y.notBinding.amount > 0)
    lines.push(
      message(lang, "cli.revenueShare.notBinding", {
        amount: formatUsd(lang, y.notBinding.amount),
        deals: joinProse(lang, y.notBinding.deals.map(face.names.deal)),
      }),
    );
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
      renderTableBody(exposureDisclosuresTable(false), y.disclosures, face),
    );
  return lines;
}

function periodLabel(lang: Language, period: string): string {
  const fiscal = /^FY(\d{4})$/.exec(period);
  if (fiscal)
    return message(lang, "cli.revenueShare.fiscalYear", { year: formatYear(lang, Number(fiscal[1])) });
  return /^\d{4}$/.test(period) ? formatYear(lang, Number(period)) : period;
}

/** Sources as "publisher (date)", deduplicated; a Latin publisher isolated inside Arabic text. */
function citeSources(
  dataset: Pick<Dataset, "sources" | "translations">,
  ids: readonly string[],
  lang: Language,
): string {
  const byId = new Map((dataset.sources ?? []).map((s) => [s.id, s]));
  const outlet = dataText(dataset, lang);
  const cited = ids.map((id) => {
    const s = byId.get(id);
    return isolate(lang, s ? `${outlet(s.publisher)}${s.date ? ` ${s.date}` : ""}` : id);
  });
  return [...new Set(cited)].join(lang === "ar" ? "؛ " : "; ");
}
