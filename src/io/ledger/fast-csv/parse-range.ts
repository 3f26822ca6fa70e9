/**
 * One byte range of a CSV ledger read into columns by the fast reader: rows [from, to) of the file
 * (both at the start of a line), read block by block into one reused buffer, each cell checked
 * against the one strict spelling the fast reader knows (values.ts) and every byte against printable
 * ASCII without quotes, semicolons or pipes. The first cell that does not fit ends the read with
 * "declined": the file then goes the careful way, which reads and reports it. Two ranges run at once,
 * one on a worker thread (range-thread.ts).
 *
 * Per row kept (not a self-loop), a record (RECORD): payer and payee as numbers of this range's
 * NameTable, time, amount, the row's index within the range; per row: its id's bytes and end (when there is an id
 * column). Times and amounts are checked on self-loops too, as the careful route checks every row.
 * No allocation per row; the output arrays grow by doubling.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { sharedFloat64 } from "../shared-arrays.ts";
import { NameTable } from "./name-table.ts";
import { FIELD } from "./plan.ts";
import {
  type RangeColumns,
  type RangeProgress,
  type RangeResult,
  RECORD,
  recordWords,
} from "./range-columns.ts";
import { readIsoUtcMs, readPlainAmount, readWholeId } from "./values.ts";

/** Bytes read at a time (a line longer than this declines the file). */
export const BLOCK_BYTES = 8 << 20;

