/**
 * Thrift's compact protocol, read and written generically — enough to take a Parquet footer apart
 * and put it back (parquet-footer.ts, parquet-direct.ts). A struct is kept as its list of fields with their wire types, so
 * a field this file does not know (a newer Parquet's) is carried over unchanged. i64 values are
 * BigInt, exactly. Pure: bytes in, bytes out.
 *
 * The encoding (Apache Thrift, "Thrift Compact protocol encoding", doc/specs/thrift-compact-protocol.md):
 * a field is a header byte (the id's delta from the previous field in the high 4 bits, or 0 and then
 * the id as a zigzag varint; the type in the low 4 bits; a boolean's value is its type, 1 true or 2
 * false), then its value: integers as zigzag varints, a double as 8 bytes little-endian, binary as a
 * varint length and its bytes, a list or set as a header (size in the high 4 bits, or 15 and a varint
 * size; the element type in the low 4) and its elements, a map as a varint size, a key/value type
 * byte when not empty and its pairs, a struct as its fields and a stop byte 0.
 *
 * Complexity: O(bytes) both ways.
 */

export const WireType = {
  True: 1,
  False: 2,
  Byte: 3,
  I16: 4,
  I32: 5,
  I64: 6,
  Double: 7,
  Binary: 8,
  List: 9,
  Set: 10,
  Map: 11,
  Struct: 12,
} as const;
export type WireType = (typeof WireType)[keyof typeof WireType];

export type ThriftValue = number | bigint | boolean | Uint8Array | ThriftList | ThriftMap | ThriftStruct;
export type ThriftList = {
  kind: "list";
  wire: typeof WireType.List | typeof WireType.Set;
  element: WireType;
  items: ThriftValue[];
};
export type ThriftMap = { kind: "map"; key: WireType; value: WireType; pairs: [ThriftValue, ThriftValue][] };
export type ThriftField = { id: number; type: WireType; value: ThriftValue };
export type ThriftStruct = { kind: "struct"; fields: ThriftField[] };

/** Reads one struct from `bytes` at `at`; returns it and where it ends. Throws on malformed input. */
export function readStruct(bytes: Uint8Array, at = 0): { struct: ThriftStruct; end: number } {
  const reader = new Reader(bytes, at);
  const struct = reader.struct();
  return { struct, end: reader.at };
}

export function writeStruct(struct: ThriftStruct): Uint8Array {
  const writer = new Writer();
  writer.struct(struct);
  return writer.bytes();
}

/** The field with this id, if present. */
export function field(struct: ThriftStruct, id: number): ThriftField | undefined {
  return struct.fields.find((f) => f.id === id);
}

class Reader {
  at: number;
  constructor(
    private readonly bytes: Uint8Array,
    at: number,
  ) {
    this.at = at;
  }

  private byte(): number {
    if (this.at >= this.bytes.length) throw new Error("Parquet footer: unexpected end of the Thrift data");
    return this.bytes[this.at++] as number;
  }

