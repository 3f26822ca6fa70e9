/**
 * A small CSV file (the tracker, index weights, exposures) read whole into rows keyed by column name,
 * each with its line, and the problems of its shape: unreadable or not UTF-8, empty, missing columns, rows with
 * the wrong number of fields or broken quoting. Values are trimmed. The bundled files are a few
 * hundred rows; large inputs (ledgers) go through the streaming readers instead.
 */

import { extname } from "node:path";
import { type CsvTable, parseCsvTable } from "./csv-text.ts";
import { readTextFile } from "./text-file.ts";

export { byLine, type CsvRow, type CsvTable, parseCsvTable, parseNumber } from "./csv-text.ts";

export async function readCsvTable(
  path: string,
  file: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Promise<CsvTable> {
  // A JSON or spreadsheet file read as CSV is "no rows" or a column mismatch, which hides the mistake.
  const extension = extname(path).toLowerCase();
  if (NOT_CSV.has(extension)) {
    const params = { extension, expected: [...required, ...optional].join(", ") };
    return { rows: [], problems: [{ code: "csv-other-format", file, path: [], params }] };
  }
  const text = await readTextFile(path, file);
  if (!text.ok) return { rows: [], problems: [text.problem] };
  return parseCsvTable(text.text, file, required, optional);
}

/** Extensions of formats that are not CSV, refused by name before a read. */
const NOT_CSV = new Set([".json", ".jsonl", ".ndjson", ".yaml", ".yml", ".parquet", ".xlsx", ".xls", ".ods"]);
