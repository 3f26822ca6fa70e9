/**
 * CSV records → edges: the header names the columns (src, dst, amount, and optionally ts and id, in
 * any order and case), each later record becomes one edge of the EdgeBuilder or one problem with its
 * line. Pure (no file system), so the command line's streaming reader (graph-file.ts) and the
 * dashboard, which reads a dropped file in the browser, share it; docs/graph-format.md has the codes.
 */
import { CsvParser, type CsvRecord } from "./csv-stream.ts";
import { EdgeBuilder, type GraphFileResult } from "./edge-builder.ts";

export const COLUMNS = ["src", "dst", "amount", "ts", "id"] as const;
export const REQUIRED = ["src", "dst", "amount"] as const;

export type CsvHeader = { index: Record<(typeof COLUMNS)[number], number> | null; width: number };

export const newCsvHeader = (): CsvHeader => ({ index: null, width: 0 });

/** One CSV record (the header first); false when reading must stop. */
export function takeCsvRecord(
  { fields, line, error }: CsvRecord,
  header: CsvHeader,
  b: EdgeBuilder,
): boolean {
  const { index } = header;
  if (!index) {
    if (error) {
      b.problem("graph-bad-row", line, null, { reason: error });
      return false;
    }
    const names = fields.map((f) => f.trim().toLowerCase());
    const duplicate = COLUMNS.find((c) => names.indexOf(c) !== names.lastIndexOf(c));
    if (duplicate) b.problem("graph-bad-row", line, duplicate, { reason: "duplicate-column" });
    const missing = REQUIRED.filter((c) => !names.includes(c));
    if (missing.length > 0) b.problem("graph-missing-columns", line, null, { missing, found: fields });
    if (duplicate || missing.length > 0) return false;
    header.index = { src: 0, dst: 0, amount: 0, ts: 0, id: 0 };
    for (const c of COLUMNS) header.index[c] = names.indexOf(c);
    header.width = fields.length;
  } else if (error) b.badRow("graph-bad-row", line, { reason: error });
  else if (fields.length !== header.width) {
    b.badRow("graph-bad-row", line, { reason: "field-count", expected: header.width, found: fields.length });
  } else {
    const { src, dst, amount, ts, id } = index;
    b.add(
      line,
      fields[src],
      fields[dst],
      fields[amount],
      ts < 0 ? undefined : fields[ts],
      id < 0 ? undefined : fields[id],
    );
  }
  return !b.full;
}

/** A whole CSV text (already in memory, as a dropped file is) read into an edge list. */
export function readCsvText(
  text: string,
  file: string,
  options: { tsUnit?: "s" | "ms" } = {},
): GraphFileResult {
  const builder = new EdgeBuilder(file);
  const parser = new CsvParser();
  const records: CsvRecord[] = [];
  parser.push(text, records);
  parser.end(records);
  const header = newCsvHeader();
  for (const record of records) if (!takeCsvRecord(record, header, builder)) break;
  return builder.finish(options.tsUnit);
}
