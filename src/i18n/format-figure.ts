/**
 * A number in the data's own unit ("USD", "percent", "years", "USD-per-GW" …), as the money commands
 * (economics, tracker, market) print it: dollars compact, percents as given, counts compact, lengths of
 * time with their word, any other unit by its name with two decimals at most.
 */
import { formatMoney, formatNum, formatQuantity, numberLocale } from "./format.ts";
import type { Lang } from "./lang.ts";
import { message } from "./message.ts";

export function formatFigure(lang: Lang, value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "USD":
      return formatMoney(lang, value);
    case "percent":
    case "percent-change":
    case "ratio":
      return formatQuantity(lang, value, unit);
    case "count":
      return new Intl.NumberFormat(numberLocale(lang), { notation: "compact", maximumFractionDigits: 2 })
        .format(value)
        .replace(/[\u200e\u200f\u061c]/g, "");
    case "years":
      return `${formatNum(lang, value, 1)} ${message(lang, "cli.moneyCommands.units.years")}`;
    case "months":
      return `${formatNum(lang, value, 1)} ${message(lang, "cli.moneyCommands.units.months")}`;
    default:
      return formatQuantity(lang, value, unit, 2);
  }
}
