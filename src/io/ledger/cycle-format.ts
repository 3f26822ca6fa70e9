/**
 * Cycles straight from a batch of ledger indices to the bytes of the --out file, without a record
 * object or a string per cycle: the same bytes as `csvLine(cycleRecord(…))` / `jsonLine(cycleRecord(…))`
 * (write-csv.ts, write-jsonl.ts, cycle-record.ts). That equality is the contract, and
 * cycle-format.test.ts checks it on awkward ledgers (quotes, commas, spaces, non-Latin names,
 * missing times, odd amounts).
 *
 * Why it is fast: a transaction is in many cycles (4.7M cycles of ~5 hops over 1M transactions), so
 * each transaction's id, time and amount are rendered to UTF-8 once, on first use, into an arena, and
 * each account's name once; a cycle is then byte copies into one output buffer per batch. Times,
 * cycle numbers, durations and retained shares are written digit by digit (a share goes through String
 * only next to a rounding tie: share-digits.ts). A JSON time is stored with its quotes (or as null), so
 * the four lists are the same copies in both formats, each item followed by its separator and the last
 * separator overwritten by what comes next. A transaction's offsets are one record (meta), so each
 * transaction of a cycle costs one cache line rather than one per array. A CSV cycle whose names or ids need quoting
 * takes the record path (rare, and exact by construction).
 *
 * Complexity: O(total cycle length + bytes written) per batch after the first sight of each
 * transaction; memory: 16 bytes per transaction plus the rendered fields of those used (about 40
 * bytes each), the names once, and one batch's bytes.
 */
import type { CycleBatch, Ledger } from "../../core/ledger/types.ts";
import { roundShare } from "../../core/reports/ledger-summary-report.ts";
import { ByteSink, copyRange } from "./byte-sink.ts";
import { type CycleContext, cycleRecord, isoTime, transactionId } from "./cycle-record.ts";
import { putShare } from "./share-digits.ts";
import { csvLine } from "./write-csv.ts";
import { jsonLine } from "./write-jsonl.ts";

export type TextFormat = "csv" | "jsonl";

/** A CSV item needs quotes: the rule of csvField (write-csv.ts), seen item by item. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

const COMMA = 44;
const SEMICOLON = 59;
const QUOTE = 34;
const SPACE = 32;
const BACKSLASH = 92;
const NEWLINE = 10;
const enc = new TextEncoder();
const bytesOf = (text: string) => enc.encode(text);
const NULL = bytesOf("null");

/** A JSON number as JSON.stringify writes it (null for NaN and ±Infinity). */
const jsonNumber = (x: number) => (Number.isFinite(x) ? String(x) : "null");

/** UTF-8 pieces looked up by index: piece k is bytes[offsets[k] … offsets[k + 1]). */
type Pieces = { bytes: Uint8Array; offsets: Int32Array };

/**
 * The texts as UTF-8 in one buffer, each written in place (no array per text: a million account names
 * made as many small buffers at once, raising the 10M run's peak memory).
 */
function piecesOf(texts: readonly string[]): Pieces {
  const offsets = new Int32Array(texts.length + 1);
  for (let k = 0; k < texts.length; k++)
    offsets[k + 1] = (offsets[k] as number) + Buffer.byteLength(texts[k] as string, "utf8");
  const bytes = Buffer.alloc(offsets[texts.length] as number);
  for (let k = 0; k < texts.length; k++) bytes.write(texts[k] as string, offsets[k] as number, "utf8");
  return { bytes, offsets };
}

/** Words per transaction record: five arena offsets, a spare word, and the time as a double. */
const RECORD = 8;
/** Set on a record's amount end when the CSV name or id needs quotes (the record path). */
const QUOTED = 0x80000000;
const OFFSET = 0x7fffffff;

