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
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Problem } from "../core/dataset/problem.ts";
import type { EdgeList } from "../core/graph/edge-list.ts";
import { type CsvRecord, readCsvBatches } from "./csv-stream.ts";

export const MAX_PROBLEMS = 100;
/** A .json file is parsed whole; past this size CSV or JSON Lines, which stream, are the way. */
export const JSON_LIMIT_BYTES = 256 * 1024 * 1024;
/** Epoch numbers from 1e11 up are milliseconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
export const MS_THRESHOLD = 1e11;
const PROGRESS_EVERY = 65_536;
const COLUMNS = ["src", "dst", "amount", "ts", "id"] as const;
const REQUIRED = ["src", "dst", "amount"] as const;

export type SelfLoop = { line: number; src: string; dst: string; amount: number; id: string | null };
export type GraphFileProgress = { bytesRead: number; totalBytes: number; rows: number };
export type GraphFileOptions = {
  onProgress?: (p: GraphFileProgress) => void;
  /** Unit of numeric timestamps; by default detected per file (all ≥ 1e11 → milliseconds). */
  tsUnit?: "s" | "ms";
};
export type GraphFileResult =
  | {
      ok: true;
      file: string;
      edges: EdgeList;
      selfLoops: SelfLoop[];
      rows: number;
      hasTimestamps: boolean;
    }
  | { ok: false; file: string; problems: Problem[] };

/** A line number, or a way to find it only when a problem needs one (.json elements). */
type Where = number | (() => number | undefined);
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
  const extension = extname(path).toLowerCase();
  const format = FORMATS[extension];
  if (!format) return fail("graph-unknown-format", { extension, supported: Object.keys(FORMATS) });
  let totalBytes: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail("graph-unreadable", { detail: "is a directory" });
    totalBytes = info.size;
  } catch (error) {
    return fail("graph-unreadable", { detail: (error as Error).message });
  }
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
      const text = await readFile(path, "utf8");
      bytesRead = totalBytes;
      readJsonDocument(text, builder);
    }
  } catch (error) {
    stream?.destroy();
    // File-system failures (a file gone or locked mid-read) are the user's to fix; anything else is ours.
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    builder.problem("graph-unreadable", undefined, null, { detail: (error as Error).message });
  }
  report();
  return builder.finish(options.tsUnit);
}

async function readCsvRows(stream: AsyncIterable<Uint8Array>, b: EdgeBuilder): Promise<void> {
  const header: CsvHeader = { index: null, width: 0 };
  for await (const batch of readCsvBatches(stream)) {
    for (const record of batch) if (!takeCsvRecord(record, header, b)) return;
  }
}

type CsvHeader = { index: Record<(typeof COLUMNS)[number], number> | null; width: number };

/** One CSV record (the header first); false when reading must stop. */
function takeCsvRecord({ fields, line, error }: CsvRecord, header: CsvHeader, b: EdgeBuilder): boolean {
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

async function readJsonLines(stream: AsyncIterable<Uint8Array>, b: EdgeBuilder): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  let line = 0;
  const take = (text: string) => {
    line++;
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      b.badRow("graph-bad-json", line, { reason: "syntax", detail: jsonDetail(error) });
      return;
    }
    addObject(b, line, value);
  };
  for await (const chunk of stream) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      take(text.slice(start, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
      start = nl + 1;
      if (b.full) return;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== "") take(rest.endsWith("\r") ? rest.slice(0, -1) : rest);
}

function readJsonDocument(text: string, b: EdgeBuilder): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = jsonDetail(error);
    const at = /position (\d+)/.exec(detail);
    const line = at ? lineAt(text, Number(at[1])) : undefined;
    b.problem("graph-bad-json", line, null, { reason: "syntax", detail });
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

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < position; i = text.indexOf("\n", i + 1)) line++;
  return line;
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

/** Decimal numbers as exports write them; no thousands separators, hex, "Infinity" or empty text. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** Seconds since the epoch of an ISO 8601 date or date-time (no offset = UTC), or NaN. */
export function isoSeconds(text: string): number {
  const m = ISO_TIME.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return Number.NaN;
  let offset = 0;
  const zone = m[8];
  if (zone && zone !== "Z" && zone !== "z") {
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(-2));
    if (hours > 23 || minutes > 59) return Number.NaN;
    offset = (zone[0] === "-" ? -1 : 1) * (hours * 3600 + minutes * 60);
  }
  return date.getTime() / 1000 + hour * 3600 + minute * 60 + second + Number(m[7] ?? 0) - offset;
}

