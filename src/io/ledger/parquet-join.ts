/**
 * Parquet files of one schema joined into one file at the byte level, with no decoding: a Parquet
 * file is "PAR1", its column chunks (with any page indexes and bloom filters), a footer (Thrift
 * FileMetaData), the footer's length and "PAR1" (Apache Parquet, "File Format"). So each part's body
 * is copied as it is, and one footer lists every part's row groups, in order, with the file offsets
 * they hold moved by where the part's body now starts. The --out Parquet writer (parquet-sink.ts) uses
 * it to make its one file from the parts it wrote as it went, instead of reading them back and
 * writing everything a second time.
 *
 * `joinFooters` is pure; `ParquetJoin` writes the file, a part at a time, so a part can be removed
 * as soon as it is in.
 *
 * Complexity: O(bytes of the parts) copied once; the footer O(row groups × columns).
 */
import { type FileHandle, open as openFile, rm } from "node:fs/promises";
import {
  field,
  readStruct,
  type ThriftField,
  type ThriftStruct,
  WireType,
  writeStruct,
} from "./parquet-thrift.ts";

const MAGIC = new Uint8Array([0x50, 0x41, 0x52, 0x31]); // "PAR1"

/** FileMetaData, RowGroup, ColumnChunk and ColumnMetaData field ids (parquet.thrift). */
const FILE = { schema: 2, numRows: 3, rowGroups: 4 } as const;
const ROW_GROUP = { columns: 1, fileOffset: 5, ordinal: 7 } as const;
const CHUNK = { fileOffset: 2, metaData: 3, offsetIndexOffset: 4, columnIndexOffset: 6 } as const;
/** data_page_offset, index_page_offset, dictionary_page_offset, bloom_filter_offset. */
const COLUMN_META_OFFSETS = [9, 10, 11, 14];

/** A part's footer and body: the body is bytes [4, bodyEnd) of `bytes`. */
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

/**
 * One footer for the parts' bodies laid one after another from byte 4: part k's body starts at
 * `starts[k]` in the joined file. The first part's footer gives everything but the row count and the
 * row groups (its schema, writer and key/value metadata); every part must have the same schema.
 */
export function joinFooters(footers: readonly ThriftStruct[], starts: readonly number[]): ThriftStruct {
  const first = footers[0];
  if (!first) throw new Error("no Parquet parts to join");
  const schema = bytesOf(field(first, FILE.schema));
  let rows = 0n;
  const groups: ThriftStruct[] = [];
  footers.forEach((footer, k) => {
    if (!sameBytes(bytesOf(field(footer, FILE.schema)), schema))
      throw new Error("Parquet parts to join have different schemas");
    rows += field(footer, FILE.numRows)?.value as bigint;
    const shift = BigInt((starts[k] as number) - 4);
    const list = field(footer, FILE.rowGroups)?.value;
    if (list && typeof list === "object" && "items" in list)
      for (const group of list.items) groups.push(shiftRowGroup(group as ThriftStruct, shift, groups.length));
  });
  return withFields(first, {
    [FILE.numRows]: rows,
    [FILE.rowGroups]: { kind: "list", wire: WireType.List, element: WireType.Struct, items: groups },
  });
}

function shiftRowGroup(group: ThriftStruct, shift: bigint, ordinal: number): ThriftStruct {
  const columns = field(group, ROW_GROUP.columns)?.value;
  const changes: Record<number, ThriftField["value"]> = {};
  if (columns && typeof columns === "object" && "items" in columns)
    changes[ROW_GROUP.columns] = {
      ...columns,
      items: columns.items.map((c) => shiftChunk(c as ThriftStruct, shift)),
    };
  shiftIn(group, [ROW_GROUP.fileOffset], shift, changes);
  if (field(group, ROW_GROUP.ordinal)) changes[ROW_GROUP.ordinal] = ordinal;
  return withFields(group, changes);
}

function shiftChunk(chunk: ThriftStruct, shift: bigint): ThriftStruct {
  const changes: Record<number, ThriftField["value"]> = {};
  shiftIn(chunk, [CHUNK.fileOffset, CHUNK.offsetIndexOffset, CHUNK.columnIndexOffset], shift, changes);
  const meta = field(chunk, CHUNK.metaData)?.value as ThriftStruct | undefined;
  if (meta) {
    const metaChanges: Record<number, ThriftField["value"]> = {};
    shiftIn(meta, COLUMN_META_OFFSETS, shift, metaChanges);
    changes[CHUNK.metaData] = withFields(meta, metaChanges);
  }
  return withFields(chunk, changes);
}

