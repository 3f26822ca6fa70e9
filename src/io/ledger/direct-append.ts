/**
 * Appends a stream of bytes to a file, for the --out writer thread: through O_DIRECT where the
 * platform and the file system allow it, else through the page cache as before.
 *
 * Why direct: a cycles file is gigabytes written once and not read back by halqa. Through the page
 * cache every byte is copied by the kernel into a newly allocated cache page first; on the virtual
 * machines halqa is measured on, a page that was handed back to the host costs a fault to get again,
 * and writing 2.2 GB of JSON lines into a new file took 5.0 s of system time, against 0.15 s and
 * 1.0 s of wall time with O_DIRECT from 8 MB aligned buffers (docs/scale.md, "Writing around the page
 * cache"). It also leaves the user's page cache as it was rather than filled with the file.
 *
 * How: bytes are gathered into two 8 MB buffers of a WebAssembly.Memory, whose base is page aligned
 * (an ArrayBuffer's is not: malloc puts a header before it), so every write is a whole, aligned
 * chunk at an aligned offset. One write is in flight on libuv's pool while the other buffer fills.
 * The last, partial chunk is written padded with zeros to the next 4 KiB, and the file is then cut to
 * its true length. The bytes already in the file when it is opened (a CSV header) are read into the
 * first buffer and written again in place, so the file is the same as an append.
 *
 * Fallback: no O_DIRECT constant (macOS, Windows), an open that refuses it, or a write that refuses
 * it (EINVAL: alignment the device does not accept) — then the same bytes go through an ordinary
 * descriptor at the same offset, and so on to the end. Nothing is lost or written twice: positional
 * writes, and a refused write writes nothing. The same move is made for a device slower than the
 * formatting (it held the writer back a quarter of the time over the first chunks): there the page
 * cache, which takes the bytes at memory speed and writes them out later, is the faster path.
 */
import { close, constants, fstat, ftruncate, open, read, write } from "node:fs";
import { promisify } from "node:util";
import { ByteSink } from "./byte-sink.ts";

/** An open file being appended to. */
export type Appender = {
  /**
   * Queues the bytes. The caller must leave them as they are until the next append (or close)
   * resolves: the page-cache path writes them in place meanwhile (the direct path copies them).
   */
  append: (bytes: Uint8Array) => Promise<void>;
  /** Writes what is left, cuts the file to its length and closes it. */
  close: () => Promise<void>;
  /** Closes without finishing (the caller removes the file). */
  abort: () => Promise<void>;
  /** Whether the bytes are still going around the page cache (false after a fallback). */
  readonly direct: boolean;
  /**
   * Direct path only: where to write the next bytes yourself (no copy), then `commit` them — e.g. a
   * formatter writing a batch straight into the aligned buffer that goes to the device.
   */
  sink?: () => ByteSink;
  commit?: () => Promise<void>;
};

export type AppendOptions = {
  /** Try O_DIRECT (default true). */
  direct?: boolean;
  /** Bytes per write, a multiple of ALIGN (tests use small chunks to cross many boundaries). */
  chunkBytes?: number;
};

/** Offsets, lengths and buffer addresses of direct writes are multiples of this. */
export const ALIGN = 4096;
const CHUNK_BYTES = 8 << 20;
const WASM_PAGE = 65_536;
/** Chunks written before the device's speed is judged, and the share of time it may hold writing back. */
const SLOW_AFTER_CHUNKS = 4;
const SLOW_SHARE = 0.25;

/** The one WebAssembly constructor used here (the project's type libraries do not declare it). */
type WasmMemory = { readonly buffer: ArrayBuffer };
type WasmGlobal = {
  WebAssembly?: { Memory: new (size: { initial: number; maximum: number }) => WasmMemory };
};

const openAsync = promisify(open);
const closeAsync = promisify(close);
const writeAsync = promisify(write);
const readAsync = promisify(read);
const fstatAsync = promisify(fstat);
const truncateAsync = promisify(ftruncate);