export class CycleFormatter {
  private readonly ledger: Ledger;
  private readonly context: CycleContext;
  private readonly json: boolean;
  /** Account names as UTF-8 (JSON: as JSON strings); CSV: 1 where a name needs quotes. */
  private readonly names: Pieces;
  private readonly nameQuotes: Uint8Array;
  /**
   * Per transaction, one 32-byte record (so a cycle's transaction costs one cache line, not one per
   * array): where its payer's name, id, time and amount start in the arena and where the amount ends
   * (each field runs to the next one's start; the payer's name is copied beside the transaction's own
   * fields, so the four lists of a cycle read one run of bytes per transaction), then its time as a
   * double (`times`, words 6–7). The first word is −1 before the transaction is seen; the fifth has
   * QUOTED set when the CSV name or id needs quotes. A time is stored as written: ISO 8601, in JSON
   * with its quotes; a missing one is empty (JSON: null).
   */
  private readonly meta: Int32Array;
  private readonly times: Float64Array;
  private arena = new Uint8Array(1 << 20);
  private arenaView = new DataView(this.arena.buffer);
  private arenaEnd = 0;
  /**
   * The last cycle number written, in ASCII digits (`counter[0 … counterLength)`): lines are numbered
   * one after another, so the next number is this one plus one, carried digit by digit, rather than
   * every digit worked out again by division.
   */
  private readonly counter = new Uint8Array(24);
  private counterLength = 0;
  private counterValue = -1;
  /** Two output buffers in turn, so one batch's bytes can be written while the next is formatted. */
  /** Two batches of output, 1 MB each to start: one filled while the other is written. */
  private readonly outs = [new ByteSink(1 << 20), new ByteSink(1 << 20)];
  private out = this.outs[0] as ByteSink;

  constructor(context: CycleContext, format: TextFormat) {
    this.context = context;
    this.ledger = context.ledger;
    this.json = format === "jsonl";
    const m = this.ledger.src.length;
    const { accounts } = context;
    this.names = piecesOf(this.json ? accounts.map((a) => JSON.stringify(a)) : accounts);
    this.nameQuotes = Uint8Array.from(accounts, (a) => (!this.json && NEEDS_QUOTES.test(a) ? 1 : 0));
    const records = new ArrayBuffer(4 * RECORD * m);
    this.meta = new Int32Array(records);
    this.times = new Float64Array(records);
    for (let e = 0; e < m; e++) this.meta[RECORD * e] = -1;
  }

  /**
   * The lines of the batch's cycles, numbered from `first`, as UTF-8: valid until the call after next
   * (the buffers take turns), so the caller may write them out while it formats the next batch.
   */
  format(batch: CycleBatch, first: number): Uint8Array {
    const out = this.outs[0] === this.out ? (this.outs[1] as ByteSink) : (this.outs[0] as ByteSink);
    out.at = 0;
    this.formatInto(out, batch, first);
    return out.buf.subarray(0, out.at);
  }

  /**
   * The lines of the batch's cycles, numbered from `first`, appended to `sink` (which may grow): the
   * direct writer's aligned buffer, so the bytes are written where the device reads them.
   */
  formatInto(sink: ByteSink, batch: CycleBatch, first: number): void {
    const { offsets, edges } = batch;
    this.out = sink;
    for (let j = 0; j < batch.count; j++)
      this.line(edges, offsets[j] as number, offsets[j + 1] as number, first + j);
  }