/** Fills an EdgeList's typed arrays row by row, growing them by doubling; records problems as it goes. */
class EdgeBuilder {
  rows = 0;
  m = 0;
  onRows: () => void = () => {};
  readonly problems: Problem[] = [];
  readonly selfLoops: SelfLoop[] = [];
  private capacity = 1024;
  private src = new Int32Array(this.capacity);
  private dst = new Int32Array(this.capacity);
  private amount = new Float64Array(this.capacity);
  private ts = new Float64Array(this.capacity);
  /** 1 where ts holds a raw epoch number whose unit is settled only at the end. */
  private tsNumeric = new Uint8Array(this.capacity);
  /** Data-row number of each edge, kept once a self-loop makes it differ from the edge's position. */
  private rowOf: Int32Array | null = null;
  private edgeIds: string[] | null = null;
  private readonly index = new Map<string, number>();
  private readonly nodeIds: string[] = [];
  /** Edges with a timestamp, and whether the row being added gave its time as an epoch number. */
  private timed = 0;
  private numericTs = false;
  /** Numeric timestamps below / from MS_THRESHOLD: how many, and the first of each. */
  private readonly small = { count: 0, line: 0, value: 0 };
  private readonly large = { count: 0, line: 0, value: 0 };

  constructor(private readonly file: string) {}

  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  problem(
    code: string,
    line: Where | undefined,
    column: string | null,
    params: Record<string, unknown>,
  ): void {
    if (this.full) return;
    const at = typeof line === "function" ? line() : line;
    const p: Problem = { code, file: this.file, path: column ? [column] : [], params };
    if (at !== undefined) p.line = at;
    this.problems.push(p);
  }

  /** A data row that could not be read at all. */
  badRow(code: string, line: Where, params: Record<string, unknown>): void {
    this.rows++;
    this.problem(code, line, null, params);
  }

  /** One data row; values are CSV text or JSON values (undefined: no such column or key). */
  add(line: Where, s: unknown, d: unknown, a: unknown, t: unknown, id: unknown) {
    const row = ++this.rows;
    if ((row & (PROGRESS_EVERY - 1)) === 0) this.onRows();
    const before = this.problems.length;
    const src = this.name(line, "src", s);
    const dst = this.name(line, "dst", d);
    const amount = this.amountOf(line, a);
    const time = this.timeOf(line, t);
    const edgeId = id === undefined || id === null ? null : this.name(line, "id", id, true);
    if (this.problems.length > before || src === null || dst === null) return;
    if (src === dst) {
      this.selfLoops.push({ line: lineOf(line), src, dst, amount, id: edgeId || null });
      return;
    }
    if (this.m === this.capacity) this.grow();
    const i = this.m++;
    this.src[i] = this.intern(src);
    this.dst[i] = this.intern(dst);
    this.amount[i] = amount;
    this.ts[i] = time;
    this.tsNumeric[i] = this.numericTs ? 1 : 0;
    if (!Number.isNaN(time)) this.timed++;
    if (this.rowOf === null && row !== i + 1)
      this.rowOf = Int32Array.from({ length: this.capacity }, (_, k) => k + 1);
    if (this.rowOf) this.rowOf[i] = row;
    if (edgeId !== null && edgeId !== "" && this.edgeIds === null) this.edgeIds = this.rowNames(i);
    if (this.edgeIds) this.edgeIds[i] = edgeId ? detach(edgeId) : String(row);
  }

