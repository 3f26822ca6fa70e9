/**
 * Cycles straight from a batch of ledger indices to the bytes of the --out file, without a record
 * object or a string per cycle: the same bytes as `csvLine(cycleRecord(…))` / `jsonLine(cycleRecord(…))`
 * (write-csv.ts, write-jsonl.ts, cycle-record.ts). That equality is the contract, and
 * cycle-format.test.ts checks it on awkward ledgers (quotes, commas, spaces, non-Latin names,
 * missing times, odd amounts).
 *
 * Why it is fast: a transaction is in many cycles (4.7M cycles of ~5 hops over 1M transactions), so
 * each transaction's id, time and amount are rendered to UTF-8 once, on first use, into an arena, and
 * each account's name once; a cycle is then byte copies into one output buffer per batch. Strings are
 * made only for the two numbers of each cycle that are not integers (duration, retained). A CSV cycle
 * whose names or ids need quoting takes the record path (rare, and exact by construction).
 *
 * Complexity: O(total cycle length + bytes written) per batch after the first sight of each
 * transaction; memory: 9 bytes per transaction plus the rendered fields of those used (about 40
 * bytes each), the names once, and one batch's bytes.
 */
import type { CycleBatch, Ledger } from "../../core/ledger/types.ts";
import { type CycleContext, cycleRecord, isoTime, transactionId } from "./cycle-record.ts";
import { csvLine } from "./write-csv.ts";
import { jsonLine } from "./write-jsonl.ts";

export type TextFormat = "csv" | "jsonl";

/** A CSV item needs quotes: the rule of csvField (write-csv.ts), seen item by item. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

const COMMA = 44;
const SEMICOLON = 59;
const QUOTE = 34;
const NEWLINE = 10;
const enc = new TextEncoder();
const bytesOf = (text: string) => enc.encode(text);
const NULL = bytesOf("null");

/** A JSON number as JSON.stringify writes it (null for NaN and ±Infinity). */
const jsonNumber = (x: number) => (Number.isFinite(x) ? String(x) : "null");

/** Growable byte output for one batch. */
class Bytes {
  buf = new Uint8Array(1 << 20);
  at = 0;

  room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.at++] = b;
  }

  copy(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    // Fields are short: a loop beats creating a subarray for set().
    if (end - start > 64) {
      this.buf.set(from.subarray(start, end), this.at);
      this.at += end - start;
      return;
    }
    const buf = this.buf;
    let at = this.at;
    for (let i = start; i < end; i++) buf[at++] = from[i] as number;
    this.at = at;
  }

  /** ASCII text (numbers, ISO times): one byte per character. */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buf[this.at++] = text.charCodeAt(i);
  }

  /** A non-negative integer below 2^31, in decimal (as String would write it). */
  int(n: number): void {
    if (n < 10) this.byte(48 + n);
    else this.ascii(String(n));
  }
}

/** UTF-8 pieces looked up by index: piece k is bytes[offsets[k] … offsets[k + 1]). */
type Pieces = { bytes: Uint8Array; offsets: Int32Array };

function piecesOf(texts: readonly string[]): Pieces {
  const encoded = texts.map(bytesOf);
  const offsets = new Int32Array(texts.length + 1);
  for (let k = 0; k < encoded.length; k++)
    offsets[k + 1] = (offsets[k] as number) + (encoded[k] as Uint8Array).length;
  const bytes = new Uint8Array(offsets[texts.length] as number);
  for (let k = 0; k < encoded.length; k++) bytes.set(encoded[k] as Uint8Array, offsets[k] as number);
  return { bytes, offsets };
}

export class CycleFormatter {
  private readonly ledger: Ledger;
  private readonly context: CycleContext;
  private readonly json: boolean;
  /** Account names as UTF-8 (JSON: as JSON strings); CSV: 1 where a name needs quotes. */
  private readonly names: Pieces;
  private readonly nameQuotes: Uint8Array;
  /**
   * Per transaction, once seen: `at` its place in the arena (−1 before), where id, time and amount
   * follow each other with the lengths below. A missing time is empty (JSON: null is written then).
   */
  private readonly at: Int32Array;
  private readonly idLength: Uint16Array;
  private readonly timeLength: Uint8Array;
  private readonly amountLength: Uint8Array;
  private readonly idQuotes: Uint8Array;
  private arena = new Uint8Array(1 << 20);
  /** The day (since the epoch) whose "YYYY-MM-DDT" is in dayText. */
  private day = Number.NaN;
  private dayText = "";
  private arenaEnd = 0;
  private readonly out = new Bytes();

