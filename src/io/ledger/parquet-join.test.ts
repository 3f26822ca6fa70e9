/**
 * Parquet files joined at the byte level (parquet-join.ts) read back, through DuckDB, as the rows of
 * the parts in order, with every row group and its statistics; the Thrift codec (parquet-thrift.ts)
 * gives back the bytes it read.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinFooters, ParquetJoin, parquetPart } from "./parquet-join.ts";
import { readStruct, type ThriftStruct, WireType, writeStruct } from "./parquet-thrift.ts";

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-parquet-join-"));
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});
afterAll(async () => {
  db.closeSync();
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
});

const rowsOf = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();

/** Rows i in [from, to) of a table with lists, text, times and NULLs, written by DuckDB. */
async function part(path: string, from: number, to: number, options = ""): Promise<void> {
  await db.run(`COPY (SELECT i AS cycle, 'acct-' || (i % 7) AS name,
      [('tx-' || i), ('tx-' || (i + 1))] AS transactions,
      CASE WHEN i % 5 = 0 THEN NULL ELSE TIMESTAMP '2025-01-01' + to_seconds(i) END AS start,
      [i / 3.0, NULL] AS amounts
    FROM range(${from}, ${to}) t(i) ORDER BY i)
    TO '${path}' (FORMAT parquet, COMPRESSION zstd${options})`);
}

let run = 0;
describe("ParquetJoin", () => {
  it("reads back as the parts' rows in order, with all their row groups", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 4 }),
        async (sizes) => {
          const n = ++run;
          const whole = join(dir, `${n}-whole.parquet`);
          const joined = join(dir, `${n}-joined.parquet`);
          const total = sizes.reduce((a, b) => a + b, 0);
          await part(whole, 0, total);
          await writeFile(joined, "");
          const file = await ParquetJoin.open(joined);
          let from = 0;
          let groups = 0;
          for (const [k, size] of sizes.entries()) {
            const path = join(dir, `${n}-part-${k}.parquet`);
            await part(path, from, from + size, ", ROW_GROUP_SIZE 1000");
            const [own] = await rowsOf(
              `SELECT count(DISTINCT row_group_id) AS n FROM parquet_metadata('${path}')`,
            );
            groups += Number(own?.n);
            from += size;
            await file.add(path);
          }
          await file.finish();
          expect(file.parts).toBe(sizes.length);
          expect(await rowsOf(`SELECT * FROM '${joined}'`)).toEqual(await rowsOf(`SELECT * FROM '${whole}'`));
          const meta = await rowsOf(
            `SELECT count(DISTINCT row_group_id) AS groups, sum(row_group_num_rows) / 5 AS rows FROM parquet_metadata('${joined}')`,
          );
          expect(meta).toEqual([{ groups: String(groups), rows: total }]);
          // Statistics came along: a filter on the row groups' min/max still finds the rows.
          expect(await rowsOf(`SELECT count(*) AS n FROM '${joined}' WHERE cycle >= ${total - 1}`)).toEqual([
            { n: "1" },
          ]);
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);

  it("removes each part once it is in", async () => {
    const path = join(dir, "gone.parquet");
    await part(path, 0, 10);
    const out = join(dir, "gone-joined.parquet");
    const file = await ParquetJoin.open(out);
    await file.add(path);
    await file.finish();
    await expect(readFile(path)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses parts of different schemas, and files that are not Parquet", async () => {
    const a = join(dir, "a.parquet");
    const b = join(dir, "b.parquet");
    await part(a, 0, 10);
    await db.run(`COPY (SELECT 1 AS other) TO '${b}' (FORMAT parquet)`);
    const footers = [parquetPart(await readFile(a)).footer, parquetPart(await readFile(b)).footer];
    expect(() => joinFooters(footers, [4, 100])).toThrow(/different schemas/);
    expect(() => joinFooters([], [])).toThrow(/no Parquet parts/);
    expect(() => parquetPart(new TextEncoder().encode("cycle,length\n1,2\n"))).toThrow(/not a Parquet file/);
    const text = join(dir, "text.parquet");
    await writeFile(text, "cycle,length\n1,2\n");
    const file = await ParquetJoin.open(join(dir, "text-joined.parquet"));
    await expect(file.add(text)).rejects.toThrow(/not a Parquet file/);
    await file.close();
  });
});

describe("the Thrift compact codec", () => {
  it("writes back the bytes of a footer DuckDB wrote", async () => {
    const path = join(dir, "footer.parquet");
    await part(path, 0, 2500, ", ROW_GROUP_SIZE 1000");
    const { bytes, bodyEnd } = parquetPart(await readFile(path));
    const footer = bytes.subarray(bodyEnd, bytes.length - 8);
    const { struct, end } = readStruct(footer);
    expect(end).toBe(footer.length);
    expect(Buffer.from(writeStruct(struct)).equals(Buffer.from(footer))).toBe(true);
  });

  it("reads back every kind of value it writes", () => {
    const value = fc.letrec((tie) => ({
      struct: fc
        .uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 400 }), v: tie("field") }), {
          selector: (f) => f.id,
          maxLength: 5,
        })
        .map(
          (fields): ThriftStruct => ({
            kind: "struct",
            fields: fields
              .sort((x, y) => x.id - y.id)
              .map(({ id, v }) => ({
                id,
                ...(v as { type: WireType; value: ThriftStruct["fields"][0]["value"] }),
              })),
          }),
        ),
      field: fc.oneof(
        { depthSize: "small" },
        fc.boolean().map((b) => ({ type: b ? WireType.True : WireType.False, value: b })),
        fc.integer({ min: -128, max: 127 }).map((x) => ({ type: WireType.Byte, value: x })),
        fc.integer().map((x) => ({ type: WireType.I32, value: x })),
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((x) => ({ type: WireType.I64, value: x })),
        fc.double({ noNaN: true }).map((x) => ({ type: WireType.Double, value: x })),
        fc.uint8Array({ maxLength: 40 }).map((x) => ({ type: WireType.Binary, value: x })),
        fc.array(fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n }), { maxLength: 20 }).map((items) => ({
          type: WireType.List,
          value: { kind: "list", wire: WireType.List, element: WireType.I64, items },
        })),
        fc.array(fc.integer(), { minLength: 1, maxLength: 3 }).map((keys) => ({
          type: WireType.Map,
          value: {
            kind: "map",
            key: WireType.I32,
            value: WireType.Binary,
            pairs: keys.map((k) => [k, new Uint8Array([k & 0xff])]),
          },
        })),
        tie("struct").map((s) => ({ type: WireType.Struct, value: s })),
      ),
    }));
    fc.assert(
      fc.property(value.struct, (struct) => {
        expect(readStruct(writeStruct(struct)).struct).toEqual(struct);
      }),
    );
  });

  it("says so when the bytes end early", () => {
    const bytes = writeStruct({ kind: "struct", fields: [{ id: 1, type: WireType.I64, value: 300n }] });
    expect(() => readStruct(bytes.subarray(0, bytes.length - 2))).toThrow(/unexpected end/);
  });
});
