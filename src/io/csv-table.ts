/**
 * A small CSV file (the tracker, index weights, exposures) read whole into rows keyed by column name,
 * each with its line, and the problems of its shape: unreadable or not UTF-8, empty, missing columns, rows with
 * the wrong number of fields or broken quoting. Values are trimmed. The bundled files are a few
 * hundred rows; large inputs (ledgers) go through the streaming readers instead.
 */

import { type CsvTable, parseCsvTable } from "./csv-text.ts";
import { readTextFile } from "./text-file.ts";

export { byLine, type CsvRow, type CsvTable, parseCsvTable, parseNumber } from "./csv-text.ts";

export async function readCsvTable(
  path: string,
  file: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Promise<CsvTable> {
  const text = await readTextFile(path, file);
  if (!text.ok) return { rows: [], problems: [text.problem] };
  return parseCsvTable(text.text, file, required, optional);
}
