/**
 * The one formatter for what halqa prints: numbers, dollars, units, percentages and dates, in English
 * and in Arabic as the Arabic financial press writes them (docs/arabic-style.md). Counted nouns are
 * ICU plural messages (count.ts).
 * Arabic uses Western digits by default, as the seed articles do; `--digits arab` (HALQA_DIGITS)
 * switches every number of an output to Arabic-Indic digits at once, so one output never mixes both.
 */
import { EXISTING_ISOLATE } from "./bidi.ts";
import type { Lang as Language } from "./lang.ts";

export const DIGIT_SYSTEMS = ["latn", "arab"] as const;
export type Digits = (typeof DIGIT_SYSTEMS)[number];

// The digit system is a setting of the whole run (one per output), set once by the CLI shell before a
// command runs; threading it through every formatter call of every command would touch them all.
let digitSystem: Digits = "latn";

export function setDigits(digits: Digits): void {
  digitSystem = digits;
}

export function currentDigits(): Digits {
  return digitSystem;
}

/** The Intl locale of numbers: Arabic with the chosen digits; English as en-US. */
export function numberLocale(lang: Language): string {
  return lang === "ar" ? `ar-u-nu-${digitSystem}` : "en-US";
}

// Intl puts LRM/ALM marks before Arabic numbers; in a terminal they are noise (and a hazard in copy-paste).
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${numberLocale(lang)}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(lang), options);
    cache.set(key, format);
  }
  return format;
}

export function formatNum(lang: Language, value: number, maxFractionDigits = 1, grouping = true): string {
  return numberFormat(lang, { maximumFractionDigits: maxFractionDigits, useGrouping: grouping })
    .format(value)
    .replace(BIDI_MARKS, "");
}

/** A year or other label-like integer: no thousands separator ("2026"). */
export function formatYear(lang: Language, year: number): string {
  return formatNum(lang, year, 0, false);
}

/** [size, singular, dual, plural for 3–10] */
const ARABIC_SCALES: [number, string, string, string][] = [
  [1e12, "تريليون", "تريليوني", "تريليونات"],
  [1e9, "مليار", "ملياري", "مليارات"],
  [1e6, "مليون", "مليوني", "ملايين"],
];

/**
 * The largest scale the amount reaches, and the amount in it to one decimal: 950 billion stays
 * "950 مليار", and 999.96 billion, which rounds to 1,000, moves up to "تريليون".
 */
function arabicScale(size: number): [number, (typeof ARABIC_SCALES)[number]] | undefined {
  let index = ARABIC_SCALES.findIndex(([scale]) => size >= scale);
  if (index < 0) return undefined;
  const inScale = (i: number) => Math.round((size / (ARABIC_SCALES[i]?.[0] ?? 1)) * 10) / 10;
  if (inScale(index) >= 1000 && index > 0) index -= 1;
  return [inScale(index), ARABIC_SCALES[index] as (typeof ARABIC_SCALES)[number]];
}

/** Whole numbers ending in 3–10 (3–10, 103–110, 1,005 …) take the plural scale word: "105 مليارات". */
function takesPlural(n: number): boolean {
  return Number.isInteger(n) && n % 100 >= 3 && n % 100 <= 10;
}

/**
 * Dollars in words, the scale word agreeing with the number: "مليار دولار", "ملياري دولار",
 * "5 مليارات دولار", "22.4 مليار دولار", "3.7 تريليون دولار"; English "$3.7T".
 */
