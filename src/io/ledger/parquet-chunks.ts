/**
 * Cycles straight from a batch of ledger indices into DuckDB data chunks, column by column, for the
 * Parquet writer (parquet-sink.ts): no record object, no JSON, no string per cycle. The values are
 * those the JSON-lines route gave DuckDB (cycle-record.ts read back by `read_json`), so the Parquet file
 * is the same: times as TIMESTAMP (microseconds, whole milliseconds as the ISO text had them), a
 * missing time, duration, retained share or non-finite amount as NULL, −0 as 0.
 *
 * How: each column is filled in a typed array and copied into the chunk's vector with one native call
 * (`copy_data_to_vector`). VARCHAR items are DuckDB's 16-byte string records; a string of up to 12
 * bytes is stored inside its record, so those are built here, once per account and per transaction
 * on first use. A longer one is handed to DuckDB once (`vector_assign_string_element_len` on a vector
 * kept for the run) and its record — length, prefix and a pointer into that vector's heap — read back
 * and reused: the appender copies the text when the chunk is appended, so the heap only has to live
 * as long as the writer.
 *
 * Complexity: O(total cycle length) per batch after the first sight of each transaction; memory: 28
 * bytes per transaction and 20 per account (the string records, their slots and the times), and one
 * chunk's columns.
 */
import { DuckDBDataChunk } from "@duckdb/node-api";
import bindings from "@duckdb/node-bindings";
import type { CycleBatch } from "../../core/ledger/types.ts";
import { type CycleContext, transactionId } from "./cycle-record.ts";

/** The Parquet columns, in order, with their DuckDB types (the schema the JSON-lines route had). */
export const PARQUET_COLUMNS = {
  cycle: "BIGINT",
  length: "INTEGER",
  start: "TIMESTAMP",
  end: "TIMESTAMP",
  duration_seconds: "DOUBLE",
  retained: "DOUBLE",
  accounts: "VARCHAR[]",
  transactions: "VARCHAR[]",
  timestamps: "TIMESTAMP[]",
  amounts: "DOUBLE[]",
} as const;

/** Rows per data chunk: DuckDB's vector size (2,048). */
export const CHUNK_ROWS: number = bindings.vector_size();

const TWO_32 = 2 ** 32;
/** The Date range (±100,000,000 days): outside it the ISO text, and so the JSON route, had no time. */
const MAX_MS = 8.64e15;
const enc = new TextEncoder();

/** DuckDB string records (16 bytes: length, then the text or a prefix and a pointer) by integer key. */
class StringRecords {
  /** Per key: 4 + its record's word offset in `words`, or 0 before first use (read inline by fill). */
  readonly slot: Int32Array;
  /**
   * Key k's record at words 4k … 4k + 3: allocated whole at the start (zeroed pages cost no memory
   * until a record is written there) rather than grown by doubling, whose copy held the old and the
   * new array at once — ~0.4 GB at a moment for 10M transactions.
   */
  readonly words: Int32Array<ArrayBuffer>;
  private readonly textOf: (key: number) => string;
  /** Long strings waiting for DuckDB: record index and text bytes. */
  private pending: { record: number; bytes: Uint8Array }[] = [];
  /** Vectors whose heaps hold the long strings: kept alive for the writer's life. */
  private readonly heaps: bindings.Vector[] = [];
  private readonly varchar = bindings.create_logical_type(bindings.Type.VARCHAR);
  private readonly scratch = new Uint8Array(12);

  constructor(size: number, textOf: (key: number) => string) {
    this.slot = new Int32Array(size);
    this.words = new Int32Array(4 * size);
    this.textOf = textOf;
  }

