/**
 * Figures as the financial press writes them, for outputs that quote records whose own text uses
 * Western digits (deal titles, dates, the seed articles): one digit system per output, so Arabic uses
 * Western digits here. Dollars in words in Arabic, with the plural the number takes
 * ("4 مليارات دولار", "22.4 مليار دولار", "1.4 تريليون دولار"); GW as "جيجاوات".
 */
import { formatMoney, formatNum, formatQuantity } from "./format.ts";
import type { Lang as Language } from "./lang.ts";

/** A number in the run's digit system (Western by default in Arabic, as the press writes). */
export function pressNumber(lang: Language, value: number, digits = 1): string {
  return formatNum(lang, value, digits);
}

const ENGLISH_SCALES: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
];

export function pressUsd(lang: Language, usd: number): string {
  const sign = usd < 0 ? "-" : "";
  const size = Math.abs(usd);
  if (lang === "ar") return formatMoney(lang, usd);
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
      return formatQuantity(lang, value, unit, 1);
    default:
      return formatQuantity(lang, value, unit, 2);
  }
}
