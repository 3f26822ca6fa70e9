/**
 * A reporting period from the data ("FY2025", "2025-Q3", "FY2026-Q2", "2025-H1", "2023-2028", an ISO
 * date) as the Arabic press writes it: "السنة المالية 2025", "الربع الثالث 2025", "2023–2028",
 * "سبتمبر 2025". English keeps the data's own spelling, which analysts search for. The one period
 * formatter of the terminal and the pages (a layout column's unit "period", format-cell.ts).
 */
import { formatDate, formatYear } from "./format.ts";
import type { Lang } from "./lang.ts";
import { message } from "./message.ts";

export function formatPeriod(lang: Lang, period: string): string {
  if (lang !== "ar") return period;
  const year = (y: string | undefined) => formatYear(lang, Number(y));
  const fiscal = /^FY(\d{4})$/.exec(period);
  if (fiscal) return message(lang, "report.common.period.fiscalYear", { year: year(fiscal[1]) });
  const quarter = /^(FY)?(\d{4})-Q([1-4])$/.exec(period);
  if (quarter)
    return message(lang, quarter[1] ? "report.common.period.fiscalQuarter" : "report.common.period.quarter", {
      year: year(quarter[2]),
      quarter: quarter[3] ?? "",
    });
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return message(lang, "report.common.period.half", { year: year(half[1]), half: half[2] ?? "" });
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  if (span) return `${year(span[1])}–${year(span[2])}`;
  return formatDate(lang, period);
}
