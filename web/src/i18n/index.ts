/**
 * The language of the page. Every word comes from the one catalogue (src/i18n/messages, keys `web.*`
 * for the pages' own words), the record-kind labels are the command line's (deal types, statuses,
 * entity kinds), and the formatters are the shared ones bound to the language. Components read it
 * with `useI18n()`.
 */

import { type Digits, joinList, setDigits } from "@i18n/format.ts";
import { directionOf, type Lang } from "@i18n/lang.ts";
import { hasMessage, type MessageValues, message } from "@i18n/message.ts";
import type { MessageKey } from "@i18n/messages/index.ts";
import { outputDigits } from "@i18n/output-digits.ts";
import { createContext, useContext } from "react";
import {
  formatCompact,
  formatDate,
  formatNumber,
  formatPercent,
  formatRatio,
  formatUsd,
  formatUsdRange,
  formatYear,
  type Range,
} from "../format.ts";

export type I18n = {
  lang: Lang;
  /** The digits every number is written in (Arabic pages only; English is always Western). */
  digits: Digits;
  dir: "rtl" | "ltr";
  /** A message of the catalogue in the page's language: `m("web.nav.overview")`, `m("web.app.asOf", { date })`. */
  m: (key: MessageKey, values?: MessageValues) => string;
  /** As `m`, for a key built from data (an enumeration's value): a key the catalogue lacks reads as `fallback`. */
  mOr: (key: string, fallback: string, values?: MessageValues) => string;
  /** Items joined with the language's comma: "a, b", "أ، ب". */
  list: (items: readonly string[]) => string;
  /** Labels of the data's enumerations (deal type, status, entity kind …), as the CLI prints them. */
  label: (group: "dealType" | "status" | "entityKind" | "flowKind", key: string) => string;
  usd: (n: number) => string;
  usdRange: (a: Range) => string;
  number: (n: number, digits?: number) => string;
  /** A large count in short scale words: "160M", "160 مليون". */
  compact: (n: number, digits?: number) => string;
  percent: (share: number, digits?: number) => string;
  ratio: (x: number | null | undefined, digits?: number) => string;
  date: (iso: string) => string;
  year: (year: number) => string;
};

/**
 * The page's language and digits, bound to the shared formatters. The digit system is the shared
 * formatter's one setting per output (as the CLI's --digits): set here, once per render of the page.
 */
export function makeI18n(lang: Lang, digits: Digits = "latn"): I18n {
  const used: Digits = lang === "ar" ? digits : "latn";
  setDigits(used);
  const inDigits = (text: string) => (used === "arab" ? outputDigits(text, "arab") : text);
  return {
    lang,
    digits: used,
    dir: directionOf(lang),
    // Under Arabic-Indic digits, the numbers a message itself writes ("31 ديسمبر", "10%") follow them too,
    // as the CLI's output does (src/i18n/output-digits.ts).
    m: (key, values) => inDigits(message(lang, key, values)),
    mOr: (key, fallback, values) => (hasMessage(lang, key) ? inDigits(message(lang, key, values)) : fallback),
    list: (items) => joinList(lang, items),
    label: (group, key) => {
      const id = `enum.${group}.${key}`;
      return hasMessage(lang, id) ? message(lang, id) : key;
    },
    usd: (n) => formatUsd(lang, n),
    usdRange: (a) => formatUsdRange(lang, a),
    number: (n, digits) => formatNumber(lang, n, digits),
    compact: (n, digits) => formatCompact(lang, n, digits),
    percent: (share, digits) => formatPercent(lang, share, digits),
    ratio: (x, digits) => formatRatio(lang, x, digits),
    date: (iso) => formatDate(lang, iso),
    year: (y) => formatYear(lang, y),
  };
}

export const I18nContext = createContext<I18n>(makeI18n("en"));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
