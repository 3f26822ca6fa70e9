/**
 * The byte-level pieces of a Parquet file that parquet-direct.ts writes itself (Apache Parquet,
 * "File Format", "Encodings", parquet.thrift): a growable byte buffer, the RLE / bit-packing hybrid
 * that carries repetition and definition levels and dictionary indices, and the Thrift structs of a
 * page header and a column chunk's metadata. Pure: values in, bytes out.
 *
 * The hybrid (Encodings, "Run Length Encoding / Bit-Packing Hybrid"): a run is a ULEB128 header, then
 * either one value repeated (header = count << 1, the value in ceil(width / 8) bytes) or groups of 8
 * values packed `width` bits each, least significant bit first (header = groups << 1 | 1).
 */
import type { ByteSink } from "./byte-sink.ts";
import { type ThriftStruct, type ThriftValue, WireType } from "./parquet-thrift.ts";

/** The Date range (±100,000,000 days): outside it the ISO text, and so the JSON route, had no time. */
const MAX_MS = 8.64e15;
/** Whether a time has an ISO text (cycle-record.ts isoTime), so a TIMESTAMP value rather than null. */
export const timed = (ms: number) => Number.isFinite(ms) && Math.abs(ms) <= MAX_MS;

/** A page as stored; `encoding`: its values' encoding. */
export type Page = { header: Uint8Array; body: Uint8Array; rawSize: number; encoding: number };
/** Makes a stored page (header and compressed body) of a body. */
export type PageOf = (type: number, body: Uint8Array, values: number, encoding: number) => Page;

/** ULEB128. */
export function putVarint(out: ByteSink, n: number): void {
  out.room(10);
  while (n >= 0x80) {
    out.buf[out.at++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  out.buf[out.at++] = n;
}

/**
 * values[0 … n) as one bit-packed run of `width` bits each (width ≤ 32; each value below 2^width),
 * padded with zeros to groups of 8. Up to 24 bits wide the pending bits fit a 32-bit integer (fewer
 * than 8 are left over before each value is added), so the loop is integer shifts only: this was a
 * quarter of the Parquet writer thread's CPU when it carried the bits in a double.
 */
export function putBitPacked(out: ByteSink, values: Int32Array, n: number, width: number): void {
  const groups = Math.ceil(n / 8);
  putVarint(out, groups * 2 + 1);
  out.room(groups * width + 8);
  if (width > 24) {
    putBitPackedWide(out, values, n, width, groups);
    return;
  }
  const buf = out.buf;
  let at = out.at;
  let pending = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    pending |= (values[i] as number) << bits;
    bits += width;
    while (bits >= 8) {
      buf[at++] = pending & 255;
      pending >>>= 8;
      bits -= 8;
    }
  }
  // The padding values are zeros: only their bits count.
  bits += (groups * 8 - n) * width;
  while (bits >= 8) {
    buf[at++] = pending & 255;
    pending >>>= 8;
    bits -= 8;
  }
  out.at = at;
}

/** putBitPacked above 24 bits: the pending bits (up to 7 + 32) carried in a double, exactly. */
function putBitPackedWide(out: ByteSink, values: Int32Array, n: number, width: number, groups: number): void {
  const buf = out.buf;
  let at = out.at;
  let pending = 0;
  let bits = 0;
  for (let i = 0; i < groups * 8; i++) {
    pending += (i < n ? (values[i] as number) >>> 0 : 0) * 2 ** bits;
    bits += width;
    while (bits >= 8) {
      buf[at++] = pending % 256;
      pending = Math.floor(pending / 256);
      bits -= 8;
    }
  }
  out.at = at;
}

/** n copies of `value` (below 256, so one byte) as one RLE run. */
export function putRun(out: ByteSink, n: number, value: number): void {
  putVarint(out, n * 2);
  out.room(1);
  out.buf[out.at++] = value;
}

/** Levels in a V1 data page: their byte length (4 bytes, little-endian), then the hybrid runs. */
export function putLevels(out: ByteSink, write: () => void): void {
  const start = out.at;
  out.room(4);
  out.at += 4;
  write();
  out.view.setUint32(start, out.at - start - 4, true);
}

/** Signed int64 from a whole number below 2^53 in size, little-endian. */
export function putInt64(out: ByteSink, value: number): void {
  out.room(8);
  const hi = Math.floor(value / 2 ** 32);
  out.view.setInt32(out.at, (value - hi * 2 ** 32) | 0, true);
  out.view.setInt32(out.at + 4, hi | 0, true);
  out.at += 8;
}

/** Microseconds of a whole-millisecond time as int64, exactly (ms × 1000 can pass 2^53). */
export function putMicros(out: ByteSink, ms: number): void {
  out.room(8);
  setMicros(out.view, out.at, ms);
  out.at += 8;
}

/** putMicros at a given place of a view (for loops that made room for a whole column at once). */
export function setMicros(view: DataView, at: number, ms: number): void {
  const hi = Math.floor(ms / 2 ** 32);
  const lo = (ms - hi * 2 ** 32) * 1000;
  const carry = Math.floor(lo / 2 ** 32);
  view.setInt32(at, (lo - carry * 2 ** 32) | 0, true);
  view.setInt32(at + 4, (hi * 1000 + carry) | 0, true);
}

/** Bits for dictionary indices 0 … size − 1 (at least 1). */
export function indexWidth(size: number): number {
  let width = 1;
  while (2 ** width < size) width++;
  return width;
}

type Field = [id: number, type: WireType, value: ThriftValue];
export const struct = (...fields: Field[]): ThriftStruct => ({
  kind: "struct",
  fields: fields.map(([id, type, value]) => ({ id, type, value })),
});
export const list = (element: WireType, items: ThriftValue[]): ThriftValue => ({
  kind: "list",
  wire: WireType.List,
  element,
  items,
});

/** parquet.thrift enums used here. */
export const PageType = { data: 0, dictionary: 2 } as const;
export const Encoding = { plain: 0, rle: 3, deltaBinaryPacked: 5, rleDictionary: 8 } as const;
export const Codec = { gzip: 2, brotli: 4 } as const;

/** A PageHeader: a V1 data page of `values` level entries, or a dictionary page of `values` entries. */
export function pageHeader(
  type: number,
  rawSize: number,
  storedSize: number,
  values: number,
  encoding: number,
): ThriftStruct {
  const { I32, Struct } = WireType;
  const detail: Field =
    type === PageType.dictionary
      ? [7, Struct, struct([1, I32, values], [2, I32, Encoding.plain])]
      : [
          5,
          Struct,
          struct([1, I32, values], [2, I32, encoding], [3, I32, Encoding.rle], [4, I32, Encoding.rle]),
        ];
  return struct([1, I32, type], [2, I32, rawSize], [3, I32, storedSize], detail);
}