/** The file's descriptor opened for direct writes, or null where that is not possible. */
async function openDirect(path: string): Promise<number | null> {
  const flag = (constants as { O_DIRECT?: number }).O_DIRECT;
  if (flag === undefined) return null;
  try {
    return await openAsync(path, constants.O_WRONLY | flag);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EINVAL") return null;
    throw error;
  }
}

/** Opens `path` (which exists) to append to. */
export async function openAppender(path: string, options: AppendOptions = {}): Promise<Appender> {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  if (!(chunkBytes > 0 && chunkBytes % ALIGN === 0))
    throw new RangeError(`chunkBytes must be a multiple of ${ALIGN}`);
  const directFd = options.direct === false ? null : await openDirect(path);
  if (directFd === null) return bufferedAppender(await openAsync(path, "a"));
  const first = alignedMemory(halfBytes(chunkBytes));
  const second = first && alignedMemory(halfBytes(chunkBytes));
  if (!first || !second) {
    await closeAsync(directFd);
    return bufferedAppender(await openAsync(path, "a"));
  }
  return directAppender(path, directFd, [first, second], chunkBytes);
}

/** The page-cache path: each piece appended as it comes, one write in flight. */
function bufferedAppender(fd: number): Appender {
  let writing: Promise<void> = Promise.resolve();
  let open = true;
  const shut = async () => {
    if (!open) return;
    open = false;
    await closeAsync(fd);
  };
  return {
    direct: false,
    // The caller's bytes are written in place, so it must not change them before the next append
    // resolves (the formatter's two buffers take turns: write-thread.ts).
    append: async (bytes) => {
      await writing;
      writing = writeAll(fd, bytes, null);
    },
    close: async () => {
      try {
        await writing;
      } finally {
        await shut();
      }
    },
    abort: async () => {
      await writing.catch(() => undefined);
      await shut();
    },
  };
}

/**
 * At least `bytes` of page-aligned memory, or null where it cannot be had: V8 reserves address space
 * around a WebAssembly memory, which a limit on virtual memory (`ulimit -v`, common on clusters) can
 * refuse, and `node --jitless` has no WebAssembly at all.
 */
function alignedMemory(bytes: number): WasmMemory | null {
  const pages = Math.ceil(bytes / WASM_PAGE);
  // Absent under `node --jitless`.
  const Memory = (globalThis as WasmGlobal).WebAssembly?.Memory;
  if (Memory === undefined) return null;
  try {
    return new Memory({ initial: pages, maximum: pages });
  } catch {
    return null;
  }
}

