/**
 * CSV text → rows keyed by column name, each with its line, and the problems of the text's shape:
 * empty, missing or unknown columns, rows with the wrong number of fields or broken quoting. Values
 * are trimmed. Pure (no file system), so the command line (csv-table.ts reads the file), the API (a
 * CSV posted as text) and the dashboard (a file the reader picks) check a table the same way.
 */
import type { Problem } from "../core/dataset/problem.ts";
import { CsvParser, type CsvRecord } from "./csv-stream.ts";

export type CsvRow = { line: number; values: Record<string, string> };

export type CsvTable = { rows: CsvRow[]; problems: Problem[] };

export function parseCsvTable(
  text: string,
  file: string,
  required: readonly string[],
  optional: readonly string[] = [],
): CsvTable {
  const records: CsvRecord[] = [];
  const parser = new CsvParser();
  parser.push(text, records);
  parser.end(records);
  const [header, ...body] = records;
  if (!header || body.length === 0) {
    return { rows: [], problems: [{ code: "csv-empty", file, path: [], params: {}, line: 1 }] };
  }
  const columns = header.fields.map((f) => f.trim());
  const missing = required.filter((c) => !columns.includes(c));
  const known = new Set([...required, ...optional]);
  const unknown = columns.filter((c) => !known.has(c));
  const problems: Problem[] = [];
  if (missing.length > 0 || unknown.length > 0) {
    problems.push({
      code: "csv-columns",
      file,
      path: [],
      params: { missing, unknown, expected: [...required, ...optional] },
      line: header.line,
    });
    if (missing.length > 0) return { rows: [], problems };
  }
  const rows: CsvRow[] = [];
  for (const record of body) {
    if (record.error) {
      problems.push({
        code: "csv-bad-row",
        file,
        path: [],
        params: { reason: record.error },
        line: record.line,
      });
      continue;
    }
    if (record.fields.length !== columns.length) {
      problems.push({
        code: "csv-bad-row",
        file,
        path: [],
        params: { reason: "field-count", found: record.fields.length, expected: columns.length },
        line: record.line,
      });
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => {
      values[c] = (record.fields[i] ?? "").trim();
    });
    rows.push({ line: record.line, values });
  }
  return { rows, problems };
}

/**
 * A plain finite number (1250000, 1.25e6, -3.5); undefined for anything else, blanks included, and
 * for 1e309, which has the shape of a number but reads as infinity.
 */
export function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Problems in file order (line, then column name), as a reader goes through the file. */
export function byLine<T extends { line?: number }>(problems: T[]): T[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
