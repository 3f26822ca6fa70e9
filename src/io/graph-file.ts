/**
 * Reads an analyst's own network — an edge list `src,dst,amount[,ts][,id]` as CSV, JSON Lines or JSON —
 * straight into the typed arrays of an EdgeList, streaming (except .json), so ten million rows need
 * about 30 bytes an edge plus the node ids. Bad rows become problems with a stable code, the line and
 * the offending value; reading goes on to collect up to MAX_PROBLEMS of them, then stops.
 * The format, the timestamp rules and every code are documented in docs/graph-format.md.
 *
 * Time O(bytes + m); memory O(m + n) for m edges and n nodes (typed arrays grow by doubling).
 */

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { isModelError } from "../core/errors.ts";
import { jsonErrorAt } from "../core/json/json-error.ts";
import { newCsvHeader, REQUIRED, takeCsvRecord } from "./csv-edges.ts";
import { readCsvBatches } from "./csv-stream.ts";
import { EdgeBuilder, type GraphFileResult, type Where } from "./edge-builder.ts";
import { decodeUtf8Strict, InvalidUtf8Error, readTextFile } from "./text-file.ts";

export { isoSeconds } from "../core/time/iso-seconds.ts";
export { type GraphFileResult, MAX_PROBLEMS, MS_THRESHOLD, type SelfLoop } from "./edge-builder.ts";

/** A .json file is parsed whole; past this size CSV or JSON Lines, which stream, are the way. */
export const JSON_LIMIT_BYTES = 256 * 1024 * 1024;

export type GraphFileProgress = { bytesRead: number; totalBytes: number; rows: number };
export type GraphFileOptions = {
  onProgress?: (p: GraphFileProgress) => void;
  /** Unit of numeric timestamps; by default detected per file (all ≥ 1e11 → milliseconds). */
  tsUnit?: "s" | "ms";
};

type Format = "csv" | "jsonl" | "json";
const FORMATS: Record<string, Format> = {
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
};

/**
 * Reads a graph file chosen by its extension (.csv, .jsonl, .ndjson, .json).
 *
 * @example
 * const result = await readGraphFile("ledger.csv", { onProgress: (p) => bar(p.bytesRead, p.totalBytes) });
 * if (!result.ok) print(result.problems);
 */