export function formatMoney(lang: Language, usd: number): string {
  if (lang !== "ar") {
    return numberFormat(lang, {
      style: "currency",
      currency: "USD",
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(usd);
  }
  const sign = usd < 0 ? "-" : "";
  const size = Math.abs(usd);
  const picked = arabicScale(size);
  if (picked) {
    const [n, [, singular, dual, plural]] = picked;
    if (n === 1) return `${sign}${singular} دولار`;
    if (n === 2) return `${sign}${dual} دولار`;
    return `${sign}${formatNum(lang, n, 1)} ${takesPlural(n) ? plural : singular} دولار`;
  }
  return `${sign}${formatNum(lang, size, 0)} دولار`;
}

/**
 * A range as the Arabic press writes it, the scale and unit once: "3–3.4 تريليون دولار",
 * "50.3–53.3 جيجاوات"; when the ends need different scales, both in full
 * ("900 مليار دولار – 1.2 تريليون دولار"). English keeps both ends in full ("$3T – $3.4T").
 */
export function formatRange(lang: Language, low: number, high: number, unit: string): string {
  if (lang === "ar" && unit === "USD" && low >= 0) {
    const picked = arabicScale(high);
    const scale = picked?.[1];
    const lowScaled = scale ? Math.round((low / scale[0]) * 10) / 10 : 0;
    if (picked && scale && lowScaled >= 1) {
      const highScaled = picked[0];
      const word = takesPlural(highScaled) ? scale[3] : scale[1];
      return `${formatNum(lang, lowScaled, 1)}–${formatNum(lang, highScaled, 1)} ${word} دولار`;
    }
  }
  if (lang === "ar" && unit !== "USD" && ARABIC_UNITS[unit]) {
    return `${formatNum(lang, low, 1)}–${formatNum(lang, high, 1)} ${unitName(lang, unit)}`;
  }
  return `${formatQuantity(lang, low, unit)} – ${formatQuantity(lang, high, unit)}`;
}

/** Arabic names of the dataset's units (src/schema/primitives.ts `Unit`), as the Gulf press writes them. */
const ARABIC_UNITS: Record<string, string> = {
  USD: "دولار",
  GW: "جيجاوات",
  MW: "ميجاوات",
  TWh: "تيراوات ساعة",
  MWh: "ميجاوات ساعة",
  GWh: "جيجاوات ساعة",
  shares: "سهم",
  GPUs: "وحدة معالجة رسومية",
  units: "وحدة",
  "wafers-per-month": "رقاقة شهريًا",
  years: "سنة",
  months: "شهر",
  count: "",
  "USD-per-GW": "دولار لكل جيجاوات",
  "USD-per-MWh": "دولار لكل ميجاوات ساعة",
  "USD-per-share": "دولار للسهم",
  "GPUs-per-GW": "وحدة معالجة رسومية لكل جيجاوات",
  "homes-per-GW": "منزل لكل جيجاوات",
  "basis-points": "نقطة أساس",
};

/** Dollar rates whose number is money: "25 مليار دولار لكل جيجاوات", "$25B/GW". */
const PER_UNIT_MONEY: Record<string, [string, string]> = {
  "USD-per-GW": ["لكل جيجاوات", "/GW"],
  "USD-per-MWh": ["لكل ميجاوات ساعة", "/MWh"],
  "USD-per-share": ["للسهم", "/share"],
};

/**
 * English words for the dataset's compound unit codes: a code such as "homes-per-GW" is an id, and no
 * id is shown as a label (docs/arabic-style.md holds the same rule for Arabic).
 */
const ENGLISH_UNITS: Record<string, string> = {
  "wafers-per-month": "wafers a month",
  "GPUs-per-GW": "GPUs per GW",
  "homes-per-GW": "homes per GW",
  "basis-points": "bp",
  count: "",
};

/** The unit's word in the language: "جيجاوات" for GW in Arabic; English keeps the symbol. */
export function unitName(lang: Language, unit: string): string {
  return lang === "ar" ? (ARABIC_UNITS[unit] ?? unit) : (ENGLISH_UNITS[unit] ?? unit);
}

/** The unit a whole table is in, for its heading line: "بالدولار" / "USD". */
export function unitHeading(lang: Language, unit: string): string {
  if (lang !== "ar") return unit;
  return unit === "USD" ? "بالدولار" : `بال${unitName(lang, unit)}`;
}

/** "%" with Western digits, "٪" with Arabic-Indic ones (docs/arabic-style.md). */
export function percentSign(lang: Language = "ar"): string {
  return lang === "ar" && digitSystem === "arab" ? "٪" : "%";
}

export function formatPercent(lang: Language, value: number, maxFractionDigits = 1): string {
  return `${formatNum(lang, value, maxFractionDigits)}${percentSign(lang)}`;
}

/**
 * A share in [0, 1] as a percentage, rounded as Intl rounds the exact share (0.3421 → "34.2%",
 * "٣٤٫٢٪" under Arabic-Indic digits): the pages' percentages.
 */
export function formatShare(lang: Language, share: number, maxFractionDigits = 1): string {
  return numberFormat(lang, { style: "percent", maximumFractionDigits: maxFractionDigits })
    .format(share)
    .replace(BIDI_MARKS, "");
}

/** A large count in short scale words: "160M" in English, "160 مليون" in Arabic (the run's digits). */
export function formatCompact(lang: Language, value: number, maxFractionDigits = 1): string {
  return numberFormat(lang, { notation: "compact", maximumFractionDigits: maxFractionDigits })
    .format(value)
    .replace(BIDI_MARKS, "");
}

/**
 * A multiple: "1.55×" in English; in Arabic the number and the word the press writes for a multiple
 * ("1.55 مرة", "3 مرات", as in "مكرر ربحية 15 مرة"), never a "×" sign, which the bidi algorithm moves to
 * the number's other side in a right-to-left line ("×1.55"). Whole numbers ending in 3–10 take the
 * plural, as the counted-noun rule says (docs/arabic-style.md, Multiples).
 */
export function formatTimes(lang: Language, value: number, maxFractionDigits = 2): string {
  const number = formatNum(lang, value, maxFractionDigits);
  if (lang !== "ar") return `${number}×`;
  const shown = Math.abs(Number(value.toFixed(maxFractionDigits)));
  // Once and twice are words, not a digit and a noun: "مرة واحدة", "مرتان" (docs/arabic-style.md).
  if (shown === 1) return value < 0 ? `${formatNum(lang, -1, 0)} مرة` : "مرة واحدة";
  if (shown === 2) return value < 0 ? `${formatNum(lang, -2, 0)} مرة` : "مرتان";
  return `${number} ${takesPlural(shown) ? "مرات" : "مرة"}`;
}

/** A quantity in its unit: dollars in words, percent, a ratio, GW as "جيجاوات" in Arabic. */
export function formatQuantity(lang: Language, value: number, unit: string, maxFractionDigits = 1): string {
  switch (unit) {
    case "USD":
      return formatMoney(lang, value);
    case "percent":
    case "percent-change":
      return formatPercent(lang, value, maxFractionDigits);
    case "ratio":
      return formatTimes(lang, value);
    default: {
      const perUnit = PER_UNIT_MONEY[unit];
      if (perUnit && lang === "ar" && Math.abs(value) >= 1e6)
        return `${formatMoney(lang, value)} ${perUnit[0]}`;
      // English writes a dollar rate as money over the unit ("$80.6/MWh", "$25B/GW"), never the code.
      if (perUnit && lang !== "ar") return `${formatMoney(lang, value)}${perUnit[1]}`;
      const name = unitName(lang, unit);
      return name
        ? `${formatNum(lang, value, maxFractionDigits)} ${name}`
        : formatNum(lang, value, maxFractionDigits);
    }
  }
}

const ARABIC_MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
];

/**
 * An ISO date (yyyy, yyyy-mm or yyyy-mm-dd) as the press writes it: "5 ديسمبر 2026" in Arabic.
 * English keeps ISO, which analysts sort and search. Anything else is returned as it is.
 */
export function formatDate(lang: Language, iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (lang !== "ar" || !match) return iso;
  const [, year, month, day] = match;
  const y = formatYear(lang, Number(year));
  const m = month ? ARABIC_MONTHS[Number(month) - 1] : undefined;
  if (!m) return y;
  return day ? `${formatNum(lang, Number(day), 0)} ${m} ${y}` : `${m} ${y}`;
}

const longDates = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO date in words, at the precision the data gives, for prose and page labels: "September 2025",
 * "September 22, 2025" in English (read in UTC, so the day never shifts with the time zone); Arabic as
 * formatDate writes it ("22 سبتمبر 2025").
 */
export function formatDateLong(lang: Language, iso: string): string {
  if (lang === "ar") return formatDate(lang, iso);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const precision = d ? "day" : m ? "month" : "year";
  let format = longDates.get(precision);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      year: "numeric",
      ...(precision !== "year" ? { month: "long" } : {}),
      ...(precision === "day" ? { day: "numeric" } : {}),
    });
    longDates.set(precision, format);
  }
  return format.format(new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1))));
}