  /** The word offset of key k's record, made now (its first use; call `settle` before reading it). */
  make(k: number): number {
    this.slot[k] = 4 * k + 4;
    const text = this.textOf(k);
    const { read, written } = enc.encodeInto(text, this.scratch);
    const at = 4 * k;
    if (read === text.length && written <= 12) {
      const w = this.words;
      const bytes = this.scratch;
      w[at] = written;
      // Inline text, zero-padded: DuckDB compares inline records word by word.
      for (let i = 0; i < 3; i++) {
        let word = 0;
        for (let b = 3; b >= 0; b--) {
          const j = 4 * i + b;
          word = (word << 8) | (j < written ? (bytes[j] as number) : 0);
        }
        w[at + 1 + i] = word;
      }
    } else this.pending.push({ record: k, bytes: enc.encode(text) });
    return at;
  }

  /** Hands the long strings made since the last call to DuckDB and reads their records back. */
  settle(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    const heap = bindings.create_vector(this.varchar, pending.length);
    pending.forEach(({ bytes }, i) => {
      bindings.vector_assign_string_element_len(heap, i, bytes);
    });
    this.heaps.push(heap);
    const data = bindings.vector_get_data(heap, 16 * pending.length);
    const records = new Int32Array(data.buffer, data.byteOffset, 4 * pending.length);
    pending.forEach(({ record }, i) => {
      this.words.set(records.subarray(4 * i, 4 * i + 4), 4 * record);
    });
  }
}

/** A growable column of 4-byte words (int64 and double values take two). */
class Words {
  words: Int32Array<ArrayBuffer> = new Int32Array(4096);
  ensure(n: number): void {
    if (n > this.words.length) this.words = new Int32Array(Math.max(n, 2 * this.words.length));
  }
}

/** Validity bits (1 = a value), 64 rows per DuckDB word, all rows valid until cleared. */
class Validity {
  words: Int32Array<ArrayBuffer> = new Int32Array(2 * Math.ceil(CHUNK_ROWS / 64));
  reset(rows: number): void {
    const n = 2 * Math.ceil(rows / 64);
    if (n > this.words.length) this.words = new Int32Array(n);
    this.words.fill(-1, 0, n);
  }
  clear(row: number): void {
    this.words[row >>> 5] = (this.words[row >>> 5] as number) & ~(1 << (row & 31));
  }
}

/** Writes signed int64 `value` (an integer below 2^53 in size) as two words at `at`. */
function int64(words: Int32Array, at: number, value: number): void {
  const hi = Math.floor(value / TWO_32);
  words[at] = (value - hi * TWO_32) | 0;
  words[at + 1] = hi | 0;
}

/** Microseconds of a whole-millisecond time as int64, exactly (ms × 1000 can pass 2^53). */
function micros(words: Int32Array, at: number, ms: number): void {
  const hi = Math.floor(ms / TWO_32);
  const lo = (ms - hi * TWO_32) * 1000;
  const carry = Math.floor(lo / TWO_32);
  words[at] = (lo - carry * TWO_32) | 0;
  words[at + 1] = (hi * 1000 + carry) | 0;
}

/** Whether a time has an ISO text (cycle-record.ts isoTime; Date throws past ±8.64e15 ms). */
const timed = (ms: number) => Number.isFinite(ms) && Math.abs(ms) <= MAX_MS;

export class CycleChunks {
  private readonly context: CycleContext;
  private readonly names: StringRecords;
  private readonly ids: StringRecords;
  private readonly chunk: bindings.DataChunk;
  readonly wrapped: DuckDBDataChunk;
  private readonly cycle = new Words();
  private readonly length = new Int32Array(CHUNK_ROWS);
  private readonly start = new Words();
  private readonly end = new Words();
  private readonly duration = new Float64Array(CHUNK_ROWS);
  private readonly retained = new Float64Array(CHUNK_ROWS);
  private readonly valid = [new Validity(), new Validity(), new Validity(), new Validity()];
  /** The lists' (offset, length) entries, the same for all four lists. */
  private readonly entries = new Words();
  private readonly accounts = new Words();
  private readonly transactions = new Words();
  private readonly times = new Words();
  private amounts = new Float64Array(4096);
  private readonly itemValid = [new Validity(), new Validity()];
  /** Per transaction, made with its id record: its time in microseconds as two int64 words. */
  private readonly timeWords: Int32Array;