  finish(tsUnit: "s" | "ms" | undefined): GraphFileResult {
    const { small, large } = this;
    if (tsUnit === undefined && small.count > 0 && large.count > 0) {
      const odd = large.count <= small.count ? large : small;
      this.problem("graph-bad-timestamp", odd.line, "ts", { value: odd.value, reason: "mixed-units" });
    }
    if (this.rows === 0 && this.problems.length === 0) this.problem("graph-empty", undefined, null, {});
    if (this.problems.length > 0) return { ok: false, file: this.file, problems: this.problems };
    const m = this.m;
    if (tsUnit === "ms" || (tsUnit === undefined && large.count > 0)) {
      for (let i = 0; i < m; i++) if (this.tsNumeric[i] === 1) this.ts[i] = (this.ts[i] as number) / 1000;
    }
    const edges: EdgeList = {
      nodeIds: this.nodeIds,
      src: this.src.slice(0, m),
      dst: this.dst.slice(0, m),
      amount: this.amount.slice(0, m),
      ts: this.ts.slice(0, m),
      edgeIds: this.edgeIds ?? (this.rowOf ? this.rowNames(m) : null),
    };
    return {
      ok: true,
      file: this.file,
      edges,
      selfLoops: this.selfLoops,
      rows: this.rows,
      hasTimestamps: this.timed > 0,
    };
  }

  /** Row numbers as edge ids for edges 0..count-1. */
  private rowNames(count: number): string[] {
    const names = new Array<string>(count);
    for (let k = 0; k < count; k++) names[k] = String(this.rowOf ? this.rowOf[k] : k + 1);
    return names;
  }

  private name(line: Where, column: string, value: unknown, optional = false) {
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value !== "string") {
      if (value === undefined || value === null)
        this.problem("graph-missing-value", line, column, { column });
      else this.problem("graph-bad-row", line, column, { reason: "type", found: typeof value });
      return null;
    }
    const text = value.trim();
    if (text === "" && !optional) this.problem("graph-missing-value", line, column, { column });
    return text === "" && !optional ? null : text;
  }

  private amountOf(line: Where, value: unknown): number {
    const amount = numberOf(value);
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      this.problem("graph-missing-value", line, "amount", { column: "amount" });
    } else if (Number.isNaN(amount))
      this.problem("graph-bad-amount", line, "amount", { value: shown(value) });
    else if (amount < 0) this.problem("graph-negative-amount", line, "amount", { value: shown(value) });
    return amount;
  }

  /** Seconds for ISO text; the raw number for epoch numbers (unit settled in finish); NaN if absent. */
  private timeOf(line: Where, value: unknown): number {
    this.numericTs = false;
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      return Number.NaN;
    }
    const number = numberOf(value);
    const seconds = Number.isNaN(number) && typeof value === "string" ? isoSeconds(value.trim()) : Number.NaN;
    if (Number.isNaN(number) && Number.isNaN(seconds)) {
      this.problem("graph-bad-timestamp", line, "ts", { value: shown(value), reason: "format" });
      return Number.NaN;
    }
    if (Number.isNaN(number)) return seconds;
    this.numericTs = true;
    const side = number >= MS_THRESHOLD ? this.large : this.small;
    if (side.count++ === 0) {
      side.line = lineOf(line);
      side.value = number;
    }
    return number;
  }

  private intern(id: string): number {
    let k = this.index.get(id);
    if (k === undefined) {
      k = this.nodeIds.length;
      const own = detach(id);
      this.index.set(own, k);
      this.nodeIds.push(own);
    }
    return k;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(capacity);
      b.set(a);
      return b;
    };
    this.src = widen(this.src, Int32Array);
    this.dst = widen(this.dst, Int32Array);
    this.amount = widen(this.amount, Float64Array);
    this.ts = widen(this.ts, Float64Array);
    this.tsNumeric = widen(this.tsNumeric, Uint8Array);
    if (this.rowOf) this.rowOf = widen(this.rowOf, Int32Array);
    this.capacity = capacity;
  }
}

function lineOf(line: Where): number {
  return typeof line === "function" ? (line() ?? 0) : line;
}

function numberOf(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== "string") return Number.NaN;
  const text = value.trim();
  return NUMBER.test(text) ? Number(text) : Number.NaN;
}

/** The offending value as a problem shows it: text cut to 80 characters, JSON values as JSON. */
function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * A flat copy of a string that does not pin the 1 MiB chunk it was cut from (V8 keeps substrings of
 * 13 characters or more as views of their parent), so the ids kept for the whole run hold only their
 * own characters. A JSON round trip is the cheapest flat copy measured: 39 bytes an id against 71
 * for a copy made by concatenation, at the same speed.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
