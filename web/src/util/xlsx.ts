/**
 * A workbook (Office Open XML, SpreadsheetML) from a page's tables: numbers stay numbers with a number
 * format ("$"#,##0, 0.0%), text is written inline (no shared-strings part), the first row is bold and
 * stays in view, Arabic sheets read right to left. Only what a table needs: no formulas, no dates as
 * serial numbers (the pages' dates are already written in the reader's language), no styles beyond
 * bold and number formats. Packed with the stored-entry zip writer beside it; loaded on click.
 */
import { zip } from "./zip.ts";

/** A number with its own format (a column whose unit changes from row to row). */
export type FormattedNumber = { value: number; format: string };
export type XlsxCell = string | number | boolean | null | undefined | FormattedNumber;

export type XlsxSheet = {
  name: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
  /** The number format of each column's numbers; General when absent. */
  formats?: readonly (string | undefined)[];
  /** Lines under the rows, after a blank one: the source with the as-of date, the credit. */
  notes?: readonly string[];
};

export type WorkbookOptions = { rtl?: boolean };

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** XML 1.0 cannot carry control characters other than tab and line breaks, nor U+FFFE/U+FFFF. */
function xmlCharacters(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    // A lone surrogate (a broken string) comes through for…of as one unit of 0xd800–0xdfff.
    if (!control && code !== 0xfffe && code !== 0xffff && (code < 0xd800 || code > 0xdfff)) out += char;
  }
  return out;
}

export function escapeXml(text: string): string {
  return xmlCharacters(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A title cut to a sheet name's 31 characters at a word's end, with "…" (an unclosed bracket dropped). */
function shorten(title: string): string {
  if (title.length <= 31) return title;
  const cut = title.slice(0, 30);
  const space = cut.lastIndexOf(" ");
  const words = space > 15 ? cut.slice(0, space) : cut;
  const open = words.lastIndexOf("(");
  return `${(open > 8 && !words.includes(")", open) ? words.slice(0, open) : words).trim()}…`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw, i) => {
    const base =
      shorten(
        raw
          .replace(/[:\\/?*[\]]/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      ) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` ${n}`.length)} ${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

type Styles = { xml: string; index: (format: string | undefined) => number };

/** Style 0: plain; 1: bold (the header); then one per number format used. */
function styles(formats: ReadonlySet<string>): Styles {
  const ids = new Map([...formats].map((code, i) => [code, 164 + i]));
  const numFmts = [...ids].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    ...[...ids.values()].map(
      (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    ),
  ];
  const xml = `${HEAD}<styleSheet xmlns="${MAIN}">${
    numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : ""
  }<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const order = [...ids.keys()];
  return { xml, index: (format) => (format === undefined ? 0 : 2 + order.indexOf(format)) };
}

function cellXml(
  ref: string,
  cell: XlsxCell,
  format: string | undefined,
  style: Styles,
  bold = false,
): string {
  if (cell === null || cell === undefined || cell === "") return "";
  if (typeof cell === "object") return cellXml(ref, cell.value, cell.format, style);
  if (typeof cell === "number") {
    // Infinity and NaN have no spreadsheet form: an empty cell rather than a wrong number.
    if (!Number.isFinite(cell)) return "";
    const s = style.index(format);
    return `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${cell}</v></c>`;
  }
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  const space = /^\s|\s$/.test(cell) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" t="inlineStr"${bold ? ' s="1"' : ""}><is><t${space}>${escapeXml(cell)}</t></is></c>`;
}

const lengthOf = (cell: XlsxCell) =>
  cell === null || cell === undefined ? 0 : typeof cell === "object" ? 14 : String(cell).length + 2;

function sheetXml(sheet: XlsxSheet, style: Styles, rtl: boolean): string {
  const lines: (readonly XlsxCell[])[] = [sheet.header, ...sheet.rows];
  const rows = lines.map((cells, r) => {
    const xml = cells
      .map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell, sheet.formats?.[c], style, r === 0))
      .join("");
    return `<row r="${r + 1}">${xml}</row>`;
  });
  // The notes go in the first column, under a blank row, outside the table's columns' widths.
  const notes = (sheet.notes ?? []).map((note, i) => {
    const r = lines.length + 2 + i;
    return `<row r="${r}">${cellXml(`A${r}`, note, undefined, style)}</row>`;
  });
  const count = Math.max(1, ...lines.map((cells) => cells.length));
  const widths = Array.from({ length: count }, (_, c) =>
    Math.min(60, Math.max(8, ...lines.map((cells) => lengthOf(cells[c])))),
  );
  const cols = widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`);
  const view = `<sheetView workbookViewId="0"${rtl ? ' rightToLeft="1"' : ""}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>`;
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetViews>${view}</sheetViews><cols>${cols.join("")}</cols><sheetData>${[...rows, ...notes].join("")}</sheetData></worksheet>`;
}

export function xlsx(sheets: readonly XlsxSheet[], options: WorkbookOptions = {}): Uint8Array<ArrayBuffer> {
  const formats = new Set<string>();
  for (const sheet of sheets) {
    for (const format of sheet.formats ?? []) if (format) formats.add(format);
    for (const row of sheet.rows)
      for (const cell of row) if (cell && typeof cell === "object") formats.add(cell.format);
  }
  const style = styles(formats);
  const names = sheetNames(sheets.map((s) => s.name));
  const encoder = new TextEncoder();
  const file = (name: string, text: string) => ({ name, data: encoder.encode(text) });
  const sheetFiles = sheets.map((sheet, i) =>
    file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, style, options.rtl ?? false)),
  );
  const contentTypes = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("")}</Types>`;
  const rootRels = `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr/><bookViews><workbookView${options.rtl ? ' rightToLeft="1"' : ""}/></bookViews><sheets>${names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const workbookRels = `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      "",
    )}<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`;
  return zip([
    file("[Content_Types].xml", contentTypes),
    file("_rels/.rels", rootRels),
    file("xl/workbook.xml", workbook),
    file("xl/_rels/workbook.xml.rels", workbookRels),
    file("xl/styles.xml", style.xml),
    ...sheetFiles,
  ]);
}
