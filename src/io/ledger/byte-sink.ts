/**
 * A growable byte buffer for the writers' output (the CSV/JSON lines formatter, the Parquet pages):
 * bytes written at `at` into `buf`, `view` a DataView over the current buffer for multi-byte writes.
 */
export class ByteSink {
  buf: Uint8Array;
  view: DataView;
  at = 0;

  constructor(initialBytes = 1 << 16) {
    this.buf = new Uint8Array(initialBytes);
    this.view = new DataView(this.buf.buffer);
  }

  /** A sink that writes into `buf` (memory of the caller's: direct-append.ts's aligned buffers). */
  static over(buf: Uint8Array): ByteSink {
    const sink = new ByteSink(0);
    sink.reset(buf);
    return sink;
  }

  /** Empties the sink onto `buf`. */
  reset(buf: Uint8Array): void {
    this.buf = buf;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.at = 0;
  }

  /** Makes room for `n` more bytes, doubling the buffer as needed. */
  room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
    this.view = new DataView(grown.buffer);
  }

  /** Appends from[start … end). */
  copy(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    this.at = copyRange(this.buf, this.at, from, start, end);
  }

  /**
   * The bytes so far, as a view of the buffer (no copy); the sink is emptied for the next piece, so
   * the view holds them only until the sink is written to again (the Parquet pages are compressed at
   * once, then the raw bytes are not needed).
   */
  take(): Uint8Array {
    const bytes = this.buf.subarray(0, this.at);
    this.at = 0;
    return bytes;
  }
}

/** Bytes start … end of `from` to `buf` at `o`; fields are short, so a loop beats making a subarray for set(). */
export function copyRange(buf: Uint8Array, o: number, from: Uint8Array, start: number, end: number): number {
  if (end - start > 64) {
    buf.set(from.subarray(start, end), o);
    return o + end - start;
  }
  for (let i = start; i < end; i++) buf[o++] = from[i] as number;
  return o;
}
