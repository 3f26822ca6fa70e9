/**
 * Figures as the financial press writes them, for outputs that quote records whose own text uses
 * Western digits (deal titles, dates, the seed articles): one digit system per output, so Arabic uses
 * Western digits here. Dollars in words in Arabic, with the plural the number takes
 * ("4 مليارات دولار", "22.4 مليار دولار", "1.4 تريليون دولار"); GW as "جيجاوات".
 */
import type { Language } from "./index.ts";

const formats = new Map<string, Intl.NumberFormat>();

export function pressNumber(lang: Language, value: number, digits = 1): string {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === "ar" ? "ar-u-nu-latn" : "en-US", {
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/** [size, singular, plural for 3–10] */
const ARABIC_SCALES: [number, string, string][] = [
  [1e12, "تريليون", "تريليونات"],
  [1e9, "مليار", "مليارات"],
  [1e6, "مليون", "ملايين"],
];

const ENGLISH_SCALES: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
];

export function pressUsd(lang: Language, usd: number): string {
  const sign = usd < 0 ? "-" : "";
  const size = Math.abs(usd);
  if (lang === "ar") {
    const scale = ARABIC_SCALES.find(([s]) => size >= s);
    if (!scale) return `${sign}${pressNumber(lang, size, 0)} دولار`;
    const n = Number((size / scale[0]).toFixed(1));
    const word = Number.isInteger(n) && n >= 3 && n <= 10 ? scale[2] : scale[1];
    return `${sign}${pressNumber(lang, n, 1)} ${word} دولار`;
  }
  const scale = ENGLISH_SCALES.find(([s]) => size >= s);
  if (!scale) return `${sign}$${pressNumber(lang, size, 0)}`;
  return `${sign}$${pressNumber(lang, size / scale[0], 1)}${scale[1]}`;
}

/** A figure in its unit: USD in words, percent, GW, a ratio; other units after the number. */
export function pressValue(lang: Language, value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "USD":
      return pressUsd(lang, value);
    case "percent":
      return `${pressNumber(lang, value, 1)}%`;
    case "GW":
      return `${pressNumber(lang, value, 2)} ${lang === "ar" ? "جيجاوات" : "GW"}`;
    case "ratio":
      return `${pressNumber(lang, value, 2)}×`;
    default:
      return `${pressNumber(lang, value, 2)} ${unit}`;
  }
}
