/**
 * A Parquet file split into its body and footer: "PAR1", the column chunks, the footer (Thrift
 * FileMetaData), the footer's length and "PAR1" (Apache Parquet, "File Format"). The --out Parquet
 * writer (parquet-direct.ts) reads DuckDB's own schema from a one-row file's footer this way.
 */
import { readStruct, type ThriftStruct } from "./parquet-thrift.ts";

const MAGIC = new Uint8Array([0x50, 0x41, 0x52, 0x31]); // "PAR1"

/** A file's footer and body: the body is bytes [4, bodyEnd) of `bytes`. */
export type ParquetPart = { footer: ThriftStruct; bytes: Uint8Array; bodyEnd: number };

/** Splits a Parquet file into its body and footer. Throws if it is not one. */
export function parquetPart(bytes: Uint8Array): ParquetPart {
  const n = bytes.length;
  const magicAt = (at: number) => MAGIC.every((b, i) => bytes[at + i] === b);
  if (n < 12 || !magicAt(0) || !magicAt(n - 4)) throw new Error("not a Parquet file (no PAR1 at its ends)");
  const length = new DataView(bytes.buffer, bytes.byteOffset + n - 8, 4).getUint32(0, true);
  const bodyEnd = n - 8 - length;
  if (bodyEnd < 4) throw new Error("not a Parquet file (its footer length runs past its start)");
  return { footer: readStruct(bytes, bodyEnd).struct, bytes, bodyEnd };
}