  /**
   * One cycle's line. Room for the whole line is made once (a bound from the rendered lengths), then
   * the bytes go into the output buffer through a local cursor: no call per field that checks room.
   */
  private line(edges: Int32Array, from: number, to: number, number: number): void {
    const { amount } = this.ledger;
    const meta = this.meta;
    const times = this.times;
    let quotes = 0;
    let bound = LINE_OVERHEAD;
    // As cycle-record.ts: the span runs from the earliest to the latest time (NaN when one is missing).
    let firstTs = Number.POSITIVE_INFINITY;
    let lastTs = Number.NEGATIVE_INFINITY;
    let earliest = edges[from] as number;
    let latest = earliest;
    for (let p = from; p < to; p++) {
      const e = edges[p] as number;
      const r = RECORD * e;
      if ((meta[r] as number) < 0) this.render(e);
      const end = meta[r + 4] as number;
      quotes |= end >>> 31;
      bound += (end & OFFSET) - (meta[r] as number) + ITEM_OVERHEAD;
      const t = times[4 * e + 3] as number;
      if (t < firstTs) earliest = e;
      if (t > lastTs) latest = e;
      firstTs = Math.min(firstTs, t);
      lastTs = Math.max(lastTs, t);
    }
    const out = this.out;
    if (quotes !== 0) {
      // A name or id with a comma, quote, line break or edge space (or a huge id): the record path.
      const record = cycleRecord(this.context, number, edges.slice(from, to));
      const line = bytesOf(this.json ? jsonLine(record) : csvLine(record));
      out.copy(line, 0, line.length);
      return;
    }
    const firstAmount = amount[edges[from] as number] as number;
    const lastAmount = amount[edges[to - 1] as number] as number;
    const duration = (lastTs - firstTs) / 1000;
    const timed = Number.isFinite(firstTs) && Number.isFinite(lastTs);
    const retained = lastAmount / firstAmount;
    const json = this.json;
    out.room(bound);
    const buf = out.buf;
    const view = out.view;
    const words = this.arenaView;
    let o = out.at;
    if (json) o = putKey(view, o, J_CYCLE);
    o = this.cycleNumber(buf, o, number);
    o = json ? putKey(view, o, J_LENGTH) : putComma(buf, o);
    o = putInt(buf, o, to - from);
    o = json ? putKey(view, o, J_START) : putComma(buf, o);
    o = this.time(buf, view, o, earliest, timed);
    o = json ? putKey(view, o, J_END) : putComma(buf, o);
    o = this.time(buf, view, o, latest, timed);
    o = json ? putKey(view, o, J_DURATION) : putComma(buf, o);
    if (Number.isFinite(duration)) o = putSeconds(buf, o, lastTs - firstTs, duration);
    else if (json) o = put(buf, o, NULL);
    o = json ? putKey(view, o, J_RETAINED) : putComma(buf, o);
    if (firstAmount > 0 && (!json || Number.isFinite(retained))) o = putRetained(buf, o, retained);
    else if (json) o = put(buf, o, NULL);
    // The four lists: payers' names, ids, times, amounts — fields 0 to 3 of each record. Each item is
    // followed by its separator; the last one is then overwritten (o − 1) by what follows the list.
    const separator = json ? COMMA : SEMICOLON;
    o = json ? putKey(view, o, J_ACCOUNTS) : putComma(buf, o);
    for (let p = from; p < to; p++) {
      const r = RECORD * (edges[p] as number);
      o = copyWords(view, o, words, meta[r] as number, meta[r + 1] as number);
      buf[o++] = separator;
    }
    o = json ? putKey(view, o - 1, J_TRANSACTIONS) : putComma(buf, o - 1);
    for (let p = from; p < to; p++) {
      const r = RECORD * (edges[p] as number);
      o = copyWords(view, o, words, meta[r + 1] as number, meta[r + 2] as number);
      buf[o++] = separator;
    }
    o = json ? putKey(view, o - 1, J_TIMESTAMPS) : putComma(buf, o - 1);
    for (let p = from; p < to; p++) {
      const r = RECORD * (edges[p] as number);
      o = copyWords(view, o, words, meta[r + 2] as number, meta[r + 3] as number);
      buf[o++] = separator;
    }
    o = json ? putKey(view, o - 1, J_AMOUNTS) : putComma(buf, o - 1);
    for (let p = from; p < to; p++) {
      const r = RECORD * (edges[p] as number);
      o = copyWords(view, o, words, meta[r + 3] as number, (meta[r + 4] as number) & OFFSET);
      buf[o++] = separator;
    }
    o--;
    if (json) o = putKey(view, o, J_CLOSE);
    buf[o++] = NEWLINE;
    out.at = o;
  }

  /** Cycle `number` (a whole number below 2^53) in decimal, as String writes it. */
  private cycleNumber(buf: Uint8Array, o: number, number: number): number {
    const digits = this.counter;
    let i = this.counterLength - 1;
    if (number === this.counterValue + 1) while (i >= 0 && digits[i] === 57) digits[i--] = 48; // "9" → "0", carry
    if (number !== this.counterValue + 1 || i < 0) this.counterLength = putInt(digits, 0, number);
    else digits[i] = (digits[i] as number) + 1;
    this.counterValue = number;
    const length = this.counterLength;
    for (let k = 0; k < length; k++) buf[o + k] = digits[k] as number;
    return o + length;
  }

  /**
   * Start or end: the time of transaction e as stored (JSON: quoted), or empty / null when the cycle
   * has a missing time (`timed` false; else e's time is there).
   */
  private time(buf: Uint8Array, view: DataView, o: number, e: number, timed: boolean): number {
    if (!timed) return this.json ? put(buf, o, NULL) : o;
    const r = RECORD * e;
    return copyWords(view, o, this.arenaView, this.meta[r + 2] as number, this.meta[r + 3] as number);
  }

