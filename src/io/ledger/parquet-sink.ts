/**
 * Not used by `ledger scan --out` since 2026-12-06: parquet-direct.ts writes the pages itself, at less
 * CPU. Kept, with its test, as a second route to the same file until the direct writer has met more
 * ledgers.
 *
 * The Parquet side of the --out writer thread: batches of cycles go into an embedded DuckDB table
 * through the appender, a data chunk at a time (parquet-chunks.ts), and DuckDB's own Parquet writer
 * (zstd) writes it. Memory stays bounded: every PART_ROWS cycles the table is written out as a part
 * file in DuckDB's spill folder (one row group) and made anew, and the part is joined onto the file at
 * `path` at the byte level (parquet-join.ts: its column chunks copied, one footer for all at the end)
 * and removed — each cycle is encoded and compressed once, with no second pass over the parts. Two
 * tables take turns, so while one goes out as a part (on a second connection, on DuckDB's thread) the
 * appender fills the other and the search is not held up. With fewer cycles than a part, the one
 * table is written straight to `path`.
 *
 * Compression: zstd at level 1. What compression costs is DuckDB's side (the parts written on
 * libuv's pool), the larger part of the Parquet writer's CPU. On the 1M/7-day ledger's 4,694,650
 * cycles (`--out cycles.parquet`, one run each, one after another, load 23 → 14), CPU of the process
 * and the file: zstd at DuckDB's default level 28.0 s, 100.4 MB; zstd level 1 26.0 s, 102.9 MB;
 * snappy ~24.7 s, 202 MB. On 1M bench cycles (bench/ledger-write.ts --formats parquet, two
 * interleaved runs each, load 9–11), DuckDB's CPU per million cycles: zstd 2.42–2.89 s (63.2 MB),
 * zstd level 1 2.13–2.18 s (72 MB), zstd with PARQUET_VERSION V2 2.11–2.16 s (83.7 MB), lz4_raw 2.05 s
 * (99.7 MB), snappy 1.82–1.88 s (99.7 MB), uncompressed 1.74 s (207 MB). Level 1 takes most of what
 * snappy saves at the size of default zstd; snappy's last ~0.3 µs a cycle would double the file.
 * No dictionary encoding (DICTIONARY_SIZE_LIMIT 1): with zstd, DuckDB re-encoding 1M cycles of the
 * 1M/7-day ledger took 1.54–1.57 s of CPU and made 20.7 MB without dictionaries, 1.71–1.72 s and
 * 24.6 MB with them (load ~19); with snappy, dictionaries made the bench file no smaller (98.5 vs
 * 99.7 MB) for more CPU (2.33 vs 2.04 s, load ~12).
 */
import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import type { CycleBatch } from "../../core/ledger/types.ts";
import type { CycleContext } from "./cycle-record.ts";
import { type Engine, type EngineOptions, openEngine, sqlString } from "./duckdb.ts";
import { CHUNK_ROWS, CycleChunks, PARQUET_COLUMNS } from "./parquet-chunks.ts";
import { ParquetJoin } from "./parquet-join.ts";

/**
 * Cycles held in one table before it goes out as a part (and one row group of the file): ~10 MB of
 * columns for cycles of ~5 hops. Smaller parts lower the writer's peak at the same CPU: 1 << 19 held
 * ~0.15 GB a table; on the 10M heavy ledger (24.6M cycles, bench/ledger-10m.ts --out) the whole run
 * peaked at 3.02 GiB with 1 << 17, 2.84 with 1 << 16 and 2.70 with 1 << 15, in 78.9, 77.6 and 75.8 s;
 * on the 1M/7-day ledger 1.18 against 0.81 GiB at the same CPU. The file grows ~2% (750 row groups).
 */
export const PART_ROWS = 1 << 15;

/** How DuckDB writes the file and each part (a part's bytes go into the file as they are). */
const PART_OPTIONS = "FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1, DICTIONARY_SIZE_LIMIT 1";

const TABLES = ["cycles_a", "cycles_b"] as const;
const COLUMNS = Object.entries(PARQUET_COLUMNS)
  .map(([name, type]) => `"${name}" ${type}`)
  .join(", ");

