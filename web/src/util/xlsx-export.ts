/**
 * A page table as an Excel workbook: the table as the page shows it (names, not ids; labels in the
 * page's language; numbers as numbers with a number format by unit), then a "Sources" sheet with
 * every source the table cites (outlet, date, title, link), and on both sheets the source line with
 * the as-of date and the product's credit. Loaded on click, with the writer it uses.
 */
import type { Source } from "@core/model/source.ts";
import { type XlsxCell, type XlsxSheet, xlsx } from "./xlsx.ts";

export type TableExport = {
  title: string;
  header: readonly string[];
  /** The rows as shown, numbers kept (with their number format where it is not General). */
  rows: readonly (readonly XlsxCell[])[];
  /** Ids of the sources the table cites, in any order, repeated or not. */
  sourceIds: readonly string[];
};

export type ExportWords = {
  sources: string;
  outlet: string;
  date: string;
  title: string;
  link: string;
  /** The sources sheet's one line when the table cites none. */
  none: string;
  /** The source line with the as-of date, and the credit: under both sheets. */
  notes: readonly string[];
  formatDate: (iso: string) => string;
  /** An outlet's name in the sheet's language (the translation memory, src/i18n/record-names.ts). */
  outletName: (english: string) => string;
  rtl: boolean;
};

/** The sources sheet: every cited source once, in the order first cited, unknown ids left out. */
export function sourcesSheet(
  ids: readonly string[],
  sources: readonly Source[],
  words: ExportWords,
): XlsxSheet {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = [...new Set(ids)].flatMap((id) => {
    const source = byId.get(id);
    return source ? [source] : [];
  });
  const rows: XlsxCell[][] = cited.map((s) => [
    // Named as the page names them: the Arabic sheet listed "Unknown Arabic outlet" in English.
    s.via ? `${words.outletName(s.publisher)} (${words.outletName(s.via)})` : words.outletName(s.publisher),
    s.date ? words.formatDate(s.date) : "",
    s.title,
    s.url ?? s.file ?? "",
  ]);
  return {
    name: words.sources,
    header: [words.outlet, words.date, words.title, words.link],
    rows: rows.length > 0 ? rows : [[words.none]],
    notes: words.notes,
  };
}

export function tableWorkbook(
  table: TableExport,
  sources: readonly Source[],
  words: ExportWords,
): Uint8Array<ArrayBuffer> {
  const main: XlsxSheet = {
    name: table.title,
    header: table.header,
    rows: table.rows,
    notes: words.notes,
  };
  return xlsx([main, sourcesSheet(table.sourceIds, sources, words)], { rtl: words.rtl });
}