  /** Renders transaction e's payer's name, id, time and amount into the arena, once. */
  private render(e: number): void {
    const { ledger, context, json } = this;
    const a = ledger.src[e] as number;
    const nameStart = this.names.offsets[a] as number;
    const nameEnd = this.names.offsets[a + 1] as number;
    // The id: copied byte for byte when plain (the usual case), else through its text.
    let plain = plainId(context, e, json);
    const fastId = plain !== null;
    let id: string | Uint8Array = "";
    let quotes = this.nameQuotes[a] === 1;
    if (plain === null) {
      const raw = transactionId(context, e);
      quotes ||= !json && NEEDS_QUOTES.test(raw);
      const idText = json ? JSON.stringify(raw) : raw;
      // Most ids are ASCII (numbers, codes): copied by character; others are encoded to UTF-8.
      id = isAscii(idText) ? idText : bytesOf(idText);
      plain = id.length;
    }
    const ms = ledger.ts[e] as number;
    const fastTime = Number.isInteger(ms) && ms >= 0 && ms < MAX_FAST_MS;
    const iso = fastTime ? "" : isoTime(ms);
    // JSON: the time with its quotes, or null; CSV: the time, or nothing.
    const time = iso === null ? (json ? "null" : "") : json && !fastTime ? `"${iso}"` : iso;
    const timeSize = fastTime ? ISO_LENGTH + (json ? 2 : 0) : time.length;
    const x = ledger.amount[e] as number;
    const cents = isCents(x);
    const amount = cents ? "" : json ? jsonNumber(x) : String(x);
    const size = nameEnd - nameStart + plain + timeSize + (cents ? MAX_CENTS_LENGTH : amount.length);
    // WORD_SLACK spare bytes after the last field: copyWords reads whole words past a field's end.
    if (this.arenaEnd + size + WORD_SLACK > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaEnd + size + WORD_SLACK));
      grown.set(this.arena.subarray(0, this.arenaEnd));
      this.arena = grown;
      this.arenaView = new DataView(grown.buffer);
    }
    const arena = this.arena;
    let at = this.arenaEnd;
    const meta = this.meta;
    const r = RECORD * e;
    meta[r] = at;
    at = copyRange(arena, at, this.names.bytes, nameStart, nameEnd);
    meta[r + 1] = at;
    if (fastId) at = putPlainId(arena, at, context, e, json);
    else if (typeof id === "string") at = putAscii(arena, at, id);
    else {
      arena.set(id, at);
      at += id.length;
    }
    meta[r + 2] = at;
    if (!fastTime) at = putAscii(arena, at, time);
    else if (!json) at = putIsoTime(arena, at, ms);
    else {
      arena[at++] = QUOTE;
      at = putIsoTime(arena, at, ms);
      arena[at++] = QUOTE;
    }
    meta[r + 3] = at;
    at = cents ? putCents(arena, at, x) : putAscii(arena, at, amount);
    meta[r + 4] = quotes ? at | QUOTED : at;
    this.times[4 * e + 3] = ms;
    this.arenaEnd = at;
  }
}

/**
 * The length in bytes of transaction e's id as written (JSON: with its quotes) when it can be written
 * without its text: a whole number id or row number, or a text id of printable ASCII with no comma,
 * quote or backslash and no space at either end (nothing to quote or escape). Else null.
 */
function plainId(context: CycleContext, e: number, json: boolean): number | null {
  const { ids, ledger } = context;
  const quotes = json ? 2 : 0;
  if (ids.kind === "text") {
    const k = ids.entry ? (ids.entry[e] as number) : e;
    const start = ids.offsets[k] as number;
    const end = (ids.offsets[k + 1] as number) - 1;
    if (end <= start) return null;
    const bytes = ids.bytes;
    if (bytes[start] === SPACE || bytes[end - 1] === SPACE) return null;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      if (b < SPACE || b > 0x7e || b === QUOTE || b === COMMA || b === BACKSLASH) return null;
    }
    return end - start + quotes;
  }
  const n = ids.kind === "number" ? (ids.values[e] as number) : (ledger.row[e] as number) + 1;
  if (!Number.isSafeInteger(n)) return null;
  return intLength(Math.abs(n)) + (n < 0 ? 1 : 0) + quotes;
}

