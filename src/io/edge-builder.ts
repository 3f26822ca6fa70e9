/**
 * Builds an EdgeList row by row for the graph-file reader: typed arrays grown by doubling, node ids
 * interned, self-loops set aside, and each bad row recorded as a problem with its line and value.
 */
import type { Problem } from "../core/dataset/problem.ts";
import type { EdgeList } from "../core/graph/edge-list.ts";
import { isoSeconds } from "../core/time/iso-seconds.ts";

export const MAX_PROBLEMS = 100;
/** Epoch numbers from 1e11 up are milliseconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
export const MS_THRESHOLD = 1e11;
export const PROGRESS_EVERY = 65_536;

export type SelfLoop = { line: number; src: string; dst: string; amount: number; id: string | null };
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
export type Where = number | (() => number | undefined);

/** Decimal numbers as exports write them; no thousands separators, hex, "Infinity" or empty text. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Fills an EdgeList's typed arrays row by row, growing them by doubling; records problems as it goes. */
export class EdgeBuilder {
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
    } else if (Number.isNaN(amount)) {
      const params = isNonFinite(value)
        ? { value: shown(value), reason: "not-finite" }
        : { value: shown(value) };
      this.problem("graph-bad-amount", line, "amount", params);
    } else if (amount < 0) this.problem("graph-negative-amount", line, "amount", { value: shown(value) });
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
  if (!NUMBER.test(text)) return Number.NaN;
  // 1e309 matches the pattern but is Infinity: an amount no ledger holds, so it is an error.
  const number = Number(text);
  return Number.isFinite(number) ? number : Number.NaN;
}

/** A number too large for a double (1e309, or JSON's 1e309 already read as Infinity). */
function isNonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  return typeof value === "string" && NUMBER.test(value.trim()) && !Number.isFinite(Number(value.trim()));
}

/** The offending value as a problem shows it: text cut to 80 characters, JSON values as JSON. */
function shown(value: unknown): string {
  // JSON.stringify writes Infinity as null, which would hide the very value at fault.
  const text =
    typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
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