  constructor(context: CycleContext, format: TextFormat) {
    this.context = context;
    this.ledger = context.ledger;
    this.json = format === "jsonl";
    const m = this.ledger.src.length;
    const { accounts } = context;
    this.names = piecesOf(this.json ? accounts.map((a) => JSON.stringify(a)) : accounts);
    this.nameQuotes = Uint8Array.from(accounts, (a) => (!this.json && NEEDS_QUOTES.test(a) ? 1 : 0));
    this.at = new Int32Array(m).fill(-1);
    this.idLength = new Uint16Array(m);
    this.timeLength = new Uint8Array(m);
    this.amountLength = new Uint8Array(m);
    this.idQuotes = new Uint8Array(m);
  }

  /** The lines of the batch's cycles, numbered from `first`, as UTF-8 (valid until the next call). */
  format(batch: CycleBatch, first: number): Uint8Array {
    const { offsets, edges } = batch;
    this.out.at = 0;
    for (let j = 0; j < batch.count; j++)
      this.line(edges, offsets[j] as number, offsets[j + 1] as number, first + j);
    return this.out.buf.subarray(0, this.out.at);
  }

  private line(edges: Int32Array, from: number, to: number, number: number): void {
    const { ts, amount, src } = this.ledger;
    const out = this.out;
    let quotes = 0;
    for (let p = from; p < to; p++) {
      const e = edges[p] as number;
      if ((this.at[e] as number) < 0) this.render(e);
      quotes |= (this.idQuotes[e] as number) | (this.nameQuotes[src[e] as number] as number);
    }
    if (quotes !== 0) {
      // A name or id with a comma, quote, line break or edge space (or a huge id): the record path.
      const record = cycleRecord(this.context, number, edges.slice(from, to));
      const line = bytesOf(this.json ? jsonLine(record) : csvLine(record));
      out.copy(line, 0, line.length);
      return;
    }
    // As cycle-record.ts: the span runs from the earliest to the latest time (NaN when one is missing).
    let firstTs = Number.POSITIVE_INFINITY;
    let lastTs = Number.NEGATIVE_INFINITY;
    let earliest = edges[from] as number;
    let latest = earliest;
    for (let p = from; p < to; p++) {
      const e = edges[p] as number;
      const t = ts[e] as number;
      if (t < firstTs) earliest = e;
      if (t > lastTs) latest = e;
      firstTs = Math.min(firstTs, t);
      lastTs = Math.max(lastTs, t);
    }
    const firstAmount = amount[edges[from] as number] as number;
    const lastAmount = amount[edges[to - 1] as number] as number;
    const duration = (lastTs - firstTs) / 1000;
    const timed = Number.isFinite(firstTs) && Number.isFinite(lastTs);
    const hasDuration = Number.isFinite(duration);
    const hasRetained = firstAmount > 0;
    const retained = lastAmount / firstAmount;
    const json = this.json;
    if (json) out.ascii('{"cycle":');
    out.int(number);
    out.ascii(json ? ',"length":' : ",");
    out.int(to - from);
    out.ascii(json ? ',"start":' : ",");
    this.time(earliest, timed);
    out.ascii(json ? ',"end":' : ",");
    this.time(latest, timed);
    out.ascii(json ? ',"duration_seconds":' : ",");
    if (hasDuration) out.ascii(json ? jsonNumber(duration) : String(duration));
    else if (json) out.copy(NULL, 0, 4);
    out.ascii(json ? ',"retained":' : ",");
    if (hasRetained) out.ascii(json ? jsonNumber(retained) : String(retained));
    else if (json) out.copy(NULL, 0, 4);
    out.ascii(json ? ',"accounts":[' : ",");
    this.list(edges, from, to, 0);
    out.ascii(json ? '],"transactions":[' : ",");
    this.list(edges, from, to, 1);
    out.ascii(json ? '],"timestamps":[' : ",");
    this.list(edges, from, to, 2);
    out.ascii(json ? '],"amounts":[' : ",");
    this.list(edges, from, to, 3);
    if (json) out.ascii("]}");
    out.byte(NEWLINE);
  }