/** Writes the id plainId measured. */
function putPlainId(buf: Uint8Array, o: number, context: CycleContext, e: number, json: boolean): number {
  const { ids, ledger } = context;
  if (json) buf[o++] = QUOTE;
  if (ids.kind === "text") {
    const k = ids.entry ? (ids.entry[e] as number) : e;
    o = copyRange(buf, o, ids.bytes, ids.offsets[k] as number, (ids.offsets[k + 1] as number) - 1);
  } else {
    const n = ids.kind === "number" ? (ids.values[e] as number) : (ledger.row[e] as number) + 1;
    if (n < 0) buf[o++] = 45; // "-"
    o = putInt(buf, o, Math.abs(n));
  }
  if (json) buf[o++] = QUOTE;
  return o;
}

/** Decimal digits of a non-negative integer. */
function intLength(n: number): number {
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  return digits;
}

/**
 * Whether String(x) is x's value in cents written out: x is the double nearest k ÷ 100 for a whole k
 * below 10^15. Such a decimal has at most 15 significant digits, so no other decimal of as many digits
 * or fewer reads back as x (15 digits always survive a double), and String, which writes the shortest
 * decimal that reads back, writes exactly it — in plain notation, as |x| is 0 or at least 0.01.
 */
function isCents(x: number): boolean {
  if (!(Math.abs(x) < 1e13)) return false;
  const k = Math.round(x * 100);
  return k / 100 === x;
}

/** "-" for a negative, the whole part, then the cents without trailing zeros: 156.6, 12, 0.05. */
const MAX_CENTS_LENGTH = 18;

function putCents(buf: Uint8Array, o: number, x: number): number {
  let k = Math.round(x * 100);
  if (k < 0) {
    buf[o++] = 45; // "-"
    k = -k;
  }
  const whole = Math.floor(k / 100);
  let cents = k - whole * 100;
  o = putInt(buf, o, whole);
  if (cents === 0) return o;
  buf[o++] = 46; // "."
  buf[o++] = 48 + Math.floor(cents / 10);
  cents %= 10;
  if (cents !== 0) buf[o++] = 48 + cents;
  return o;
}

/**
 * The retained share as the record path writes it, String(roundShare(x)): digit by digit where putShare
 * can (share-digits.ts), else through String. (A cache of the written shares keyed by a cycle's first
 * and last transaction paid while String wrote every share; with the digits written by hand it no
 * longer does: bench/ledger-write.ts --format-only, JSON lines, 2M cycles, 1.90–2.15 s with it against
 * 1.64–1.95 s without, in turn at load 8–12.)
 */
function putRetained(buf: Uint8Array, o: number, share: number): number {
  const end = putShare(buf, o, share);
  return end >= 0 ? end : putAscii(buf, o, String(roundShare(share)));
}

/** Whether every character is one UTF-8 byte (a code point below 128). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Spare bytes kept after the arena's last field and a line's last byte, for copyWords. */
const WORD_SLACK = 8;

/** A JSON key (with its punctuation) as a DataView over its bytes and WORD_SLACK spare zeros. */
type Key = { view: DataView; length: number };

function key(text: string): Key {
  const bytes = bytesOf(text);
  const padded = new Uint8Array(bytes.length + WORD_SLACK);
  padded.set(bytes);
  return { view: new DataView(padded.buffer), length: bytes.length };
}

const J_CYCLE = key('{"cycle":');
const J_LENGTH = key(',"length":');
const J_START = key(',"start":');
const J_END = key(',"end":');
const J_DURATION = key(',"duration_seconds":');
const J_RETAINED = key(',"retained":');
const J_ACCOUNTS = key(',"accounts":[');
const J_TRANSACTIONS = key('],"transactions":[');
const J_TIMESTAMPS = key('],"timestamps":[');
const J_AMOUNTS = key('],"amounts":[');
const J_CLOSE = key("]}");

function putKey(view: DataView, o: number, k: Key): number {
  return copyWords(view, o, k.view, 0, k.length);
}

function putComma(buf: Uint8Array, o: number): number {
  buf[o] = COMMA;
  return o + 1;
}
/**
 * Bytes of a line besides its items: the JSON keys (about 120), the cycle number, length, start, end
 * (24 each), duration and retained (up to 24 each as String writes a double), with room to spare.
 */
