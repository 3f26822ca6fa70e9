/**
 * The cycle writers: each format read back with DuckDB gives the records written; nothing appears
 * under the target name before commit, and abort leaves the folder as it was.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ledger } from "../../core/ledger/types.ts";
import { type CycleContext, type CycleRecord, cycleRecord } from "./cycle-record.ts";
import { csvField } from "./write-csv.ts";
import { openCycleWriter } from "./writer.ts";

const T0 = Date.UTC(2025, 2, 10, 9);
const ledger: Ledger = {
  accountCount: 3,
  src: Int32Array.from([0, 1, 2, 1]),
  dst: Int32Array.from([1, 2, 0, 0]),
  ts: Float64Array.from([T0, T0 + 3_600_000, T0 + 7_200_000, T0 + 86_400_000]),
  amount: Float64Array.from([100, 98, 97, 50]),
  row: Int32Array.from([0, 1, 2, 3]),
};
const context: CycleContext = {
  ledger,
  accounts: ["Acme, Inc.", 'the "B" bank', "carol"],
  ids: { kind: "text", bytes: Buffer.from("t1\nt2\nt3\nt4\n"), offsets: Float64Array.from([0, 3, 6, 9, 12]) },
};
const records: CycleRecord[] = [
  cycleRecord(context, 1, Int32Array.from([0, 1, 2])),
  cycleRecord(context, 2, Int32Array.from([0, 3])),
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-writer-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("cycleRecord", () => {
  it("gives ids, payers, ISO times, duration and amount retained (last ÷ first)", () => {
    expect(records[0]).toEqual({
      cycle: 1,
      length: 3,
      transactions: ["t1", "t2", "t3"],
      accounts: ["Acme, Inc.", 'the "B" bank', "carol"],
      timestamps: ["2025-03-10T09:00:00.000Z", "2025-03-10T10:00:00.000Z", "2025-03-10T11:00:00.000Z"],
      amounts: [100, 98, 97],
      start: "2025-03-10T09:00:00.000Z",
      end: "2025-03-10T11:00:00.000Z",
      durationSeconds: 7200,
      retained: 0.97,
    });
  });

  it("names transactions by 1-based row when the ledger has no id column", () => {
    const r = cycleRecord({ ...context, ids: { kind: "row" } }, 1, Int32Array.from([0, 3]));
    expect(r.transactions).toEqual(["1", "4"]);
  });
});

describe("cycle writers", () => {
  it("CSV round-trips, with quoting where a value needs it", async () => {
    const out = join(dir, "cycles.csv");
    const writer = await openCycleWriter(out);
    await writer.write(records);
    expect(await readdir(dir)).not.toContain("cycles.csv");
    await writer.commit();
    const rows = await query(`SELECT * FROM read_csv('${out}', all_varchar = true)`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      cycle: "1",
      length: "3",
      duration_seconds: "7200",
      retained: "0.97",
      accounts: 'Acme, Inc.;the "B" bank;carol',
      transactions: "t1;t2;t3",
      amounts: "100;98;97",
    });
    expect(csvField(" x")).toBe('" x"');
  });

  it("JSON lines round-trip", async () => {
    const out = join(dir, "cycles.jsonl");
    const writer = await openCycleWriter(out);
    await writer.write(records);
    await writer.commit();
    const rows = await query(`SELECT * FROM read_json('${out}', format = 'newline_delimited')`);
    expect(rows[1]).toMatchObject({
      cycle: "2", // BIGINT, given as text by DuckDB's JSON rows
      transactions: ["t1", "t4"],
      accounts: ["Acme, Inc.", 'the "B" bank'],
      retained: 0.5,
      duration_seconds: "86400",
    });
  });

  it("Parquet round-trips with typed columns, also when empty", async () => {
    const out = join(dir, "cycles.parquet");
    const writer = await openCycleWriter(out, { memoryLimit: "256MB", threads: 1 });
    await writer.write(records);
    await writer.commit();
    const rows = await query(
      `SELECT cycle, amounts, transactions, typeof("start") AS t, typeof(amounts) AS a FROM '${out}' ORDER BY cycle`,
    );
    expect(rows[0]).toMatchObject({
      amounts: [100, 98, 97],
      transactions: ["t1", "t2", "t3"],
      t: "TIMESTAMP",
      a: "DOUBLE[]",
    });
    const empty = join(dir, "empty.parquet");
    const none = await openCycleWriter(empty, { memoryLimit: "256MB", threads: 1 });
    await none.commit();
    expect(await query(`SELECT count(*) AS n FROM '${empty}'`)).toEqual([{ n: "0" }]);
  });

  it("abort leaves nothing behind, and never touches an existing file of that name", async () => {
    const sub = await mkdtemp(join(dir, "abort-"));
    for (const name of ["a.csv", "a.jsonl", "a.parquet"]) {
      const writer = await openCycleWriter(join(sub, name));
      await writer.write(records);
      await writer.abort();
      await writer.abort();
    }
    expect(await readdir(sub)).toEqual([]);
    const kept = join(sub, "kept.csv");
    const first = await openCycleWriter(kept);
    await first.write(records.slice(0, 1));
    await first.commit();
    const second = await openCycleWriter(kept);
    await second.write(records);
    await second.abort();
    expect(await readdir(sub)).toEqual(["kept.csv"]);
    expect(await query(`SELECT count(*) AS n FROM read_csv('${kept}')`)).toEqual([{ n: "1" }]);
  });

  it("the writer thread's abort leaves nothing behind either, Parquet included", async () => {
    const sub = await mkdtemp(join(dir, "thread-abort-"));
    const batch = { count: 2, offsets: Int32Array.from([0, 3, 5]), edges: Int32Array.from([0, 1, 2, 0, 3]) };
    for (const name of ["a.csv", "a.jsonl", "a.parquet"]) {
      const writer = await openCycleWriter(join(sub, name), undefined, "transactions", context);
      await writer.writeBatch?.(batch);
      await writer.abort();
    }
    expect(await readdir(sub)).toEqual([]);
  }, 60_000);
});
