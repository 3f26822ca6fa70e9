/**
 * The Parquet side of the --out writer thread: batches of cycles go into an embedded DuckDB table
 * through the appender, a data chunk at a time (parquet-chunks.ts), and DuckDB's own Parquet writer
 * (zstd) makes the file. Memory stays bounded: every PART_ROWS cycles the table is written out as a
 * part file in DuckDB's spill folder and emptied; at the end the parts (in order) and the rest become
 * the one file at `path`. A run that fits one part — most — is written once, without the merge.
 */
import type { DuckDBAppender } from "@duckdb/node-api";
import type { CycleBatch } from "../../core/ledger/types.ts";
import type { CycleContext } from "./cycle-record.ts";
import { type Engine, type EngineOptions, openEngine, sqlString } from "./duckdb.ts";
import { CHUNK_ROWS, CycleChunks, PARQUET_COLUMNS } from "./parquet-chunks.ts";

/** Cycles held in DuckDB before they go out as a part: ~0.3 GB of columns for cycles of ~5 hops. */
export const PART_ROWS = 1 << 20;

const TABLE = "cycles";
const COLUMNS = Object.entries(PARQUET_COLUMNS)
  .map(([name, type]) => `"${name}" ${type}`)
  .join(", ");

export class ParquetSink {
  private readonly engine: Engine;
  private appender: DuckDBAppender;
  private readonly chunks: CycleChunks;
  private readonly path: string;
  private readonly parts: string[] = [];
  private readonly partRows: number;
  private held = 0;
  private closed = false;

  private constructor(
    engine: Engine,
    appender: DuckDBAppender,
    chunks: CycleChunks,
    path: string,
    partRows: number,
  ) {
    this.engine = engine;
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
    const engine = await openEngine(options);
    try {
      await engine.connection.run(`CREATE TABLE ${TABLE} (${COLUMNS})`);
      const appender = await engine.connection.createAppender(TABLE);
      return new ParquetSink(engine, appender, new CycleChunks(context), path, partRows);
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
    if (this.held >= this.partRows) await this.flushPart();
  }

  /** Writes the Parquet file and closes DuckDB (once: a second close or abort does nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.appender.closeSync();
      const { connection } = this.engine;
      const to = `TO ${sqlString(this.path)} (FORMAT parquet, COMPRESSION zstd)`;
      if (this.parts.length === 0) await connection.run(`COPY ${TABLE} ${to}`);
      else {
        if (this.held > 0) await this.copyPart();
        const parts = this.parts.map(sqlString).join(", ");
        await connection.run(`COPY (SELECT * FROM read_parquet([${parts}])) ${to}`);
      }
    } finally {
      await this.engine.close();
    }
  }

  /** Abandons the file: closes DuckDB and removes its spill folder (with any parts). */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.engine.close();
  }

  private async flushPart(): Promise<void> {
    this.appender.closeSync();
    await this.copyPart();
    this.appender = await this.engine.connection.createAppender(TABLE);
  }

  private async copyPart(): Promise<void> {
    const part = `${this.engine.folder}/part-${this.parts.length}.parquet`;
    const { connection } = this.engine;
    // Uncompressed parts: they are read once, and zstd here would be paid twice.
    await connection.run(`COPY ${TABLE} TO ${sqlString(part)} (FORMAT parquet, COMPRESSION uncompressed)`);
    await connection.run(`TRUNCATE ${TABLE}`);
    this.parts.push(part);
    this.held = 0;
  }
}
