/**
 * Counted nouns: a count with its noun in the form the number takes ("صفقة واحدة", "صفقتان",
 * "5 صفقات", "98 صفقةً", "100 صفقة"; "1 deal", "98 deals"), from the catalogue's ICU plural messages
 * `report.common.count.<noun>` (CLDR plural rules; see docs/arabic-style.md).
 */
import type { Lang } from "./lang.ts";
import { message } from "./message.ts";
import type { commonEn } from "./messages/common.en.ts";

export type NounKey = keyof typeof commonEn.count;

export function countNoun(lang: Lang, n: number, noun: NounKey): string {
  return message(lang, `report.common.count.${noun}`, { count: n });
}
