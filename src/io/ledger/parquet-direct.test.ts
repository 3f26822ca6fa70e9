/**
 * The Parquet written page by page (parquet-direct.ts, what `ledger scan --out x.parquet` uses) is the
 * file the JSON-lines route made (jsonLine of cycleRecord with exact shares, converted by DuckDB): the same schema and,
 * row by row in file order, the same values — on ledgers built to be awkward (missing times, odd
 * amounts, long and non-Latin names and ids), in one row group or several.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awkwardWorld, batchOf } from "../../testing/awkward-ledger.ts";
import { cycleRecord } from "./cycle-record.ts";
import { DirectParquetSink } from "./parquet-direct.ts";
import { jsonLine } from "./write-jsonl.ts";
import { jsonlToParquet } from "./write-parquet.ts";

const engine = { memoryLimit: "256MB", threads: 1 };
let dir: string;
let instance: DuckDBInstance;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-parquet-direct-"));
  instance = await DuckDBInstance.create(":memory:");
});
afterAll(async () => {
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
});

/** Rows in file order, as JSON (BIGINT and TIMESTAMP as text), with the schema. */
async function contents(path: string): Promise<{ schema: unknown; rows: unknown }> {
  const connection = await instance.connect();
  try {
    const file = `'${path}'`;
    const schema = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${file}`)).getRowObjectsJson();
    const rows = (await connection.runAndReadAll(`SELECT * FROM ${file}`)).getRowObjectsJson();
    return { schema, rows };
  } finally {
    connection.closeSync();
  }
}

let run = 0;
describe("DirectParquetSink", () => {
  it("writes what the JSON-lines route wrote, value for value", async () => {
    await fc.assert(
      fc.asyncProperty(
        awkwardWorld,
        fc.nat(1000),
        fc.integer({ min: 1, max: 4 }),
        async (world, first, part) => {
          const { context, edges } = world;
          const n = ++run;
          const jsonl = join(dir, `${n}.jsonl`);
          const expected = join(dir, `${n}-expected.parquet`);
          await writeFile(
            jsonl,
            edges.map((c, j) => jsonLine(cycleRecord(context, first + j, c), "exact")).join(""),
          );
          await jsonlToParquet(jsonl, expected, engine);
          const actual = join(dir, `${n}-actual.parquet`);
          // Two batches, and row groups of `part` cycles: the groups keep the order.
          const sink = await DirectParquetSink.open(actual, context, engine, part);
          const half = Math.ceil(edges.length / 2);
          await sink.write(batchOf(edges.slice(0, half)), first);
          await sink.write(batchOf(edges.slice(half)), first + half);
          await sink.close();
          expect(await contents(actual)).toEqual(await contents(expected));
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it("writes long row groups the same (delta-coded cycle numbers over several blocks of 128)", async () => {
    const world = fc.sample(awkwardWorld, { numRuns: 1, seed: 11 })[0];
    if (!world) throw new Error("no sample");
    const { context } = world;
    const edges = Array.from({ length: 1000 }, (_, j) => world.edges[j % world.edges.length] as Int32Array);
    const jsonl = join(dir, "long.jsonl");
    await writeFile(jsonl, edges.map((c, j) => jsonLine(cycleRecord(context, 5 + j, c), "exact")).join(""));
    const expected = join(dir, "long-expected.parquet");
    await jsonlToParquet(jsonl, expected, engine);
    const actual = join(dir, "long-actual.parquet");
    const sink = await DirectParquetSink.open(actual, context, engine, 700);
    await sink.write(batchOf(edges.slice(0, 600)), 5);
    await sink.write(batchOf(edges.slice(600)), 605);
    await sink.close();
    expect(await contents(actual)).toEqual(await contents(expected));
  });

  it("writes an empty file with the schema when there are no cycles", async () => {
    const world = fc.sample(awkwardWorld, { numRuns: 1, seed: 7 })[0];
    if (!world) throw new Error("no sample");
    const actual = join(dir, "empty.parquet");
    const sink = await DirectParquetSink.open(actual, world.context, engine);
    await sink.close();
    const jsonl = join(dir, "empty.jsonl");
    await writeFile(jsonl, "");
    const expected = join(dir, "empty-expected.parquet");
    await jsonlToParquet(jsonl, expected, engine);
    expect(await contents(actual)).toEqual(await contents(expected));
  });
});