  constructor(context: CycleContext) {
    this.context = context;
    this.names = new StringRecords(context.accounts.length, (a) => context.accounts[a] as string);
    this.ids = new StringRecords(context.ledger.src.length, (e) => transactionId(context, e));
    this.timeWords = new Int32Array(2 * context.ledger.src.length);
    this.chunk = bindings.create_data_chunk(chunkTypes());
    this.wrapped = new DuckDBDataChunk(this.chunk);
    this.cycle.ensure(2 * CHUNK_ROWS);
    this.start.ensure(2 * CHUNK_ROWS);
    this.end.ensure(2 * CHUNK_ROWS);
    this.entries.ensure(4 * CHUNK_ROWS);
  }

  /**
   * Fills the chunk with cycles j0 … j0 + rows − 1 of the batch (rows ≤ CHUNK_ROWS), numbered from
   * `number`, ready for the appender.
   */
  fill(batch: CycleBatch, j0: number, rows: number, number: number): DuckDBDataChunk {
    const { offsets, edges } = batch;
    const { ts, amount, src } = this.context.ledger;
    const base = offsets[j0] as number;
    const items = (offsets[j0 + rows] as number) - base;
    for (const v of this.valid) v.reset(rows);
    for (const v of this.itemValid) v.reset(items);
    this.accounts.ensure(4 * items);
    this.transactions.ensure(4 * items);
    this.times.ensure(2 * items);
    if (items > this.amounts.length)
      this.amounts = new Float64Array(Math.max(items, 2 * this.amounts.length));
    const [startValid, endValid, durationValid, retainedValid] = this.valid as [
      Validity,
      Validity,
      Validity,
      Validity,
    ];
    const [timeValid, amountValid] = this.itemValid as [Validity, Validity];
    const cycle = this.cycle.words;
    const start = this.start.words;
    const end = this.end.words;
    const entries = this.entries.words;
    const accounts = this.accounts.words;
    const transactions = this.transactions.words;
    const times = this.times.words;
    const amounts = this.amounts;
    const names = this.names;
    const ids = this.ids;
    const nameSlot = names.slot;
    const idSlot = ids.slot;
    const timeWords = this.timeWords;
    for (let r = 0; r < rows; r++) {
      const from = offsets[j0 + r] as number;
      const to = offsets[j0 + r + 1] as number;
      int64(cycle, 2 * r, number + r);
      this.length[r] = to - from;
      entries[4 * r] = from - base;
      entries[4 * r + 1] = 0;
      entries[4 * r + 2] = to - from;
      entries[4 * r + 3] = 0;
      // As cycle-record.ts: the span runs from the earliest to the latest time (none when one is missing).
      let firstTs = Number.POSITIVE_INFINITY;
      let lastTs = Number.NEGATIVE_INFINITY;
      for (let p = from; p < to; p++) {
        const e = edges[p] as number;
        const t = ts[e] as number;
        firstTs = Math.min(firstTs, t);
        lastTs = Math.max(lastTs, t);
        const i = p - base;
        const a = src[e] as number;
        let name = (nameSlot[a] as number) - 4;
        if (name < 0) name = names.make(a);
        let id = (idSlot[e] as number) - 4;
        if (id < 0) {
          id = ids.make(e);
          if (timed(t)) micros(timeWords, 2 * e, Math.trunc(t));
        }
        // Records are copied after settle(); for now, note which ones (their word offsets).
        accounts[4 * i] = name;
        transactions[4 * i] = id;
        if (timed(t)) {
          times[2 * i] = timeWords[2 * e] as number;
          times[2 * i + 1] = timeWords[2 * e + 1] as number;
        } else timeValid.clear(i);
        const x = amount[e] as number;
        // + 0 turns −0 into 0, as JSON did.
        amounts[i] = x + 0;
        if (!Number.isFinite(x)) amountValid.clear(i);
      }
      if (timed(firstTs) && timed(lastTs)) {
        micros(start, 2 * r, Math.trunc(firstTs));
        micros(end, 2 * r, Math.trunc(lastTs));
      } else {
        startValid.clear(r);
        endValid.clear(r);
      }
      const duration = (lastTs - firstTs) / 1000;
      this.duration[r] = duration;
      if (!Number.isFinite(duration)) durationValid.clear(r);
      const firstAmount = amount[edges[from] as number] as number;
      const retained = (amount[edges[to - 1] as number] as number) / firstAmount;
      this.retained[r] = retained + 0;
      if (!(firstAmount > 0 && Number.isFinite(retained))) retainedValid.clear(r);
    }
    names.settle();
    ids.settle();
    copyRecords(accounts, names.words, items);
    copyRecords(transactions, ids.words, items);
    return this.send(rows, items);
  }

