/**
 * The Thrift compact codec (parquet-thrift.ts) gives back the bytes it read, DuckDB's footers
 * included, and every kind of value it writes; parquetPart (parquet-footer.ts) splits a Parquet file
 * and refuses what is not one.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parquetPart } from "./parquet-footer.ts";
import { readStruct, type ThriftStruct, WireType, writeStruct } from "./parquet-thrift.ts";

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-parquet-thrift-"));
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});
afterAll(async () => {
  db.closeSync();
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
});

/** Rows i in [from, to) of a table with lists, text, times and NULLs, written by DuckDB. */
async function part(path: string, from: number, to: number, options = ""): Promise<void> {
  await db.run(`COPY (SELECT i AS cycle, 'acct-' || (i % 7) AS name,
      [('tx-' || i), ('tx-' || (i + 1))] AS transactions,
      CASE WHEN i % 5 = 0 THEN NULL ELSE TIMESTAMP '2025-01-01' + to_seconds(i) END AS start,
      [i / 3.0, NULL] AS amounts
    FROM range(${from}, ${to}) t(i) ORDER BY i)
    TO '${path}' (FORMAT parquet, COMPRESSION zstd${options})`);
}

describe("parquetPart", () => {
  it("splits a file DuckDB wrote, and refuses bytes that are not Parquet", async () => {
    const path = join(dir, "part.parquet");
    await part(path, 0, 10);
    const bytes = await readFile(path);
    const { bodyEnd, footer } = parquetPart(bytes);
    expect(bodyEnd).toBeGreaterThan(4);
    expect(bodyEnd).toBeLessThan(bytes.length - 8);
    expect(footer.kind).toBe("struct");
    expect(() => parquetPart(new TextEncoder().encode("cycle,length\n1,2\n"))).toThrow(/not a Parquet file/);
    const broken = Uint8Array.from(bytes);
    broken.set([0xff, 0xff, 0xff, 0x7f], bytes.length - 8);
    expect(() => parquetPart(broken)).toThrow(/not a Parquet file/);
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
