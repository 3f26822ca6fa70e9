/**
 * How a report describes its tables and charts, without a word of any language: titles and column
 * headings are message keys of the one catalogue (src/i18n/messages, `report.*`), values carry a unit,
 * and the faces — the terminal's table printer, the API's JSON, the pages — format and phrase them.
 * A report module exports its builder (data in, locale-free data out) and one `ReportLayout` beside it;
 * the layout is code, not data, so it may select rows and cells with plain functions.
 */

/** The unit of a value, which decides how every face formats it. */
export type Unit =
  | "usd" // dollars: "$1.2B" / "1.2 مليار دولار"
  | "gw" // gigawatts
  | "mw" // megawatts
  | "twh" // terawatt-hours
  | "share" // a fraction 0..1 shown as a percentage
  | "ratio" // a multiple such as 1.24×
  | "count" // a whole number of things
  | "number" // any other plain number
  | "year"
  | "date" // an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
  | "period" // a reporting period ("FY2025", "2025-Q3", "2023-2028"), in words in Arabic
  | "entity" // an entity id, shown as the entity's name
  | "entities" // entity ids separated by spaces, shown as a list of names
  | "path" // entity ids separated by spaces, in payment order, shown as names joined by arrows
  | "deal" // a deal id, shown as the deal's title
  | "source" // a source id, shown as its footnote
  | "record" // a parameter, indicator or site, "parameters:<id>" / "indicators:<id>" / "sites:<id>", shown as its name
  | "figure" // a number in the data's own unit ("USD", "percent", "years" …), given beside it as `figureUnit`
  | "enum" // a value of one of the data's enumerations, shown through `enum.<group>.<value>`
  | "message" // a message key of the catalogue, shown as its message
  | "typed" // what a reader types on the command line ("--set openai-revenue-2024"): Latin, whole, never wrapped
  | "text"; // text from the data or the user, shown as it is

/** A plain value of a cell. */
export type PlainCell = string | number | boolean | null | undefined;

/**
 * A message that takes values, for unit "message" (a row label such as "Revenue needed by {entity} in
 * {year}"): each value carries its own unit, so a face formats it before the message phrases it.
 */
export type MessageCell = {
  readonly key: string;
  readonly values: Readonly<Record<string, CellValue>>;
};

/** A value with its unit (and, for unit "figure", the data's unit of the number). */
export type CellValue = { readonly value: Cell; readonly unit: Unit; readonly figureUnit?: string };

export type Cell = PlainCell | MessageCell;

export type ColumnLayout<Row> = {
  /** Stable id of the column (also the CSV header and the JSON field a face may use). */
  readonly id: string;
  /** Message key of the heading. */
  readonly label: string;
  readonly unit: Unit;
  /** The unit of this row's value when it varies by row (figures in USD, GW and percent in one column). */
  readonly unitOf?: (row: Row) => Unit;
  /** For unit "figure": the data's unit of this row's number ("USD", "percent", "years" …). */
  readonly figureUnit?: (row: Row) => string;
  /** For unit "enum": the enumeration's group, e.g. "dealType", "status". */
  readonly enumGroup?: string;
  readonly value: (row: Row) => Cell;
  /** A low–high range beside the value, when the sources give one. */
  readonly range?: (row: Row) => readonly [number, number] | undefined;
  /** The most characters the narrow terminal prints of this cell (long deal titles), cut with "…"; `--wide` prints all. */
  readonly maxWidth?: number;
  /** Whether the narrow terminal (100 columns) may drop this column; `--wide` shows all. */
  readonly optional?: boolean;
  /** Message key shown for a missing value (null) when "—" would not say why, e.g. "absent". */
  readonly missing?: string;
  /** A symbol after the value that a note explains, e.g. "≈" for a derived figure, "*" for the user's own. */
  readonly mark?: (row: Row) => string | undefined;
  /** Most fraction digits of a plain number or quantity (1 when absent), for tables whose precision is part of the finding. */
  readonly digits?: number;
};

export type TableLayout<Data, Row = unknown> = {
  readonly id: string;
  /** Message key of the table's title. */
  readonly title: string;
  readonly rows: (data: Data) => readonly Row[];
  readonly columns: readonly ColumnLayout<Row>[];
  /** Message key shown when there are no rows. */
  readonly empty?: string;
};

export type ChartKind =
  | "bar"
  | "stacked-bar"
  | "line"
  | "area"
  | "histogram"
  | "sankey"
  | "graph"
  | "scatter";

export type AxisLayout = { readonly label: string; readonly unit: Unit };

export type ChartSeries = {
  readonly id: string;
  /** Message key, or an entity id when `labelUnit` is "entity". */
  readonly label: string;
  readonly labelUnit?: "message" | "entity" | "text";
  readonly points: readonly { readonly x: Cell; readonly y: number }[];
};

export type ChartLayout<Data> = {
  readonly id: string;
  readonly kind: ChartKind;
  /** Message key of a title that states the finding. */
  readonly title: string;
  readonly x: AxisLayout;
  readonly y: AxisLayout;
  readonly series: (data: Data) => readonly ChartSeries[];
};

/** A headline line: a message key and its values, each value with the unit it is formatted in. */
export type Headline = MessageCell;

export type ReportLayout<Data> = {
  /** The analysis, e.g. "summary", "flows"; also the `report.<id>.*` namespace of its messages. */
  readonly id: string;
  /** Message key of the report's title. */
  readonly title: string;
  readonly headlines?: (data: Data) => readonly Headline[];
  // biome-ignore lint/suspicious/noExplicitAny: each table selects its own row type
  readonly tables: readonly TableLayout<Data, any>[];
  readonly charts?: readonly ChartLayout<Data>[];
};

/** Types a table's rows and columns together (so `value` sees the row type) and widens it for a layout. */
export function table<Data, Row>(layout: TableLayout<Data, Row>): TableLayout<Data, Row> {
  return layout;
}