async function directAppender(
  path: string,
  directFd: number,
  memories: readonly [WasmMemory, WasmMemory],
  chunkBytes: number,
): Promise<Appender> {
  // Each half: a sink over its own aligned memory, a chunk plus room for a batch to run past it.
  const aligned = memories.map((m) => new Uint8Array(m.buffer, 0, halfBytes(chunkBytes)));
  const halves = aligned.map((buf) => ByteSink.over(buf));
  let fd = directFd;
  let direct = true;
  let open = true;
  let current = 0;
  /** Where the current half's first byte goes in the file. */
  let offset = 0;
  let writing: Promise<void> = Promise.resolve();
  const opened = performance.now();
  let flips = 0;
  /** Milliseconds the filling side spent waiting for the device to take the previous chunk. */
  let waitedMs = 0;

  /** From here on, the same positional writes through the page cache. */
  const toPageCache = async () => {
    const buffered = await openAsync(path, "r+");
    await closeAsync(fd);
    fd = buffered;
    direct = false;
  };

  /** Writes bytes at position; a refused direct write moves this and every later write to the page cache. */
  const writeAt = async (bytes: Uint8Array, position: number): Promise<void> => {
    if (direct) {
      try {
        await writeAll(fd, bytes, position);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EINVAL") throw error;
        await toPageCache();
      }
    }
    await writeAll(fd, bytes, position);
  };

  // Bytes already there (the CSV header): read into the first half, to be written again in place.
  const { size } = await fstatAsync(fd);
  if (size > chunkBytes) {
    await closeAsync(fd);
    throw new Error("the file to append to is larger than one chunk");
  }
  if (size > 0) {
    const reader = await openAsync(path, "r");
    try {
      const first = halves[0] as ByteSink;
      first.at = (await readAsync(reader, first.buf, 0, size, 0)).bytesRead;
    } finally {
      await closeAsync(reader);
    }
  }

  /**
   * Once the current half holds a chunk or more: its whole blocks go on their way, the part block
   * after them moves to the start of the other half (less than 4 KiB), and filling turns to it.
   */
  const settle = async () => {
    const full = halves[current] as ByteSink;
    if (full.at < chunkBytes) return;
    const whole = full.at - (full.at % ALIGN);
    const asked = performance.now();
    await writing; // the other half's write: it may be filled again only after
    waitedMs += performance.now() - asked;
    flips++;
    // A device slower than the formatter (a cloud volume of 125 MB/s, a disk) holds the writer back
    // on every chunk, where the page cache would take the bytes at memory speed and write them later:
    // once it has held it back for a quarter of the time, the rest goes through the page cache.
    if (direct && flips >= SLOW_AFTER_CHUNKS && waitedMs > SLOW_SHARE * (performance.now() - opened))
      await toPageCache();
    const next = halves[1 - current] as ByteSink;
    next.at = 0;
    next.copy(full.buf, whole, full.at);
    writing = writeAt(full.buf.subarray(0, whole), offset);
    offset += whole;
    full.at = 0;
    current = 1 - current;
  };

  /** Copies bytes in, a chunk at a time, so a half never has to grow. */
  const append = async (bytes: Uint8Array) => {
    let from = 0;
    while (from < bytes.length) {
      const sink = halves[current] as ByteSink;
      // settle() leaves less than a chunk in the current half, so n ≥ 1 and the half never grows.
      const n = Math.min(chunkBytes - sink.at, bytes.length - from);
      sink.copy(bytes, from, from + n);
      from += n;
      await settle();
    }
  };

  const shut = async () => {
    if (!open) return;
    open = false;
    await closeAsync(fd);
  };

  return {
    get direct() {
      return direct;
    },
    append,
    sink: () => halves[current] as ByteSink,
    commit: async () => {
      const sink = halves[current] as ByteSink;
      if (sink.buf !== aligned[current]) {
        // A batch larger than the room past a chunk made the sink grow into ordinary memory: its
        // bytes go through the copying path, and the sink returns to its aligned memory.
        const bytes = sink.buf.subarray(0, sink.at);
        sink.reset(aligned[current] as Uint8Array);
        await append(bytes);
        return;
      }
      await settle();
    },
    close: async () => {
      try {
        await writing;
        const last = halves[current] as ByteSink;
        if (last.at > 0) {
          // The last part, padded to a whole block; the padding is cut off below.
          const filled = last.at;
          const padded = Math.ceil(filled / ALIGN) * ALIGN;
          last.buf.fill(0, filled, padded);
          await writeAt(last.buf.subarray(0, padded), offset);
          await truncateAsync(fd, offset + filled);
        }
      } finally {
        await shut();
      }
    },
    abort: async () => {
      await writing.catch(() => undefined);
      await shut();
    },
  };
}

/** Bytes of each half: a chunk, and as much again for the batch that runs past it. */
function halfBytes(chunkBytes: number): number {
  return 2 * chunkBytes;
}

/**
 * Writes all of `bytes` (a write may write less than asked), at `position` or, when null, at the end
 * of a file opened to append.
 */
async function writeAll(fd: number, bytes: Uint8Array, position: number | null): Promise<void> {
  let at = 0;
  while (at < bytes.length) {
    const where = position === null ? null : position + at;
    at += (await writeAsync(fd, bytes, at, bytes.length - at, where)).bytesWritten;
  }
}
