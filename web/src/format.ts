/**
 * The page's numbers and dates: a binding of the one formatter (src/i18n/format.ts) under the names the
 * components use. Arabic follows the press style of docs/arabic-style.md, as the command line does
 * (dollars in words, Western digits unless the run asks for Arabic-Indic ones). The end-to-end tests
 * format the numbers they expect with these same functions.
 */
import {
  formatCompact as formatCompactShared,
  formatDateLong,
  formatMoney,
  formatNum,
  formatRange,
  formatShare,
  formatYear as formatYearShared,
} from "../../src/i18n/format.ts";
import type { Lang } from "../../src/i18n/lang.ts";

export type Range = { value: number; low: number; high: number };

/** US dollars, compact: $3.7T, $844.9B, $68M; in Arabic in words: "3.7 تريليون دولار". */
export const formatUsd = formatMoney;

/** An amount with its range when the sources disagree: "$3.7T ($3.5T – $3.9T)". */
export function formatUsdRange(lang: Lang, amount: Range): string {
  const value = formatMoney(lang, amount.value);
  if (amount.low === amount.high) return value;
  const low = formatMoney(lang, amount.low);
  const high = formatMoney(lang, amount.high);
  if (low === high) return value;
  // Arabic writes the scale once, as the terminal does: "3.2 تريليون دولار (3–3.4 تريليون دولار)".
  return lang === "ar"
    ? `${value} (${formatRange(lang, amount.low, amount.high, "USD")})`
    : `${value} (${low} – ${high})`;
}

export function formatNumber(lang: Lang, n: number, digits = 1): string {
  return formatNum(lang, n, digits);
}

/** A large count in short scale words: 160e6 → "160M", "160 مليون". */
export function formatCompact(lang: Lang, n: number, digits = 1): string {
  return formatCompactShared(lang, n, digits);
}

/** A calendar year, without grouping: 2026 → "2026". */
export const formatYear = formatYearShared;

/** A share in [0, 1] as a percentage: 0.123 → "12.3%". */
export const formatPercent = formatShare;

/** A ratio that may be Infinity or missing (the round-trip multiplier). */
export function formatRatio(lang: Lang, x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  if (!Number.isFinite(x)) return "∞";
  return formatNum(lang, x, digits);
}

/** An ISO date at the precision the data gives: "2025", "September 2025", "September 22, 2025". */
export const formatDate = formatDateLong;