  private send(rows: number, items: number): DuckDBDataChunk {
    const chunk = this.chunk;
    bindings.data_chunk_reset(chunk);
    const vector = (c: number) => bindings.data_chunk_get_vector(chunk, c);
    put(vector(0), this.cycle.words, 8 * rows);
    put(vector(1), this.length, 4 * rows);
    const scalars = [this.start.words, this.end.words, this.duration, this.retained];
    scalars.forEach((values, k) => {
      const v = vector(2 + k);
      put(v, values, 8 * rows);
      putValidity(v, (this.valid[k] as Validity).words, rows);
    });
    const lists = [this.accounts.words, this.transactions.words, this.times.words, this.amounts];
    lists.forEach((values, k) => {
      const v = vector(6 + k);
      put(v, this.entries.words, 16 * rows);
      bindings.list_vector_reserve(v, items);
      bindings.list_vector_set_size(v, items);
      const child = bindings.list_vector_get_child(v);
      put(child, values, (k < 2 ? 16 : 8) * items);
      if (k >= 2) putValidity(child, (this.itemValid[k - 2] as Validity).words, items);
    });
    bindings.data_chunk_set_size(chunk, rows);
    return this.wrapped;
  }
}

/** The chunk's column types, as PARQUET_COLUMNS. */
function chunkTypes(): bindings.LogicalType[] {
  const { Type } = bindings;
  const of = (type: bindings.Type) => bindings.create_logical_type(type);
  const list = (type: bindings.Type) => bindings.create_list_type(of(type));
  return [
    of(Type.BIGINT),
    of(Type.INTEGER),
    of(Type.TIMESTAMP),
    of(Type.TIMESTAMP),
    of(Type.DOUBLE),
    of(Type.DOUBLE),
    list(Type.VARCHAR),
    list(Type.VARCHAR),
    list(Type.TIMESTAMP),
    list(Type.DOUBLE),
  ];
}

/** Replaces each noted record offset (the first word of every 4) by the record's 4 words, in place. */
function copyRecords(target: Int32Array, records: Int32Array, items: number): void {
  for (let i = 0; i < items; i++) {
    const at = target[4 * i] as number;
    target[4 * i] = records[at] as number;
    target[4 * i + 1] = records[at + 1] as number;
    target[4 * i + 2] = records[at + 2] as number;
    target[4 * i + 3] = records[at + 3] as number;
  }
}

/** Our columns are on plain ArrayBuffers (never shared), as the native copy requires. */
function put(
  vector: bindings.Vector,
  values: Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>,
  bytes: number,
): void {
  if (bytes > 0) bindings.copy_data_to_vector(vector, 0, values.buffer, values.byteOffset, bytes);
}

function putValidity(vector: bindings.Vector, words: Int32Array<ArrayBuffer>, rows: number): void {
  if (rows === 0) return;
  bindings.vector_ensure_validity_writable(vector);
  bindings.copy_data_to_vector_validity(vector, 0, words.buffer, words.byteOffset, 8 * Math.ceil(rows / 64));
}