/** Notes the i64 fields `ids` present in `struct` moved by `shift`. */
function shiftIn(
  struct: ThriftStruct,
  ids: readonly number[],
  shift: bigint,
  changes: Record<number, unknown>,
): void {
  for (const id of ids) {
    const f = field(struct, id);
    if (f && f.type === WireType.I64) changes[id] = (f.value as bigint) + shift;
  }
}

/** A copy of `struct` with the given fields' values replaced (fields keep their order and types). */
function withFields(struct: ThriftStruct, changes: Record<number, unknown>): ThriftStruct {
  return {
    kind: "struct",
    fields: struct.fields.map((f) =>
      f.id in changes ? { ...f, value: changes[f.id] as ThriftField["value"] } : f,
    ),
  };
}

function bytesOf(f: ThriftField | undefined): Uint8Array {
  if (!f) throw new Error("a Parquet footer without a schema");
  return writeStruct({ kind: "struct", fields: [f] });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The joined file, written as the parts come: `add` appends a part's body (and removes the part),
 * `finish` writes the footer. Over an existing file at `path` (the caller's temporary).
 */
export class ParquetJoin {
  private readonly footers: ThriftStruct[] = [];
  private readonly starts: number[] = [];
  private at = MAGIC.length;
  /** The copy buffer, reused for every part. */
  private readonly buffer = new Uint8Array(1 << 20);

  private constructor(private readonly file: FileHandle) {}

  static async open(path: string): Promise<ParquetJoin> {
    const file = await openFile(path, "w");
    try {
      await file.write(MAGIC, 0, MAGIC.length, 0);
    } catch (error) {
      await file.close();
      throw error;
    }
    return new ParquetJoin(file);
  }

  get parts(): number {
    return this.footers.length;
  }

  /**
   * Appends the part at `partPath` and removes it. Only the footer is read whole; the body is copied
   * through one reused buffer (reading each part into a Buffer of its own left them for the garbage
   * collector, which let a dozen or more pile up: +0.14 GB peak on 2M cycles).
   */
  async add(partPath: string): Promise<void> {
    const part = await openFile(partPath, "r");
    try {
      const { size } = await part.stat();
      if (size < 12) throw new Error("not a Parquet file (too short)");
      const tail = new Uint8Array(8);
      await readExactly(part, tail, size - 8);
      if (!MAGIC.every((b, i) => tail[4 + i] === b))
        throw new Error("not a Parquet file (no PAR1 at its end)");
      const footerLength = new DataView(tail.buffer).getUint32(0, true);
      const bodyEnd = size - 8 - footerLength;
      if (bodyEnd < 4) throw new Error("not a Parquet file (its footer length runs past its start)");
      const footer = new Uint8Array(footerLength);
      await readExactly(part, footer, bodyEnd);
      const start = this.at;
      for (let from = 4; from < bodyEnd; ) {
        const n = Math.min(this.buffer.length, bodyEnd - from);
        await readExactly(part, this.buffer.subarray(0, n), from);
        await this.file.write(this.buffer, 0, n, this.at);
        this.at += n;
        from += n;
      }
      this.footers.push(readStruct(footer).struct);
      this.starts.push(start);
    } finally {
      await part.close();
    }
    await rm(partPath, { force: true });
  }

  /** Writes the footer and closes the file. */
  async finish(): Promise<void> {
    try {
      const footer = writeStruct(joinFooters(this.footers, this.starts));
      const tail = new Uint8Array(footer.length + 8);
      tail.set(footer, 0);
      new DataView(tail.buffer).setUint32(footer.length, footer.length, true);
      tail.set(MAGIC, footer.length + 4);
      await this.file.write(tail, 0, tail.length, this.at);
    } finally {
      await this.file.close();
    }
  }

  /** Closes the file without a footer (the caller removes it). */
  async close(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }
}

/** Fills `into` from `file` at `position`; throws if the file ends first. */
async function readExactly(file: FileHandle, into: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error("a Parquet part ended early");
    done += bytesRead;
  }
}
