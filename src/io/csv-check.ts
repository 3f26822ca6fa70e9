/**
 * The one CSV dialect check (RFC 4180 as csv-stream.ts reads it) for readers that hand the parsing to
 * another engine (DuckDB for ledgers): bytes that are not UTF-8, a quote left open, text after a
 * closing quote, or a row with another number of fields than the header, each with its line. An
 * engine's own sniffer may otherwise guess a dialect in which `"x` is an account name or a ragged
 * row turns the header into one column.
 *
 * With `maxBytes`, only the start of the file is read (the part a sniffer reads too); the record cut
 * by the limit is not judged. Time O(bytes read); memory O(longest record + one chunk).
 */
import { createReadStream } from "node:fs";
import type { Problem } from "../core/dataset/problem.ts";
import { CsvParser, type CsvRecord } from "./csv-stream.ts";
import { Utf8Validator } from "./utf8.ts";

export async function checkCsvDialect(
  path: string,
  file: string,
  maxBytes?: number,
): Promise<Problem | null> {
  const stream = createReadStream(path, {
    highWaterMark: 1 << 20,
    ...(maxBytes !== undefined ? { end: maxBytes - 1 } : {}),
  });
  const validator = new Utf8Validator();
  const decoder = new TextDecoder("utf-8");
  const parser = new CsvParser();
  const records: CsvRecord[] = [];
  let width = -1;
  let bytes = 0;
  const judge = (record: CsvRecord): Problem | null => {
    if (record.error) {
      return { code: "csv-bad-row", file, path: [], params: { reason: record.error }, line: record.line };
    }
    if (width < 0) width = record.fields.length;
    else if (record.fields.length !== width) {
      const params = { reason: "field-count", found: record.fields.length, expected: width };
      return { code: "csv-bad-row", file, path: [], params, line: record.line };
    }
    return null;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      const fault = validator.push(chunk);
      if (fault)
        return { code: "invalid-utf8", file, path: [], params: { offset: fault.offset }, line: fault.line };
      parser.push(decoder.decode(chunk, { stream: true }), records);
      for (const record of records) {
        const problem = judge(record);
        if (problem) return problem;
      }
      records.length = 0;
    }
  } finally {
    stream.destroy();
  }
  // A sample that stopped before the end of the file: its last record may be cut, so it is not judged.
  if (maxBytes !== undefined && bytes >= maxBytes) return null;
  const fault = validator.end();
  if (fault)
    return { code: "invalid-utf8", file, path: [], params: { offset: fault.offset }, line: fault.line };
  parser.end(records);
  for (const record of records) {
    const problem = judge(record);
    if (problem) return problem;
  }
  return null;
}
