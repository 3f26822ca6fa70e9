/**
 * One cell of a report (core/reports/layout.ts) in a language: the unit decides the formatter, and the
 * names of records come from the face's namer (the terminal and the pages both read them from the
 * dataset). Every face formats report values through this function, so a table, a chart label and a
 * CSV read the same number the same way.
 */

import type { Cell, ColumnLayout, MessageCell, Unit } from "../core/reports/layout.ts";
import {
  formatDate,
  formatNum,
  formatPercent,
  formatQuantity,
  formatRange,
  formatYear,
  joinList,
} from "./format.ts";
import { formatFigure } from "./format-figure.ts";
import { formatPeriod } from "./format-period.ts";
import type { Lang } from "./lang.ts";
import { message, messageOrKey } from "./message.ts";

export type RecordNames = {
  entity: (id: string) => string;
  deal: (id: string) => string;
  source?: (id: string) => string;
  /** A parameter or indicator by its reference, "parameters:<id>" / "indicators:<id>". */
  record?: (ref: string) => string;
  /** A data text (a note) with the record ids it cites replaced by their names. */
  text?: (text: string) => string;
};

const UNIT_OF: Partial<Record<Unit, string>> = { usd: "USD", gw: "GW", mw: "MW", twh: "TWh" };

export function formatCell(
  lang: Lang,
  unit: Unit,
  value: Cell,
  names: RecordNames,
  options: {
    enumGroup?: string;
    range?: readonly [number, number];
    digits?: number;
    figureUnit?: string;
  } = {},
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") return formatMessageCell(lang, value, names);
  if (typeof value === "boolean") return message(lang, value ? "report.common.yes" : "report.common.no");
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "—";
    if (unit === "figure") return formatFigure(lang, value, options.figureUnit ?? "");
    return withRange(lang, unit, formatNumber(lang, unit, value, options.digits), options.range);
  }
  switch (unit) {
    case "entity":
      return eachName(lang, value, names.entity);
    case "deal":
      return names.deal(value);
    case "entities":
      return joinList(lang, value.split(" ").filter(Boolean).map(names.entity));
    case "path":
      return value
        .split(" ")
        .filter(Boolean)
        .map(names.entity)
        .join(` ${message(lang, "report.common.arrow")} `);
    case "source":
      return names.source ? names.source(value) : value;
    case "record":
      return names.record ? names.record(value) : value;
    case "date":
      return formatDate(lang, value);
    case "period":
      return formatPeriod(lang, value);
    case "enum":
      return options.enumGroup ? messageOrKey(lang, `enum.${options.enumGroup}.${value}`) : value;
    case "message":
      return eachName(lang, value, (key) => messageOrKey(lang, key));
    case "text":
      return names.text ? names.text(value) : value;
    default:
      return value;
  }
}

/**
 * An entity or message cell may hold several ids (keys) separated by spaces, listed ("Oracle, OpenAI"),
 * or a path separated by " → " (a money loop), named step by step; ids and keys hold no spaces.
 */
function eachName(lang: Lang, value: string, name: (id: string) => string): string {
  if (value.includes(" → ")) return value.split(" → ").map(name).join(" → ");
  if (!value.includes(" ")) return name(value);
  return joinList(lang, value.split(" ").filter(Boolean).map(name));
}

/** A message with values: each value formatted by its unit, except counts, which plural rules read. */
export function formatMessageCell(lang: Lang, cell: MessageCell, names: RecordNames): string {
  const values: Record<string, string | number> = {};
  for (const [name, { value, unit, figureUnit }] of Object.entries(cell.values))
    values[name] =
      unit === "count" && typeof value === "number"
        ? value
        : formatCell(lang, unit, value, names, figureUnit === undefined ? {} : { figureUnit });
  return messageOrKey(lang, cell.key, values);
}

function formatNumber(lang: Lang, unit: Unit, value: number, digits?: number): string {
  const quantity = UNIT_OF[unit];
  if (quantity) return formatQuantity(lang, value, quantity, digits);
  switch (unit) {
    case "share":
      return formatPercent(lang, value * 100, digits);
    case "ratio":
      return formatQuantity(lang, value, "ratio");
    case "count":
      return formatNum(lang, value, 0);
    case "year":
      return formatYear(lang, value);
    default:
      return formatNum(lang, value, digits);
  }
}

function withRange(
  lang: Lang,
  unit: Unit,
  shown: string,
  range: readonly [number, number] | undefined,
): string {
  const quantity = UNIT_OF[unit];
  if (!range || !quantity) return shown;
  const [low, high] = range;
  if (Math.abs(high - low) < 1e-9 * Math.max(1, Math.abs(high))) return shown;
  return `${shown} (${formatRange(lang, low, high, quantity)})`;
}

/**
 * One column's value in one row, as every face shows it: the row's unit, the range beside the value,
 * the column's digits and the message for a missing value (without the column's mark, which the
 * terminal keeps whole when it cuts a long cell).
 */
export function formatColumnValue<Row>(
  lang: Lang,
  column: ColumnLayout<Row>,
  row: Row,
  names: RecordNames,
): string {
  const value = column.value(row);
  if ((value === null || value === undefined) && column.missing) return messageOrKey(lang, column.missing);
  return formatCell(lang, column.unitOf?.(row) ?? column.unit, value, names, {
    enumGroup: column.enumGroup,
    figureUnit: column.figureUnit?.(row),
    range: column.range?.(row),
    ...(column.digits !== undefined ? { digits: column.digits } : {}),
  });
}

/** The value with the column's mark after it ("≈" for a derived figure), as a page's cell shows it. */
export function formatColumnCell<Row>(
  lang: Lang,
  column: ColumnLayout<Row>,
  row: Row,
  names: RecordNames,
): string {
  const text = formatColumnValue(lang, column, row, names);
  const mark = column.mark?.(row);
  return mark ? `${text} ${mark}` : text;
}

/** Whether a column holds numbers, which the pages align to the end and the CSV keeps as numbers. */
export function isNumericUnit(unit: Unit): boolean {
  return ![
    "entity",
    "entities",
    "path",
    "deal",
    "source",
    "record",
    "enum",
    "message",
    "typed",
    "text",
    "date",
  ].includes(unit);
}