  private varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.byte();
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
      if (shift > 70n) throw new Error("Parquet footer: varint too long");
    }
  }

  private zigzag(): bigint {
    const n = this.varint();
    return (n >> 1n) ^ -(n & 1n);
  }

  private size(): number {
    return Number(this.varint());
  }

  value(type: WireType): ThriftValue {
    switch (type) {
      case WireType.True:
      case WireType.False:
        // In a list the value is a byte of its own (1 true; 0 or 2 false).
        return this.byte() === 1;
      case WireType.Byte: {
        const b = this.byte();
        return b > 127 ? b - 256 : b;
      }
      case WireType.I16:
      case WireType.I32:
        return Number(this.zigzag());
      case WireType.I64:
        return this.zigzag();
      case WireType.Double: {
        const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.at, 8);
        this.at += 8;
        return view.getFloat64(0, true);
      }
      case WireType.Binary: {
        const length = this.size();
        if (this.at + length > this.bytes.length) throw new Error("Parquet footer: binary past the end");
        const out = this.bytes.slice(this.at, this.at + length);
        this.at += length;
        return out;
      }
      case WireType.List:
      case WireType.Set: {
        const header = this.byte();
        const element = (header & 0x0f) as WireType;
        const count = header >> 4 === 15 ? this.size() : header >> 4;
        const items: ThriftValue[] = [];
        for (let i = 0; i < count; i++) items.push(this.value(element));
        return { kind: "list", wire: type, element, items };
      }
      case WireType.Map: {
        const count = this.size();
        const types = count > 0 ? this.byte() : 0;
        const key = (types >> 4) as WireType;
        const value = (types & 0x0f) as WireType;
        const pairs: [ThriftValue, ThriftValue][] = [];
        for (let i = 0; i < count; i++) pairs.push([this.value(key), this.value(value)]);
        return { kind: "map", key, value, pairs };
      }
      case WireType.Struct:
        return this.struct();
      default:
        throw new Error(`Parquet footer: unknown Thrift type ${type}`);
    }
  }

  struct(): ThriftStruct {
    const fields: ThriftField[] = [];
    let id = 0;
    for (;;) {
      const header = this.byte();
      if (header === 0) return { kind: "struct", fields };
      const type = (header & 0x0f) as WireType;
      const delta = header >> 4;
      id = delta === 0 ? Number(this.zigzag()) : id + delta;
      const value = type === WireType.True ? true : type === WireType.False ? false : this.value(type);
      fields.push({ id, type, value });
    }
  }
}

class Writer {
  private buf = new Uint8Array(4096);
  private at = 0;

  bytes(): Uint8Array {
    return this.buf.slice(0, this.at);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(2 * this.buf.length, this.at + n));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.at++] = b & 0xff;
  }

  private varint(n: bigint): void {
    let rest = n;
    while (rest >= 0x80n) {
      this.byte(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    this.byte(Number(rest));
  }

  private zigzag(n: bigint): void {
    this.varint(n >= 0n ? n << 1n : (-n << 1n) - 1n);
  }

  value(type: WireType, value: ThriftValue): void {
    switch (type) {
      case WireType.True:
      case WireType.False:
        this.byte(value === true ? 1 : 2);
        return;
      case WireType.Byte:
        this.byte(value as number);
        return;
      case WireType.I16:
      case WireType.I32:
        this.zigzag(BigInt(value as number));
        return;
      case WireType.I64:
        this.zigzag(value as bigint);
        return;
      case WireType.Double: {
        this.room(8);
        new DataView(this.buf.buffer, this.at, 8).setFloat64(0, value as number, true);
        this.at += 8;
        return;
      }
      case WireType.Binary: {
        const bytes = value as Uint8Array;
        this.varint(BigInt(bytes.length));
        this.room(bytes.length);
        this.buf.set(bytes, this.at);
        this.at += bytes.length;
        return;
      }
      case WireType.List:
      case WireType.Set: {
        const list = value as ThriftList;
        const count = list.items.length;
        if (count < 15) this.byte((count << 4) | list.element);
        else {
          this.byte(0xf0 | list.element);
          this.varint(BigInt(count));
        }
        for (const item of list.items) this.value(list.element, item);
        return;
      }
      case WireType.Map: {
        const map = value as ThriftMap;
        this.varint(BigInt(map.pairs.length));
        if (map.pairs.length === 0) return;
        this.byte((map.key << 4) | map.value);
        for (const [k, v] of map.pairs) {
          this.value(map.key, k);
          this.value(map.value, v);
        }
        return;
      }
      case WireType.Struct:
        this.struct(value as ThriftStruct);
        return;
      default:
        throw new Error(`Parquet footer: unknown Thrift type ${type}`);
    }
  }

  struct(struct: ThriftStruct): void {
    let last = 0;
    for (const f of struct.fields) {
      const type =
        f.type === WireType.True || f.type === WireType.False
          ? f.value === true
            ? WireType.True
            : WireType.False
          : f.type;
      const delta = f.id - last;
      if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
      else {
        this.byte(type);
        this.zigzag(BigInt(f.id));
      }
      last = f.id;
      if (type !== WireType.True && type !== WireType.False) this.value(type, f.value);
    }
    this.byte(0);
  }
}