/** Bytes 19–23 of a cell are `.ddd` and `Z`: a time with milliseconds, 24 bytes long. */
function isMillisZ(buffer: Uint8Array, at: number): boolean {
  if (buffer[at + 19] !== 46 || buffer[at + 23] !== 90) return false;
  for (let k = at + 20; k < at + 23; k++) {
    const c = buffer[k] as number;
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Rows whose names are looked up together (NameTable.internBatch). */
const BATCH = 32;

/** Byte classes: 0 not accepted, 1 a cell's byte, 2 comma, 3 line feed. */
const CLASS = new Uint8Array(256);
for (let c = 0x21; c <= 0x7e; c++) CLASS[c] = 1;
CLASS[0x22] = 0; // a quote: quoting rules are the careful reader's
CLASS[0x3b] = 0; // ';' and '|' could make DuckDB's sniffer choose another delimiter
CLASS[0x7c] = 0;
CLASS[0x2c] = 2;
CLASS[0x0a] = 3;

export function parseRange(
  path: string,
  from: number,
  to: number,
  atEndOfFile: boolean,
  fields: Int8Array,
  progress?: RangeProgress,
  table?: NameTable,
): RangeResult {
  const fd = openSync(path, "r");
  const rowsGuess = Math.max(1024, Math.ceil((to - from) / 48));
  try {
    return new RangeReader(fields, rowsGuess, table ?? new NameTable(rowsGuess >> 3)).read(
      fd,
      from,
      to,
      atEndOfFile,
      progress,
    );
  } finally {
    closeSync(fd);
  }
}

class RangeReader {
  private readonly fields: Int8Array;
  private readonly hasId: boolean;
  private readonly names: NameTable;
  private capacity: number;
  private records: Float64Array;
  private words: Int32Array;
  private idValues: Float64Array | null;
  private idWhole = true;
  private idBytes: Uint8Array;
  private idLength = 0;
  /** Ids stored so far (rows run ahead of `rows` while a batch waits). */
  private idRows = 0;
  private idEnds: Float64Array;
  private rows = 0;
  private kept = 0;
  /** The name of each self-loop read (its two uses are taken off the name's activity). */
  private selfLoopNames = new Int32Array(16);
  private selfLoops = 0;
  /** Rows read but not yet stored: their name cells' places, times, amounts and id values. */
  private readonly batch = {
    starts: new Int32Array(2 * BATCH),
    ends: new Int32Array(2 * BATCH),
    numbers: new Int32Array(2 * BATCH),
    ts: new Float64Array(BATCH),
    amount: new Float64Array(BATCH),
    idValue: new Float64Array(BATCH),
  };
  private minTs = Number.POSITIVE_INFINITY;
  private maxTs = Number.NEGATIVE_INFINITY;

  constructor(fields: Int8Array, rowsGuess: number, names: NameTable) {
    this.fields = fields;
    this.hasId = fields.includes(FIELD.id);
    this.names = names;
    this.capacity = rowsGuess;
    this.records = sharedFloat64(rowsGuess * RECORD.doubles);
    this.words = recordWords(this.records);
    this.idValues = this.hasId ? new Float64Array(rowsGuess) : null;
    this.idBytes = new Uint8Array(this.hasId ? rowsGuess * 8 : 0);
    this.idEnds = new Float64Array(this.hasId ? rowsGuess : 0);
  }

  read(fd: number, from: number, to: number, atEndOfFile: boolean, progress?: RangeProgress): RangeResult {
    const buffer = new Uint8Array(2 * BLOCK_BYTES + 1);
    let carry = 0;
    let position = from;
    while (position < to) {
      const got = readSync(fd, buffer, carry, Math.min(BLOCK_BYTES, to - position), position);
      if (got <= 0) return { ok: false, reason: "short read", row: this.rows };
      position += got;
      let end = carry + got;
      // A last line without its line feed ends at the end of the file.
      if (position >= to && atEndOfFile && buffer[end - 1] !== 10) buffer[end++] = 10;
      let last = end;
      while (last > 0 && buffer[last - 1] !== 10) last--;
      if (position >= to && last !== end) return { ok: false, reason: "cut line", row: this.rows };
      const stopped = this.lines(buffer, last);
      if (stopped !== null) return { ok: false, reason: stopped, row: this.rows };
      carry = end - last;
      if (carry > BLOCK_BYTES) return { ok: false, reason: "long line", row: this.rows };
      buffer.copyWithin(0, last, end);
      if (progress) {
        progress.done[progress.slot] = position - from;
        progress.onBlock?.();
      }
    }
    return this.result();
  }

  /** Reads the whole lines in buffer[0, end); null, or why the file is declined. */
  private lines(buffer: Uint8Array, end: number): string | null {
    const fields = this.fields;
    const count = fields.length;
    const batch = this.batch;
    let n = 0;
    let at = 0;
    while (at < end) {
      let ts = Number.NaN;
      let amount = Number.NaN;
      let idValue = -1;
      for (let f = 0; f < count; f++) {
        const start = at;
        const role = fields[f];
        let c: number;
        if (role === FIELD.ts && (buffer[at + 19] === 90 || isMillisZ(buffer, at))) {
          // The usual times, `…:SSZ` or `…:SS.sssZ`: their end found without a scan. readIsoUtcMs
          // checks every byte of the window (none is a comma or line feed), and the byte after it
          // must end the cell, so a shorter cell fails there and never reads past its line.
          at += buffer[at + 19] === 90 ? 20 : 24;
          c = CLASS[buffer[at] as number] as number;
        } else if (role === FIELD.ts || role === FIELD.amount) {
          // Every byte of these is checked by its reader; only the cell's end is looked for here.
          c = buffer[at] as number;
          while (c !== 44 && c !== 10) c = buffer[++at] as number;
          c = CLASS[c] as number;
        } else {
          c = CLASS[buffer[at] as number] as number;
          while (c === 1) c = CLASS[buffer[++at] as number] as number;
        }
        if (at === start) return "empty cell";
        if (c !== (f === count - 1 ? 3 : 2)) return c === 0 ? "byte" : "field count";
        switch (role) {
          case FIELD.src:
            batch.starts[2 * n] = start;
            batch.ends[2 * n] = at;
            break;
          case FIELD.dst:
            batch.starts[2 * n + 1] = start;
            batch.ends[2 * n + 1] = at;
            break;
          case FIELD.ts:
            ts = readIsoUtcMs(buffer, start, at);
            if (Number.isNaN(ts)) return "time";
            break;
          case FIELD.amount:
            amount = readPlainAmount(buffer, start, at);
            if (Number.isNaN(amount)) return "amount";
            break;
          case FIELD.id:
            idValue = readWholeId(buffer, start, at);
            this.putId(buffer, start, at);
            break;
        }
        at++;
      }
      batch.ts[n] = ts;
      batch.amount[n] = amount;
      batch.idValue[n] = idValue;
      if (++n === BATCH) {
        this.flush(buffer, n);
        n = 0;
      }
    }
    this.flush(buffer, n);
    return null;
  }

  /** The batch's n rows: names looked up together, then each row kept or counted as a self-loop. */
  private flush(buffer: Uint8Array, n: number): void {
    const batch = this.batch;
    const names = this.names;
    names.internBatch(buffer, batch.starts, batch.ends, 2 * n, batch.numbers);
    for (let i = 0; i < n; i++) {
      const ts = batch.ts[i] as number;
      if (ts < this.minTs) this.minTs = ts;
      if (ts > this.maxTs) this.maxTs = ts;
      const src = batch.numbers[2 * i] as number;
      const dst = batch.numbers[2 * i + 1] as number;
      if (src !== dst) {
        if (this.kept === this.capacity) this.grow();
        const k = this.kept;
        this.records[k * RECORD.doubles + RECORD.ts] = ts;
        this.records[k * RECORD.doubles + RECORD.amount] = batch.amount[i] as number;
        const word = k * RECORD.words;
        this.words[word + RECORD.src] = src;
        this.words[word + RECORD.dst] = dst;
        this.words[word + RECORD.row] = this.rows;
        if (this.idValues !== null && (batch.idValue[i] as number) < 0) {
          this.idWhole = false;
          this.idValues = null;
        }
        this.kept = k + 1;
      } else {
        if (this.selfLoopNames.length === this.selfLoops)
          this.selfLoopNames = grown(this.selfLoopNames, 2 * this.selfLoops + 16);
        this.selfLoopNames[this.selfLoops++] = src;
      }
      if (this.idValues !== null) {
        if (this.rows === this.idValues.length) this.idValues = grown(this.idValues, this.rows + 1);
        this.idValues[this.rows] = batch.idValue[i] as number;
      }
      this.rows++;
    }
  }

  private putId(buffer: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (this.idLength + length + 1 > this.idBytes.length) {
      const bigger = new Uint8Array(Math.max(2 * this.idBytes.length, this.idLength + length + 1));
      bigger.set(this.idBytes.subarray(0, this.idLength));
      this.idBytes = bigger;
    }
    if (this.idRows >= this.idEnds.length) this.idEnds = grown(this.idEnds, this.idRows + 1);
    // A byte loop: ids are short, and a subarray per row would allocate ten million views.
    const bytes = this.idBytes;
    let to = this.idLength;
    for (let k = start; k < end; k++) bytes[to++] = buffer[k] as number;
    bytes[to++] = 10;
    this.idLength = to;
    this.idEnds[this.idRows++] = to;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const records = sharedFloat64(capacity * RECORD.doubles);
    records.set(this.records);
    this.records = records;
    this.words = recordWords(this.records);
    this.capacity = capacity;
  }

  private result(): RangeColumns {
    const kept = this.kept;
    const names = this.names;
    names.settleActivity(this.selfLoopNames, this.selfLoops);
    return {
      ok: true,
      rows: this.rows,
      kept,
      minTs: this.minTs,
      maxTs: this.maxTs,
      // Views, not copies: the arrays move to the assembling thread whole (see rangeTransfers).
      records: this.records.subarray(0, kept * RECORD.doubles),
      // On shared memory (copies of a few MB): the thread that read them sorts them while the other
      // thread sorts its own (number-accounts.ts).
      names: {
        bytes: shared(names.bytes.subarray(0, names.starts[names.count])),
        starts: shared(names.starts.subarray(0, names.count + 1)),
        activity: shared(names.activity.subarray(0, names.count)),
        count: names.count,
      },
      idBytes: this.hasId ? this.idBytes.subarray(0, this.idLength) : null,
      idEnds: this.hasId ? this.idEnds.subarray(0, this.rows) : null,
      idWhole: this.hasId && this.idWhole,
      idValues: this.hasId && this.idWhole && this.idValues ? this.idValues.subarray(0, this.rows) : null,
    };
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, capacity: number): T {
  const bigger = new (from.constructor as new (n: number) => T)(Math.max(capacity, from.length * 2));
  bigger.set(from);
  return bigger;
}

/** A copy of `from` on shared memory. */
function shared<T extends Uint8Array | Int32Array>(from: T): T {
  const bytes = new SharedArrayBuffer(Math.max(1, from.byteLength));
  const copy = new (from.constructor as new (buffer: SharedArrayBuffer, offset: number, length: number) => T)(
    bytes,
    0,
    from.length,
  );
  copy.set(from);
  return copy;
}
