/** Numbers and tables for people: Intl per language, units and value basis always shown. */
import Table from "cli-table3";
import type { Amount } from "../core/dataset/figures.ts";
import {
  formatMoney,
  formatNum,
  formatQuantity,
  formatRange,
  formatYear as sharedYear,
} from "../i18n/format.ts";
import type { Language } from "../i18n/index.ts";
import { messageOrKey } from "../i18n/message.ts";
import type { Catalogue } from "../i18n/messages/index.ts";

/**
 * Control characters (C0 but tab and line feed, DEL, C1) written as `\u001b`-style escapes, so text from
 * a user's file (a CSV header holding `ESC ] 0 ; … BEL`, an account name) cannot retitle, recolour or
 * rewrite the terminal. Applied once, at the output boundary (processIo). JSON.stringify already
 * escapes C0; the `\u00XX` form keeps DEL and C1 valid JSON with the same value.
 */
export function escapeControl(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Dollars: "$3.7B" in English, "3.7 مليار دولار" in Arabic (the shared formatter, src/i18n/format.ts). */
export function formatUsd(lang: Language, value: number): string {
  return formatMoney(lang, value);
}

export function formatYear(lang: Language, year: number): string {
  return sharedYear(lang, year);
}

/** The label of an enum value (a status, a flow kind …) in the chosen language. */
export function label(lang: Language, group: keyof Catalogue["enum"], value: string): string {
  const key = `enum.${group}.${value}`;
  const text = messageOrKey(lang, key);
  return text === key ? value : text;
}

export function formatNumber(lang: Language, value: number, digits = 1): string {
  return formatNum(lang, value, digits);
}

/** A quantity in its unit, with its range when the sources give one: "$15B (15–50B)". */
export function formatAmount(lang: Language, amount: Amount, unit = "USD"): string {
  const one = (n: number) => formatQuantity(lang, n, unit);
  const point = one(amount.value);
  if (Math.abs(amount.high - amount.low) < 1e-9 * Math.max(1, Math.abs(amount.high))) return point;
  return `${point} (${formatRange(lang, amount.low, amount.high, unit)})`;
}

/** A plain table: no colours, so it reads the same in a terminal, a pipe and a file. */
export function table(head: string[], rows: (string | number)[][]): string {
  const t = new Table({ head, style: { head: [], border: [] } });
  for (const row of rows) t.push(row.map(String));
  return t.toString();
}

export function heading(text: string): string {
  return `\n${text}\n${"─".repeat(Math.min(80, [...text].length))}`;
}
