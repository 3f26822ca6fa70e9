/**
 * Numbers and dates for people, with Intl in the reader's language. Arabic follows the source
 * articles' press style (docs/arabic-style.md), as the command line does: Western digits, dollars in
 * words through the shared formatter ("3.2 تريليون دولار", "5 مليارات دولار"). English is en-US. The
 * end-to-end tests format the numbers they expect with these same functions.
 */
import { formatMoney } from "../../src/i18n/format.ts";

export type Lang = "en" | "ar";

export type Range = { value: number; low: number; high: number };

export function localeOf(lang: Lang): string {
  return lang === "ar" ? "ar-u-nu-latn" : "en-US";
}

// Intl puts LRM/ALM marks around Arabic numbers; the page isolates mixed text itself (dir, bdi).
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}:${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(id, format);
  }
  return format;
}

/** US dollars, compact: $3.7T, $844.9B, $68M; in Arabic in words: "3.7 تريليون دولار". */
export function formatUsd(lang: Lang, usd: number): string {
  if (lang === "ar") return formatMoney("ar", usd);
  return numberFormat(lang, "usd", {
    style: "currency",
    currency: "USD",
    notation: "compact",
    // Both bounds: a currency's own minimum (two digits) would otherwise clamp to one, "$2.0T".
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(usd);
}

/** An amount with its range when the sources disagree: "$3.7T ($3.5T – $3.9T)". */
export function formatUsdRange(lang: Lang, amount: Range): string {
  const value = formatUsd(lang, amount.value);
  if (amount.low === amount.high) return value;
  const low = formatUsd(lang, amount.low);
  const high = formatUsd(lang, amount.high);
  return low === high ? value : `${value} (${low} – ${high})`;
}

export function formatNumber(lang: Lang, n: number, digits = 1): string {
  return numberFormat(lang, `n${digits}`, { maximumFractionDigits: digits })
    .format(n)
    .replace(BIDI_MARKS, "");
}

/** A calendar year, without grouping: 2026 → "2026", "٢٠٢٦". */
export function formatYear(lang: Lang, year: number): string {
  return numberFormat(lang, "year", { useGrouping: false, maximumFractionDigits: 0 })
    .format(year)
    .replace(BIDI_MARKS, "");
}

/** A share in [0, 1] as a percentage: 0.123 → "12.3%". */
export function formatPercent(lang: Lang, share: number, digits = 1): string {
  return numberFormat(lang, `p${digits}`, { style: "percent", maximumFractionDigits: digits })
    .format(share)
    .replace(BIDI_MARKS, "");
}

/** A ratio that may be Infinity or missing (the round-trip multiplier). */
export function formatRatio(lang: Lang, x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  if (!Number.isFinite(x)) return "∞";
  return formatNumber(lang, x, digits);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO date of any precision in words: "2025" → "2025", "2025-09" → "September 2025",
 * "2025-09-22" → "September 22, 2025". Read in UTC, so the day never shifts with the time zone.
 */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  const precision = d !== undefined ? "day" : m !== undefined ? "month" : "year";
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone: "UTC",
      year: "numeric",
      ...(precision !== "year" ? { month: "long" } : {}),
      ...(precision === "day" ? { day: "numeric" } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

/** Fills `{name}` placeholders of a catalogue string. */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
