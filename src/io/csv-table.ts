/**
 * A small CSV file (the tracker, index weights, exposures) read whole into rows keyed by column name,
 * each with its line, and the problems of its shape: unreadable, empty, missing columns, rows with
 * the wrong number of fields or broken quoting. Values are trimmed. The bundled files are a few
 * hundred rows; large inputs (ledgers) go through the streaming readers instead.
 */
import { readFile } from "node:fs/promises";
import { type CsvTable, parseCsvTable } from "./csv-text.ts";

export { byLine, type CsvRow, type CsvTable, parseCsvTable, parseNumber } from "./csv-text.ts";

export async function readCsvTable(
  path: string,
  file: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Promise<CsvTable> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return {
      rows: [],
      problems: [{ code: "file-unreadable", file, path: [], params: { detail: (error as Error).message } }],
    };
  }
  return parseCsvTable(text, file, required, optional);
}