  /** Start or end: the time of transaction e (JSON: quoted), or empty / null when a time is missing. */
  private time(e: number, timed: boolean): void {
    const out = this.out;
    if (!timed) {
      if (this.json) out.copy(NULL, 0, 4);
      return;
    }
    const start = (this.at[e] as number) + (this.idLength[e] as number);
    if (this.json) out.byte(QUOTE);
    out.copy(this.arena, start, start + (this.timeLength[e] as number));
    if (this.json) out.byte(QUOTE);
  }

  /** Field 0 (payer's name), 1 (id), 2 (time) or 3 (amount) of each transaction, separated. */
  private list(edges: Int32Array, from: number, to: number, field: 0 | 1 | 2 | 3): void {
    const out = this.out;
    const separator = this.json ? COMMA : SEMICOLON;
    for (let p = from; p < to; p++) {
      const e = edges[p] as number;
      if (p > from) out.byte(separator);
      if (field === 0) {
        const a = this.ledger.src[e] as number;
        out.copy(this.names.bytes, this.names.offsets[a] as number, this.names.offsets[a + 1] as number);
        continue;
      }
      let start = this.at[e] as number;
      const idLength = this.idLength[e] as number;
      const timeLength = this.timeLength[e] as number;
      if (field === 1) {
        out.copy(this.arena, start, start + idLength);
      } else if (field === 2) {
        start += idLength;
        if (!this.json) out.copy(this.arena, start, start + timeLength);
        else if (timeLength === 0) out.copy(NULL, 0, 4);
        else {
          out.byte(QUOTE);
          out.copy(this.arena, start, start + timeLength);
          out.byte(QUOTE);
        }
      } else {
        start += idLength + timeLength;
        out.copy(this.arena, start, start + (this.amountLength[e] as number));
      }
    }
  }

  /** Renders transaction e's id, time and amount into the arena, once. */
  private render(e: number): void {
    const raw = transactionId(this.context, e);
    if (!this.json && NEEDS_QUOTES.test(raw)) this.idQuotes[e] = 1;
    const idText = this.json ? JSON.stringify(raw) : raw;
    // Most ids are ASCII (numbers, codes): copied by character; others are encoded to UTF-8.
    const id = isAscii(idText) ? idText : bytesOf(idText);
    const time = this.isoTime(this.ledger.ts[e] as number);
    const a = this.ledger.amount[e] as number;
    const amount = this.json ? jsonNumber(a) : String(a);
    // Ids longer than 65,535 bytes do not fit the length column: such a cycle takes the record path.
    const idLength = Math.min(id.length, 0xffff);
    if (id.length > 0xffff) this.idQuotes[e] = 1;
    const size = idLength + time.length + amount.length;
    if (this.arenaEnd + size > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaEnd + size));
      grown.set(this.arena.subarray(0, this.arenaEnd));
      this.arena = grown;
    }
    const arena = this.arena;
    let at = this.arenaEnd;
    this.at[e] = at;
    if (typeof id === "string") for (let i = 0; i < idLength; i++) arena[at++] = id.charCodeAt(i);
    else {
      arena.set(id.subarray(0, idLength), at);
      at += idLength;
    }
    for (let i = 0; i < time.length; i++) arena[at++] = time.charCodeAt(i);
    for (let i = 0; i < amount.length; i++) arena[at++] = amount.charCodeAt(i);
    this.arenaEnd = at;
    this.idLength[e] = idLength;
    this.timeLength[e] = time.length;
    this.amountLength[e] = amount.length;
  }

  /**
   * isoTime (cycle-record.ts), with the date part kept per day: whole milliseconds in years
   * 1970–9999 are written digit by digit; anything else goes through Date.
   */
  private isoTime(ms: number): string {
    if (!(Number.isInteger(ms) && ms >= 0 && ms < MAX_FAST_MS)) return isoTime(ms) ?? "";
    const day = Math.floor(ms / DAY_MS);
    if (day !== this.day) {
      this.day = day;
      this.dayText = (isoTime(day * DAY_MS) as string).slice(0, 11);
    }
    let rest = ms - day * DAY_MS;
    const milli = rest % 1000;
    rest = (rest - milli) / 1000;
    const second = rest % 60;
    rest = (rest - second) / 60;
    const minute = rest % 60;
    const hour = (rest - minute) / 60;
    return `${this.dayText}${TWO[hour]}:${TWO[minute]}:${TWO[second]}.${THREE[milli]}Z`;
  }
}

/** Whether every character is one UTF-8 byte (a code point below 128). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00.000Z: from there on the year takes more than four digits. */
const MAX_FAST_MS = 253_402_300_800_000;
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