export async function readGraphFile(path: string, options: GraphFileOptions = {}): Promise<GraphFileResult> {
  const fail = (code: string, params: Record<string, unknown>): GraphFileResult => ({
    ok: false,
    file: path,
    problems: [{ code, file: path, path: [], params }],
  });
  // A folder and a missing file are said as such, in the user's language (file-is-directory,
  // file-missing): a folder had read as 'unknown graph file type ""', and a missing file as Node's
  // English "ENOENT: no such file or directory, stat …" inside the Arabic line.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (!(info instanceof Error) && info.isDirectory()) return fail("file-is-directory", {});
  const extension = extname(path).toLowerCase();
  const format = FORMATS[extension];
  if (!format) return fail("graph-unknown-format", { extension, supported: Object.keys(FORMATS) });
  if (info instanceof Error)
    return info.code === "ENOENT"
      ? fail("file-missing", {})
      : fail("graph-unreadable", { detail: info.message });
  const totalBytes = info.size;
  if (format === "json" && totalBytes > JSON_LIMIT_BYTES) {
    return fail("graph-too-large", { bytes: totalBytes, limit: JSON_LIMIT_BYTES });
  }

  const builder = new EdgeBuilder(path);
  let bytesRead = 0;
  const stream = format === "json" ? null : createReadStream(path, { highWaterMark: 1 << 20 });
  const report = () =>
    options.onProgress?.({
      bytesRead: stream ? stream.bytesRead : bytesRead,
      totalBytes,
      rows: builder.rows,
    });
  builder.onRows = report;
  try {
    if (stream && format === "csv") await readCsvRows(stream, builder);
    else if (stream) await readJsonLines(stream, builder);
    else {
      const text = await readTextFile(path);
      bytesRead = totalBytes;
      if (text.ok) readJsonDocument(text.text, builder);
      else builder.problem(text.problem.code, text.problem.line, null, text.problem.params);
    }
  } catch (error) {
    stream?.destroy();
    if (error instanceof InvalidUtf8Error) {
      const { offset, line } = error.fault;
      builder.problem("invalid-utf8", line, null, { offset });
      report();
      return builder.finish(options.tsUnit);
    }
    // File-system failures (a file gone or locked mid-read) are the user's to fix; anything else is ours.
    // A core ModelError has a string code too, but it is no errno: it goes on to the face that phrases it.
    if (isModelError(error) || typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    builder.problem("graph-unreadable", undefined, null, { detail: (error as Error).message });
  }
  report();
  return builder.finish(options.tsUnit);
}

async function readCsvRows(stream: AsyncIterable<Uint8Array>, b: EdgeBuilder): Promise<void> {
  const header = newCsvHeader();
  for await (const batch of readCsvBatches(stream)) {
    for (const record of batch) if (!takeCsvRecord(record, header, b)) return;
  }
}

async function readJsonLines(stream: AsyncIterable<Uint8Array>, b: EdgeBuilder): Promise<void> {
  let rest = "";
  let line = 0;
  const take = (text: string) => {
    line++;
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const at = jsonErrorAt(text);
      const where = at ? { line, column: at.column, found: at.found } : { detail: jsonDetail(error) };
      b.badRow("graph-bad-json", line, { reason: "syntax", ...where });
      return;
    }
    addObject(b, line, value);
  };
  for await (const piece of decodeUtf8Strict(stream)) {
    const text =
      rest + (line === 0 && rest === "" && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      take(text.slice(start, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
      start = nl + 1;
      if (b.full) return;
    }
    rest = text.slice(start);
  }
  if (rest !== "") take(rest.endsWith("\r") ? rest.slice(0, -1) : rest);
}

function readJsonDocument(text: string, b: EdgeBuilder): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    // Line and column from halqa's own JSON recognizer: engines word (and place) the error differently.
    const at = jsonErrorAt(text);
    const where = at ? { line: at.line, column: at.column, found: at.found } : { detail: jsonDetail(error) };
    b.problem("graph-bad-json", at?.line, null, { reason: "syntax", ...where });
    return;
  }
  const wrapped = isObject(doc) && Array.isArray(doc.edges);
  const items = Array.isArray(doc)
    ? doc
    : wrapped
      ? ((doc as { edges: unknown[] }).edges as unknown[])
      : null;
  if (!items) {
    b.problem("graph-bad-json", 1, null, { reason: "shape" });
    return;
  }
  let lines: number[] | null = null;
  for (let k = 0; k < items.length && !b.full; k++) {
    // Lines are found only once a problem needs one: a second scan of the text costs little then.
    const line = () => {
      lines ??= elementLines(text, wrapped);
      return lines[k];
    };
    addObject(b, line, items[k]);
  }
}

function addObject(b: EdgeBuilder, line: Where, value: unknown): void {
  if (!isObject(value)) {
    const found = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    b.badRow("graph-bad-row", line, { reason: "not-object", found });
    return;
  }
  const missing = REQUIRED.filter((c) => !Object.hasOwn(value, c));
  if (missing.length > 0) {
    b.badRow("graph-missing-columns", line, { missing, found: Object.keys(value) });
    return;
  }
  b.add(line, value.src, value.dst, value.amount, value.ts, value.id);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonDetail(error: unknown): string {
  return String((error as Error).message).slice(0, 200);
}

/**
 * The line on which each element of the edge array starts, for a text JSON.parse has accepted: the
 * top-level array, or the array under the top-level key "edges" (the last such key, as JSON.parse).
 */
function elementLines(text: string, wrapped: boolean): number[] {
  let lines: number[] = [];
  let line = 1;
  let depth = 0;
  let arrayDepth = wrapped ? -1 : 1;
  let expect = false;
  let key = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (c === 10 || c === 13 || c === 32 || c === 9) continue;
    if (expect && c !== 93) lines.push(line);
    expect = false;
    if (c === 34) {
      const start = i + 1;
      for (i = start; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      if (depth === 1) key = text.slice(start, i);
    } else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1 && !wrapped) expect = true;
      if (depth === 2 && wrapped && c === 91 && key === "edges") {
        arrayDepth = 2;
        lines = [];
        expect = true;
      }
    } else if (c === 93 || c === 125) {
      if (depth === arrayDepth && wrapped) arrayDepth = -1;
      depth--;
    } else if (c === 44 && depth === arrayDepth) expect = true;
  }
  return lines;
}
