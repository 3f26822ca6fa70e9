/**
 * The language of the page: the dashboard's own labels (en.ts, ar.ts), the record-kind labels shared
 * with the command line (src/i18n: deal types, statuses, entity kinds), and formatters bound to the
 * language. Components read it with `useI18n()`.
 */
import { type Messages, messages } from "@i18n/index.ts";
import { hasMessage, message } from "@i18n/message.ts";
import { createContext, useContext } from "react";
import {
  fill,
  formatDate,
  formatNumber,
  formatPercent,
  formatRatio,
  formatUsd,
  formatUsdRange,
  formatYear,
  type Lang,
  type Range,
} from "../format.ts";
import { ar } from "./ar.ts";
import { type Catalogue, en } from "./en.ts";

export const LANGS = ["en", "ar"] as const satisfies readonly Lang[];
export type { Lang };

export function catalogue(lang: Lang): Catalogue {
  return lang === "ar" ? ar : en;
}

export function directionOf(lang: Lang): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}

export type I18n = {
  lang: Lang;
  dir: "rtl" | "ltr";
  t: Catalogue;
  /** Labels of the data's enumerations (deal type, status, entity kind …), as the CLI prints them. */
  label: (group: "dealType" | "status" | "entityKind" | "flowKind", key: string) => string;
  /** The command line's own words (loop flags and the like), so both say the same thing. */
  cli: Messages["ui"];
  fill: typeof fill;
  usd: (n: number) => string;
  usdRange: (a: Range) => string;
  number: (n: number, digits?: number) => string;
  percent: (share: number, digits?: number) => string;
  ratio: (x: number | null | undefined, digits?: number) => string;
  date: (iso: string) => string;
  year: (year: number) => string;
};

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    dir: directionOf(lang),
    t: catalogue(lang),
    label: (group, key) => {
      const id = `enum.${group}.${key}`;
      return hasMessage(lang, id) ? message(lang, id) : key;
    },
    cli: messages(lang).ui,
    fill,
    usd: (n) => formatUsd(lang, n),
    usdRange: (a) => formatUsdRange(lang, a),
    number: (n, digits) => formatNumber(lang, n, digits),
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