const LINE_OVERHEAD = 400;
/** Per item besides its text: a separator in each of the four lists, and room for copyWords past it. */
const ITEM_OVERHEAD = 8;

function put(buf: Uint8Array, o: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) buf[o++] = bytes[i] as number;
  return o;
}

/**
 * Bytes start … end of `from` to `o`, four at a time through DataViews (unaligned access is allowed
 * and compiled inline): a field of 6–24 bytes is 2–6 word moves instead of 6–24 byte moves. It reads
 * and writes up to 3 bytes past the field; the source keeps WORD_SLACK spare bytes after its last field,
 * and the bytes written past `o + (end − start)` are overwritten by what follows (a line's room bound
 * leaves far more than 3 spare bytes).
 */
function copyWords(to: DataView, o: number, from: DataView, start: number, end: number): number {
  for (let i = start, at = o; i < end; i += 4, at += 4) to.setInt32(at, from.getInt32(i, true), true);
  return o + end - start;
}

/** ASCII text (numbers, ISO times): one byte per character. */
function putAscii(buf: Uint8Array, o: number, text: string): number {
  for (let i = 0; i < text.length; i++) buf[o++] = text.charCodeAt(i);
  return o;
}

/** A non-negative integer below 2^53 in decimal, as String writes it. */
function putInt(buf: Uint8Array, o: number, n: number): number {
  if (n < 10) {
    buf[o] = 48 + n;
    return o + 1;
  }
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  let rest = n;
  for (let i = digits - 1; i >= 0; i--) {
    const q = Math.floor(rest / 10);
    buf[o + i] = 48 + (rest - q * 10);
    rest = q;
  }
  return o + digits;
}

/**
 * A duration of `ms` milliseconds as seconds, as String(seconds) writes it. For a whole number of
 * milliseconds below 2^43 (278 years) the double nearest ms ÷ 1000 has no shorter decimal than
 * ms ÷ 1000 itself (its spacing is far below 0.001), so the digits are written by hand: the whole
 * seconds, then the milliseconds without trailing zeros. Anything else goes through String.
 */
function putSeconds(buf: Uint8Array, o: number, ms: number, seconds: number): number {
  if (!(Number.isInteger(ms) && ms >= 0 && ms < 2 ** 43)) return putAscii(buf, o, String(seconds));
  const whole = Math.floor(ms / 1000);
  let milli = ms - whole * 1000;
  o = putInt(buf, o, whole);
  if (milli === 0) return o;
  buf[o++] = 46; // "."
  let digits = 3;
  while (milli % 10 === 0) {
    milli /= 10;
    digits--;
  }
  for (let i = digits - 1; i >= 0; i--) {
    buf[o + i] = 48 + (milli % 10);
    milli = Math.floor(milli / 10);
  }
  return o + digits;
}

const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00.000Z: from there on the year takes more than four digits. */
const MAX_FAST_MS = 253_402_300_800_000;
/** "YYYY-MM-DDTHH:MM:SS.mmmZ" */
const ISO_LENGTH = 24;

/** Writes `n` as `width` digits, zero-padded. */
function putDigits(buf: Uint8Array, o: number, n: number, width: number): number {
  for (let i = width - 1; i >= 0; i--) {
    const q = Math.floor(n / 10);
    buf[o + i] = 48 + (n - q * 10);
    n = q;
  }
  return o + width;
}

/**
 * isoTime (cycle-record.ts) for whole milliseconds in years 1970–9999, digit by digit: the calendar
 * date from the day number by the civil-from-days arithmetic (proleptic Gregorian, as Date uses).
 */
function putIsoTime(buf: Uint8Array, o: number, ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  // Days since 0000-03-01, in 400-year eras of 146,097 days; a year runs March to February.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  o = putDigits(buf, o, year, 4);
  buf[o++] = 45; // "-"
  o = putDigits(buf, o, month, 2);
  buf[o++] = 45;
  o = putDigits(buf, o, date, 2);
  buf[o++] = 84; // "T"
  o = putDigits(buf, o, hour, 2);
  buf[o++] = 58; // ":"
  o = putDigits(buf, o, minute, 2);
  buf[o++] = 58;
  o = putDigits(buf, o, second, 2);
  buf[o++] = 46; // "."
  o = putDigits(buf, o, milli, 3);
  buf[o++] = 90; // "Z"
  return o;
}
