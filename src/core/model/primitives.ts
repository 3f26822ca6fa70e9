/**
 * The building blocks of halqa's model: ids, dates, names in two languages, units. These are the
 * types of records after a file has been checked (src/schema checks files against them).
 */

/** A record id: kebab-case, at most 120 characters (checked by src/schema). */
export type Id = string;

/** An ISO 8601 calendar date at year, month or day precision: "2025", "2025-09", "2025-09-22". */
export type IsoDate = string;

/** A name or title in both languages; the Arabic one contains Arabic script. */
export type Localized = { en: string; ar: string };

export type Confidence = "high" | "medium" | "low";

/** The language a source is written in. */
export type SourceLanguage = "ar" | "en" | "fr" | "de" | "zh" | "ja" | "ko" | "other";

/** Units a quantity can be given in. Money is always whole US dollars, never billions. */
export type Unit =
  | "USD"
  | "GW"
  | "MW"
  | "MWh"
  | "TWh"
  | "shares"
  | "percent"
  | "percent-change"
  | "ratio"
  | "GPUs"
  | "units"
  | "wafers-per-month"
  | "years"
  | "months"
  | "count"
  | "USD-per-GW"
  | "USD-per-MWh"
  | "USD-per-share"
  | "GPUs-per-GW"
  | "homes-per-GW"
  | "basis-points";
