/**
 * What the company, deal and changes commands share: the face their tables print through (names from
 * the dataset, sources as their numbers in the sheet's list) and the list of the sources' addresses.
 */

import type { CitedSource } from "../../core/reports/cited-sources.ts";
import type { TableLayout } from "../../core/reports/layout.ts";
import { formatNum, listSeparator } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { type TableFace, wrapWords } from "../report-table.ts";

/** "[1، 4]" for the ids' numbers in the report's source list ("" when there are none). */
export function refsOf(lang: Language, sources: readonly CitedSource[]): (ids: string) => string {
  const numbers = new Map(sources.map((s) => [s.id, s.n]));
  return (ids) => {
    const ns = [...new Set(ids.split(" ").map((id) => numbers.get(id)))]
      .filter((n) => n !== undefined)
      .sort((a, b) => a - b);
    return ns.length > 0 ? `[${ns.map((n) => formatNum(lang, n, 0)).join(listSeparator(lang))}]` : "";
  };
}

/** The terminal face of a sheet: records by name, a source cell as its numbers in the sheet's list. */
export function sheetFace(
  dataset: Dataset,
  sources: readonly CitedSource[],
  lang: Language,
  wide: boolean,
): TableFace {
  return {
    lang,
    names: { ...recordNames(dataset, lang), source: refsOf(lang, sources) },
    ...(wide ? { wide: true } : {}),
  };
}

/**
 * The sources' addresses, one line each ("[3] https://…"), for the narrow terminal, whose source table
 * drops the address column: a URL is kept whole, however long, so it can be opened.
 */
export function sourceAddresses(lang: Language, sources: readonly CitedSource[]): string[] {
  const lines = sources
    .filter((s) => s.url ?? s.file)
    .map((s) => `[${formatNum(lang, s.n, 0)}] ${s.url ?? s.file}`);
  return lines.length > 0 ? [message(lang, "report.sheet.sources.links"), ...lines] : [];
}

/**
 * The source table as the terminal prints it: without the address column unless `wide` (the addresses
 * follow the table, whole), so the titles wrap at their widest rather than to fit a URL.
 */
export function sourcesForTerminal<Data, Row>(
  t: TableLayout<Data, Row>,
  wide: boolean,
): TableLayout<Data, Row> {
  return wide ? t : { ...t, columns: t.columns.filter((c) => c.id !== "url") };
}

/** The sheet's prose lines (not its tables' lines) broken at spaces to fit the terminal's 100 columns. */
export function prose(text: string, wide: boolean): string {
  if (wide) return text;
  return text
    .split("\n")
    .map((line) => (/^[│┌├└]/.test(line) ? line : wrapWords(line, 100)))
    .join("\n");
}
