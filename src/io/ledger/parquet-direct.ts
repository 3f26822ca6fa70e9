/**
 * The --out Parquet file written page by page by us, without DuckDB in the loop: the same columns,
 * types and values as the JSON-lines route (write-parquet.ts) and DuckDB's appender before it —
 * checked value for value through DuckDB by parquet-direct.test.ts on awkward ledgers.
 *
 * Why: every list item of a cycle is a function of one transaction (its payer's name, its id, time
 * and amount), and a row group's cycles reuse few transactions many times. So each row group keeps a
 * dictionary of the transactions its cycles use, and the four list columns share one stream of
 * dictionary indices and one of repetition levels: built once, compressed once, written four times,
 * each column with its own dictionary page (the names, ids, times or amounts of those transactions;
 * a column whose row group has a missing item gets its own streams). Cycle numbers are delta-coded,
 * lengths dictionary-coded, the other scalars plain.
 * Pages are V1, Brotli-compressed at quality 0 (node:zlib; Node 20 has no zstd; GZIP level 1 before,
 * three times the compression CPU). Statistics are not written (they are optional).
 *
 * Measured on the 1M/7-day ledger (4,694,650 cycles), the process CPU added to counting: 11.2 s
 * through DuckDB's appender (zstd level 1, 102.9 MB; load ~13), 6.6 s this way with GZIP (117.7 MB;
 * load 7–10); the writer thread's own CPU 5.8 s with GZIP, 1.9 s now (136 MB). Without compression
 * the file was 376 MB. See docs/scale.md (parts 4 and 5).
 *
 * Schema: the one DuckDB writes for PARQUET_COLUMNS, taken once at open from a one-row file DuckDB
 * writes at `path` (which this writer then overwrites), so types and logical types are DuckDB's own:
 * every column optional; a list is `optional group (LIST) { repeated group list { optional element } }`,
 * so its items have repetition level 0 (a cycle's first) or 1 and definition level 3 (a value) or 2
 * (a missing time or amount); a scalar has definition level 1 or 0 (null).
 *
 * Memory: per transaction 4 bytes (its index in the current row group's dictionary), the names
 * once, one row group's batches and pages; ids are written from the ledger's own columns, never cached.
 */

