/**
 * The terminal face of a report: prints a report's tables (core/reports/layout.ts) as plain tables,
 * headings and cells through the one catalogue and the one cell formatter. A table wider than the
 * terminal (100 columns) first wraps its long text cells (names, notes) onto more lines, and a quantity's
 * range onto the line below it, and only then drops its optional columns, last first; `wide` keeps every column and every line whole.
 */
import type { ColumnLayout, Headline, ReportLayout, TableLayout, Unit } from "../core/reports/layout.ts";
import { formatColumnValue, formatMessageCell, type RecordNames } from "../i18n/format-cell.ts";
import type { Lang } from "../i18n/lang.ts";
import { messageOrKey } from "../i18n/message.ts";
import { heading, table } from "./format.ts";

export type TableFace = { lang: Lang; names: RecordNames; wide?: boolean; width?: number };

export function renderReportTable<Data, Row>(
  layout: TableLayout<Data, Row>,
  data: Data,
  face: TableFace,
): string {
  const rows = layout.rows(data);
  const title = heading(messageOrKey(face.lang, layout.title));
  if (rows.length === 0) return `${title}\n${layout.empty ? messageOrKey(face.lang, layout.empty) : "—"}`;
  const limit = face.width ?? 100;
  // Each cell is formatted once: fitting the table prints it several times (wraps, dropped columns).
  const texts = new Map<(typeof layout.columns)[number], string[]>();
  const formatted = (c: (typeof layout.columns)[number], r: number): string => {
    let column = texts.get(c);
    if (!column) {
      column = rows.map((row) => formatColumnValue(face.lang, c, row, face.names));
      texts.set(c, column);
    }
    return column[r] ?? "";
  };
  let columns = layout.columns;
  let wrapAt = Number.POSITIVE_INFINITY;
  let breakTyped = false;
  let printed = print(columns);
  // Wrap long text at word boundaries first: a long lender's name should not cost a number column.
  for (const width of WRAP_WIDTHS) {
    if (face.wide || widest(printed) <= limit) break;
    wrapAt = width;
    printed = print(columns);
  }
  // Then put what a reader types on two lines, the option above its key ("--set" / "openai-revenue-2024"),
  // before a column of sources is lost.
  if (!face.wide && widest(printed) > limit && columns.some((c) => c.unit === "typed")) {
    breakTyped = true;
    printed = print(columns);
  }
  // Then drop optional columns, last first, until the table fits; `--wide` keeps them all.
  while (!face.wide && widest(printed) > limit && columns.some((c) => c.optional)) {
    const drop = columns.map((c) => Boolean(c.optional)).lastIndexOf(true);
    columns = columns.filter((_, i) => i !== drop);
    printed = print(columns);
  }
  // With columns dropped, the text may wrap wider again: the widest wrap that still fits.
  if (columns.length < layout.columns.length) {
    const narrowest = wrapAt;
    for (const width of WRAP_WIDTHS.filter((w) => w > narrowest)) {
      wrapAt = width;
      const wider = print(columns);
      if (widest(wider) <= limit) {
        printed = wider;
        break;
      }
      wrapAt = narrowest;
    }
  }
  return `${title}\n${printed}`;

  /** A typed column's width once its longest cells are broken: its longest option or key. */
  function typedWidth(c: (typeof layout.columns)[number]): number {
    return Math.max(
      ...rows.map((_, r) =>
        Math.max(
          ...formatted(c, r)
            .split(" ")
            .map((w) => [...w].length),
        ),
      ),
    );
  }

  function print(shown: typeof columns): string {
    return table(
      shown.map((c) => messageOrKey(face.lang, c.label)),
      rows.map((row, r) =>
        shown.map((c) => {
          const value = c.value(row);
          const text = formatted(c, r);
          const mark = c.mark?.(row);
          const cut = face.wide || c.maxWidth === undefined ? text : shorten(text, c.maxWidth);
          const cell = mark ? `${cut} ${mark}` : cut;
          // What a reader types is never wrapped as words: whole, or at most its option above its value.
          if (unitOf(c, row) === "typed") return breakTyped ? breakOption(cell, typedWidth(c)) : cell;
          if (typeof value === "string" || isMessage(value)) return wrapWords(cell, wrapAt);
          // A quantity with its range keeps the range whole on a line of its own once text wraps.
          return c.range && [...cell].length > wrapAt ? wrapRange(cell, wrapAt) : cell;
        }),
      ),
    );
  }
}

/** A table without its title (for a table printed under a heading or a sentence that introduces it). */
export function renderTableBody<Data, Row>(
  layout: TableLayout<Data, Row>,
  data: Data,
  face: TableFace,
): string {
  const printed = renderReportTable(layout, data, face);
  // The title is a blank line, the title and its rule (heading()); an empty table keeps its message.
  return layout.rows(data).length === 0
    ? printed.split("\n").slice(-1).join("")
    : printed.split("\n").slice(3).join("\n");
}

export function renderHeadline(headline: Headline, face: TableFace): string {
  return formatMessageCell(face.lang, headline, face.names);
}

/** A whole report: its title, headline lines, then each table. */
export function renderReport<Data>(layout: ReportLayout<Data>, data: Data, face: TableFace): string {
  const out = [messageOrKey(face.lang, layout.title)];
  for (const line of layout.headlines?.(data) ?? []) out.push(renderHeadline(line, face));
  for (const t of layout.tables) out.push(renderReportTable(t, data, face));
  return out.join("\n");
}

function unitOf<Row>(column: ColumnLayout<Row>, row: Row): Unit {
  return column.unitOf?.(row) ?? column.unit;
}

function isMessage(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/**
 * "value (low – high)" with the range on the line below, and its two ends on lines of their own when
 * the range alone is still wider than `width` ("(909.1 مليون دولار –" / "مليار دولار)").
 */
function wrapRange(cell: string, width: number): string {
  const [value, ...rest] = cell.split(" (");
  if (rest.length === 0) return cell;
  const range = `(${rest.join(" (")}`;
  return `${value}\n${[...range].length > width ? range.replace(" – ", " –\n") : range}`;
}

/** "--set key" whole when it fits `width`, else the option above its key. */
function breakOption(cell: string, width: number): string {
  return [...cell].length <= width ? cell : cell.replace(" ", "\n");
}

/** The widths long text cells are wrapped to, tried in turn until the table fits. */
const WRAP_WIDTHS = [40, 32, 24, 18];

/** Text broken onto lines of at most `width` characters at spaces (a longer word keeps its line). */
export function wrapWords(text: string, width: number): string {
  if ([...text].length <= width) return text;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function widest(text: string): number {
  let max = 0;
  // Bidi isolates (U+2066–2069) around Latin names in Arabic take no column.
  for (const line of text.split("\n")) max = Math.max(max, [...line.replace(/[\u2066-\u2069]/g, "")].length);
  return max;
}

/** The text cut to `width` characters, its end replaced by "…" when it is longer. */
function shorten(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width
    ? text
    : `${chars
        .slice(0, width - 1)
        .join("")
        .trimEnd()}…`;
}