export class ParquetSink {
  private readonly engine: Engine;
  /** The connection that writes the parts while the appender fills the other table. */
  private readonly copier: DuckDBConnection;
  private appender: DuckDBAppender;
  /** Which of TABLES the appender fills. */
  private current = 0;
  private readonly chunks: CycleChunks;
  private readonly path: string;
  /** Parts written so far, each joined onto the file at `path` as it is done (parquet-join.ts). */
  private parts = 0;
  private join: ParquetJoin | undefined;
  private readonly partRows: number;
  private held = 0;
  /** The part being written, if any; its failure is kept and thrown at the next wait. */
  private copying: Promise<void> = Promise.resolve();
  private copyError: unknown;
  private closed = false;

  private constructor(
    engine: Engine,
    copier: DuckDBConnection,
    appender: DuckDBAppender,
    chunks: CycleChunks,
    path: string,
    partRows: number,
  ) {
    this.engine = engine;
    this.copier = copier;
    this.appender = appender;
    this.chunks = chunks;
    this.path = path;
    this.partRows = partRows;
  }

  /** `partRows`: cycles held before a part is written (smaller in tests, to exercise the merge). */
  static async open(
    path: string,
    context: CycleContext,
    options: EngineOptions,
    partRows = PART_ROWS,
  ): Promise<ParquetSink> {
    // One DuckDB thread: the parts and the final file need no more, and the search has the cores.
    const engine = await openEngine({ ...options, threads: 1 });
    try {
      for (const table of TABLES) await engine.connection.run(`CREATE TABLE ${table} (${COLUMNS})`);
      const copier = await engine.connect();
      const appender = await engine.connection.createAppender(TABLES[0]);
      return new ParquetSink(engine, copier, appender, new CycleChunks(context), path, partRows);
    } catch (error) {
      await engine.close();
      throw error;
    }
  }

  /** Appends the batch's cycles, numbered from `first`. */
  async write(batch: CycleBatch, first: number): Promise<void> {
    for (let j = 0; j < batch.count; j += CHUNK_ROWS) {
      const rows = Math.min(CHUNK_ROWS, batch.count - j);
      this.appender.appendDataChunk(this.chunks.fill(batch, j, rows, first + j));
    }
    this.held += batch.count;
    if (this.held >= this.partRows) await this.turn();
  }

  /** Writes the Parquet file and closes DuckDB (once: a second close or abort does nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.appender.closeSync();
      await this.settled();
      const table = TABLES[this.current] as string;
      if (this.parts === 0) {
        await this.copier.run(`COPY ${table} TO ${sqlString(this.path)} (${PART_OPTIONS})`);
        return;
      }
      if (this.held > 0) await this.copyPart(table);
      await this.joined().finish();
    } finally {
      await this.join?.close();
      await this.shut();
    }
  }

  /** Abandons the file: closes DuckDB and removes its spill folder (with any parts). */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.copying;
    await this.join?.close();
    await this.shut();
  }

  private async shut(): Promise<void> {
    this.copier.closeSync();
    await this.engine.close();
  }

  /** Sends the full table out as a part (not waited for) and turns the appender to the other one. */
  private async turn(): Promise<void> {
    this.appender.closeSync();
    // The other table's part must be out (and the table empty) before the appender returns to it.
    await this.settled();
    const full = TABLES[this.current] as string;
    this.copying = this.copyPart(full).catch((error: unknown) => {
      this.copyError = error;
    });
    this.current = 1 - this.current;
    this.held = 0;
    this.appender = await this.engine.connection.createAppender(TABLES[this.current] as string);
  }

  private async settled(): Promise<void> {
    await this.copying;
    if (this.copyError !== undefined) throw this.copyError;
  }

  private joined(): ParquetJoin {
    if (!this.join) throw new Error("no Parquet part was written");
    return this.join;
  }

  /** Writes the table as the next part, joins it onto the file and makes the table anew. */
  private async copyPart(table: string): Promise<void> {
    const part = `${this.engine.folder}/part-${this.parts++}.parquet`;
    await this.copier.run(
      `COPY ${table} TO ${sqlString(part)} (${PART_OPTIONS}, ROW_GROUP_SIZE ${this.partRows})`,
    );
    // Dropped and made anew, not emptied: in an in-memory database a TRUNCATE (a DELETE) only marks the
    // rows deleted, and the table kept every part's rows' memory — the writer grew ~0.4 KB a cycle.
    await this.copier.run(`DROP TABLE ${table}`);
    await this.copier.run(`CREATE TABLE ${table} (${COLUMNS})`);
    this.join ??= await ParquetJoin.open(this.path);
    await this.join.add(part);
  }
}