import { closeSync, openSync, readFileSync, writeSync, writevSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import type { CycleBatch } from "../../core/ledger/types.ts";
import { ByteSink } from "./byte-sink.ts";
import type { CycleContext } from "./cycle-record.ts";
import { type Engine, type EngineOptions, openEngine, sqlString } from "./duckdb.ts";
import { PARQUET_COLUMNS } from "./parquet-columns.ts";
import { parquetPart } from "./parquet-footer.ts";
import {
  Codec,
  Encoding,
  indexWidth,
  list,
  type Page,
  PageType,
  pageHeader,
  putBitPacked,
  putLevels,
  putRun,
  setMicros,
  struct,
  timed,
} from "./parquet-pages.ts";
import { type HeldBatch, scalarPages } from "./parquet-scalars.ts";
import { field, type ThriftStruct, type ThriftValue, WireType, writeStruct } from "./parquet-thrift.ts";
import { TransactionValues } from "./parquet-values.ts";

/** Cycles per row group: ~3 MB of pages before compression, as the appender route's parts. */
export const GROUP_ROWS = 1 << 15;
/**
 * Brotli at quality 0 (RFC 7932; Parquet's BROTLI codec): on the 1M/7-day ledger's pages a third of
 * GZIP level 1's CPU (list index streams 21 against 74 ms per 14 row groups, scalar doubles 7 against
 * 15–18 ms) for files ~14 % larger. Quality 1 packs the doubles a little tighter for ~1.4× the time.
 */
const BROTLI_FASTEST = (size: number) => ({
  [constants.BROTLI_PARAM_QUALITY]: 0,
  [constants.BROTLI_PARAM_SIZE_HINT]: size,
});

/** DuckDB's schema for PARQUET_COLUMNS and each leaf column's physical type and path. */
type Schema = { elements: ThriftValue; types: number[]; paths: ThriftValue[] };

async function duckdbSchema(path: string, engine: Engine): Promise<Schema> {
  const columns = Object.entries(PARQUET_COLUMNS)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(", ");
  await engine.connection.run(`CREATE TABLE schema_of (${columns})`);
  await engine.connection.run("INSERT INTO schema_of DEFAULT VALUES");
  await engine.connection.run(`COPY schema_of TO ${sqlString(path)} (FORMAT parquet)`);
  const footer = parquetPart(new Uint8Array(readFileSync(path))).footer;
  const items = (value: ThriftValue | undefined) => (value as { items: ThriftStruct[] }).items;
  const chunks = items(field(items(field(footer, 4)?.value)[0] as ThriftStruct, 1)?.value);
  const meta = (chunk: ThriftStruct) => field(chunk, 3)?.value as ThriftStruct;
  return {
    elements: field(footer, 2)?.value as ThriftValue,
    types: chunks.map((c) => field(meta(c), 1)?.value as number),
    paths: chunks.map((c) => field(meta(c), 3)?.value as ThriftValue),
  };
}

export class DirectParquetSink {
  private readonly fd: number;
  private readonly context: CycleContext;
  private readonly schema: Schema;
  private readonly groupRows: number;
  private offset = 4;
  private rows = 0;
  private readonly groups: ThriftStruct[] = [];
  private batches: HeldBatch[] = [];
  private held = 0;
  /** Per transaction: its index in the current row group's dictionary, or −1 (reset after each group). */
  private readonly dictIndex: Int32Array;
  /** The names and ids of transactions, as dictionary values. */
  private readonly values: TransactionValues;
  private readonly out = new ByteSink();
  private closed = false;
  /** Per item of a row group (only [0, items) is read): its dictionary index, its repetition level;
   * and the group's dictionary. Kept from one group to the next: fewer allocations to collect. */
  private index = new Int32Array(0);
  private repetition = new Int32Array(0);
  private dictionary = new Int32Array(0);
  /** Pieces put() since the last writePending(). */
  private pending: Uint8Array[] = [];

  private constructor(fd: number, context: CycleContext, schema: Schema, groupRows: number) {
    this.fd = fd;
    this.context = context;
    this.schema = schema;
    this.groupRows = groupRows;
    const m = context.ledger.src.length;
    this.dictIndex = new Int32Array(m).fill(-1);
    this.values = new TransactionValues(context);
    writeSync(fd, Buffer.from("PAR1"));
  }

  /** `groupRows`: cycles per row group (smaller in tests, to exercise several). */
  static async open(
    path: string,
    context: CycleContext,
    options: EngineOptions,
    groupRows = GROUP_ROWS,
  ): Promise<DirectParquetSink> {
    const engine = await openEngine({ ...options, threads: 1 });
    let schema: Schema;
    try {
      schema = await duckdbSchema(path, engine);
    } finally {
      await engine.close();
    }
    return new DirectParquetSink(openSync(path, "w"), context, schema, groupRows);
  }

  /** Takes the batch's cycles, numbered from `first` (the batch is kept until its row group is out). */
  write(batch: CycleBatch, first: number): void {
    this.batches.push({ batch, first });
    this.held += batch.count;
    if (this.held >= this.groupRows) this.flush();
  }

  /** Writes the last row group and the footer, and closes the file (once). */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      this.flush();
      const { I32, I64, List, Struct } = WireType;
      const footer = writeStruct(
        struct(
          [1, I32, 1],
          [2, List, this.schema.elements],
          [3, I64, BigInt(this.rows)],
          [4, List, list(Struct, this.groups)],
        ),
      );
      const tail = Buffer.alloc(8);
      tail.writeUInt32LE(footer.length, 0);
      tail.write("PAR1", 4);
      this.put(footer);
      this.put(tail);
      this.writePending();
    } finally {
      await this.abort();
    }
  }

  /** Closes the file as it is (the opener removes it). */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private put(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.offset += bytes.length;
  }

  /** Writes what put() gathered: a row group's pages in one call (writev) rather than two per page. */
  private writePending(): void {
    let parts = this.pending;
    this.pending = [];
    while (parts.length > 0) {
      let written = writevSync(this.fd, parts);
      // A short write (rare): drop what went, go on from the rest.
      while (parts.length > 0 && written >= (parts[0] as Uint8Array).length) {
        written -= (parts[0] as Uint8Array).length;
        parts = parts.slice(1);
      }
      if (written > 0 && parts.length > 0)
        parts = [(parts[0] as Uint8Array).subarray(written), ...parts.slice(1)];
    }
  }

  /** Writes the held cycles as one row group. */
  private flush(): void {
    if (this.held === 0) return;
    const { ts, amount } = this.context.ledger;
    const rows = this.held;
    let items = 0;
    for (const { batch } of this.batches) items += batch.offsets[batch.count] as number;
    // Per item: its transaction's dictionary index and repetition level; the dictionary's transactions.
    if (this.index.length < items) {
      const capacity = Math.ceil(items * 1.25);
      this.index = new Int32Array(capacity);
      this.repetition = new Int32Array(capacity);
      this.dictionary = new Int32Array(capacity);
    }
    const { index, repetition } = this;
    // The row group's transactions, in order of first use: dictionary[0 … size).
    const dictionary = this.dictionary;
    let size = 0;
    const dictIndex = this.dictIndex;
    let i = 0;
    for (const { batch } of this.batches) {
      const { edges, offsets } = batch;
      for (let j = 0; j < batch.count; j++) {
        const to = offsets[j + 1] as number;
        for (let p = offsets[j] as number; p < to; p++, i++) {
          const e = edges[p] as number;
          if ((dictIndex[e] as number) < 0) {
            dictIndex[e] = size;
            dictionary[size++] = e;
          }
          index[i] = dictIndex[e] as number;
          repetition[i] = p === offsets[j] ? 0 : 1;
        }
      }
    }
    const out = this.out;
    const width = indexWidth(size);
    // The index stream of a column whose every item has a value (definition level 3): the common
    // case, so no per-item test and no copy of the indices.
    const fullPage = () => {
      putLevels(out, () => putBitPacked(out, repetition, items, 1));
      putLevels(out, () => putRun(out, items, 3));
      out.room(1);
      out.buf[out.at++] = width;
      putBitPacked(out, index, items, width);
      return this.page(PageType.data, out.take(), items, Encoding.rleDictionary);
    };
    const listPage = (present: (e: number) => boolean) => {
      // Items whose value is missing (a time or amount) have definition level 2 and no index.
      const definition = new Int32Array(items);
      const kept = new Int32Array(items);
      let k = 0;
      let at = 0;
      for (const { batch } of this.batches)
        for (let p = 0; p < (batch.offsets[batch.count] as number); p++, at++) {
          if (present(batch.edges[p] as number)) {
            definition[at] = 3;
            kept[k++] = index[at] as number;
          } else definition[at] = 2;
        }
      putLevels(out, () => putBitPacked(out, repetition, items, 1));
      putLevels(out, () => putBitPacked(out, definition, items, 2));
      out.room(1);
      out.buf[out.at++] = width;
      putBitPacked(out, kept, k, width);
      return this.page(PageType.data, out.take(), items, Encoding.rleDictionary);
    };
    const shared = fullPage();
    const timedAt = (e: number) => timed(ts[e] as number);
    const finiteAt = (e: number) => Number.isFinite(amount[e] as number);
    let untimed = 0;
    let unknownAmounts = 0;
    for (let d = 0; d < size; d++) {
      const e = dictionary[d] as number;
      if (!timed(ts[e] as number)) untimed++;
      if (!Number.isFinite(amount[e] as number)) unknownAmounts++;
    }
    const timesPage = untimed === 0 ? shared : listPage(timedAt);
    const amountsPage = unknownAmounts === 0 ? shared : listPage(finiteAt);
    const columns: ThriftStruct[] = [];
    let bytes = 0;
    const emit = (column: number, pages: Page[], values: number) => {
      const start = this.offset;
      let raw = 0;
      for (const page of pages) {
        this.put(page.header);
        this.put(page.body);
        raw += page.header.length + page.rawSize;
      }
      bytes += raw;
      columns.push(this.chunk(column, start, pages, raw, values));
    };
    const pageOf = (type: number, body: Uint8Array, values: number, encoding: number) =>
      this.page(type, body, values, encoding);
    scalarPages(this.batches, rows, this.context.ledger, out, pageOf).forEach((pages, column) => {
      emit(column, pages, rows);
    });
    const dictionaryPage = () => this.page(PageType.dictionary, out.take(), size, Encoding.plain);
    for (let d = 0; d < size; d++) this.values.putName(out, dictionary[d] as number);
    emit(6, [dictionaryPage(), shared], items);
    for (let d = 0; d < size; d++) this.values.putId(out, dictionary[d] as number);
    emit(7, [dictionaryPage(), shared], items);
    // A missing time or amount is never indexed; its dictionary slot holds 0.
    out.room(8 * size);
    for (let d = 0; d < size; d++, out.at += 8) {
      const t = ts[dictionary[d] as number] as number;
      setMicros(out.view, out.at, timed(t) ? Math.trunc(t) : 0);
    }
    emit(8, [dictionaryPage(), timesPage], items);
    out.room(8 * size);
    for (let d = 0; d < size; d++, out.at += 8) {
      const a = amount[dictionary[d] as number] as number;
      out.view.setFloat64(out.at, Number.isFinite(a) ? a + 0 : 0, true);
    }
    emit(9, [dictionaryPage(), amountsPage], items);
    const { I64, List, Struct } = WireType;
    this.groups.push(
      struct([1, List, list(Struct, columns)], [2, I64, BigInt(bytes)], [3, I64, BigInt(rows)]),
    );
    for (let d = 0; d < size; d++) dictIndex[dictionary[d] as number] = -1;
    this.writePending();
    this.rows += rows;
    this.batches = [];
    this.held = 0;
  }

  private page(type: number, body: Uint8Array, values: number, encoding: number): Page {
    const stored = brotliCompressSync(body, { params: BROTLI_FASTEST(body.length) });
    const header = writeStruct(pageHeader(type, body.length, stored.length, values, encoding));
    return { header, body: stored, rawSize: body.length, encoding };
  }

  /** A ColumnChunk: where its pages start, and their metadata. */
  private chunk(column: number, start: number, pages: Page[], raw: number, values: number): ThriftStruct {
    const { I32, I64, List, Struct } = WireType;
    const dictionary = pages.length > 1;
    const first = pages[0] as Page;
    const dataAt = dictionary ? start + first.header.length + first.body.length : start;
    const encodings = dictionary
      ? [Encoding.plain, Encoding.rle, Encoding.rleDictionary]
      : [...new Set([Encoding.rle, first.encoding])];
    const meta = struct(
      [1, I32, this.schema.types[column] as number],
      [2, List, list(I32, encodings)],
      [3, List, this.schema.paths[column] as ThriftValue],
      [4, I32, Codec.brotli],
      [5, I64, BigInt(values)],
      [6, I64, BigInt(raw)],
      [7, I64, BigInt(this.offset - start)],
      [9, I64, BigInt(dataAt)],
      ...(dictionary ? ([[11, I64, BigInt(start)]] as [number, WireType, ThriftValue][]) : []),
    );
    return struct([2, I64, BigInt(start)], [3, Struct, meta]);
  }
}