/**
 * Text written in core with Western digits (the stress account) in the run's digit system: under
 * `--digits arab` every Western number becomes Arabic-Indic ("34.4" → "٣٤٫٤"); isolated Latin
 * fragments keep theirs. Otherwise the text is returned as it is.
 */
export function inRunDigits(lang: Language, text: string): string {
  if (lang !== "ar" || digitSystem !== "arab") return text;
  return text
    .split(EXISTING_ISOLATE)
    .map((part) =>
      /^[\u2066-\u2068]/.test(part)
        ? part
        : part.replace(/\d+(?:[.,]\d+)*/g, (number) =>
            number
              .replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))
              .replace(/\./g, "\u066b")
              .replace(/,/g, "\u066c"),
          ),
    )
    .join("");
}

/** The language's list comma with its space: ", " or "، ". */
export function listSeparator(lang: Language): string {
  return lang === "ar" ? "، " : ", ";
}

/**
 * Items as a sentence names them: the last joined by "and" — "A, B and C"; in Arabic "أ، ب وج" (the
 * "و" joined to the word, as the press writes it; docs/arabic-style.md, Lists).
 */
export function joinProse(lang: Language, items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  const head = items.slice(0, -1).join(listSeparator(lang));
  const last = items[items.length - 1] as string;
  return lang === "ar" ? `${head} و${last}` : `${head} and ${last}`;
}

/** Items joined with the language's comma: "، " in Arabic. */
export function joinList(lang: Language, items: readonly string[]): string {
  return items.join(listSeparator(lang));
}
