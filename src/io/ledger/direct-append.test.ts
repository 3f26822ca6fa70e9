/**
 * The appender writes exactly the bytes it was given after those already in the file, whether they
 * go around the page cache (O_DIRECT, whole aligned chunks, the last one padded then cut) or through
 * it, and whatever the sizes of the pieces against the chunks. A write the device refuses (EINVAL)
 * moves the rest to the page cache without losing or repeating a byte.
 */
import type * as fs from "node:fs";
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";

/** When set, the next `refuse` positional writes fail with EINVAL, as a device refusing alignment. */
/** `slowMs`: each positional write takes this long more (a slow device). */
const faults = vi.hoisted(() => ({ refuse: 0, refused: 0, slowMs: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const write = ((...args: unknown[]) => {
    if (faults.refuse > 0 && typeof args[4] === "number") {
      faults.refuse--;
      faults.refused++;
      const callback = args[args.length - 1] as (error: Error) => void;
      process.nextTick(() =>
        callback(Object.assign(new Error("EINVAL: invalid argument, write"), { code: "EINVAL" })),
      );
      return;
    }
    if (faults.slowMs > 0 && typeof args[4] === "number") {
      setTimeout(() => (real.write as (...a: unknown[]) => void)(...args), faults.slowMs);
      return;
    }
    return (real.write as (...a: unknown[]) => void)(...args);
  }) as typeof real.write;
  return { ...real, write };
});

const { ALIGN, openAppender } = await import("./direct-append.ts");

const dir = mkdtempSync(join(tmpdir(), "halqa-append-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/**
 * Writes `head`, appends `pieces` (each from a buffer then scribbled over), returns the file's bytes.
 * `intoSink`: on the direct path, each piece is written into the appender's own buffer and committed
 * (as the formatter does), a piece larger than the room left making that buffer grow.
 */
async function appended(
  head: Uint8Array,
  pieces: Uint8Array[],
  direct: boolean,
  chunkBytes: number,
  intoSink = false,
) {
  const path = join(dir, `f${files++}`);
  writeFileSync(path, head);
  const file = await openAppender(path, { direct, chunkBytes });
  for (const piece of pieces) {
    if (intoSink && file.sink && file.commit) {
      file.sink().copy(piece, 0, piece.length);
      await file.commit();
      continue;
    }
    const mine = Uint8Array.from(piece);
    await file.append(mine);
    // The appender must not hold on to the caller's buffer once append resolves (direct path).
    if (file.direct) mine.fill(0);
  }
  await file.close();
  return { bytes: new Uint8Array(readFileSync(path)), direct: file.direct };
}

/** What V8 throws when `ulimit -v` leaves no room for a WebAssembly memory's reservation. */
function refusedReservation(): never {
  throw new RangeError("WebAssembly.Memory(): could not allocate memory");
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether this folder's file system opens files for O_DIRECT at all. */
function directOpens(): boolean {
  const flag = (constants as { O_DIRECT?: number }).O_DIRECT;
  if (flag === undefined) return false;
  const path = join(dir, "probe");
  writeFileSync(path, "");
  try {
    closeSync(openSync(path, constants.O_WRONLY | flag));
    return true;
  } catch {
    return false;
  }
}

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251);

describe("openAppender", () => {
  it("writes the header and every piece in order, across chunk edges, both ways, copied or written in place", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(3 * ALIGN),
        fc.array(fc.nat(5 * ALIGN), { maxLength: 12 }),
        fc.constantFrom(1, 2, 3),
        fc.boolean(),
        fc.boolean(),
        async (headLength, lengths, blocks, direct, intoSink) => {
          const head = bytes(headLength, 7);
          const pieces = lengths.map((n, k) => bytes(n, k));
          const chunk = blocks * ALIGN;
          // The header must fit the first chunk.
          fc.pre(headLength <= chunk);
          const { bytes: written } = await appended(head, pieces, direct, chunk, intoSink);
          expect(written).toEqual(concat([head, ...pieces]));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("ends a file of exactly whole chunks without a padded tail, and stays direct where it can", async () => {
    const pieces = [bytes(ALIGN, 1), bytes(2 * ALIGN, 2), bytes(ALIGN, 3)];
    const { bytes: written, direct } = await appended(new Uint8Array(0), pieces, true, 2 * ALIGN);
    expect(written).toEqual(concat(pieces));
    // Where the folder takes O_DIRECT, the aligned buffers must keep every write direct (a misaligned
    // buffer would fall back silently and lose the point of the module).
    expect(direct).toBe(directOpens());
  });

  it("leaves an empty file empty", async () => {
    const { bytes: written } = await appended(new Uint8Array(0), [], true, ALIGN);
    expect(written.length).toBe(0);
  });

  it("moves to the page cache when the device refuses a direct write, losing and repeating nothing", async () => {
    const head = bytes(100, 9);
    const pieces = [bytes(3 * ALIGN + 5, 1), bytes(ALIGN - 1, 2), bytes(7 * ALIGN, 3)];
    faults.refused = 0;
    faults.refuse = 1;
    const { bytes: written, direct } = await appended(head, pieces, true, 2 * ALIGN);
    faults.refuse = 0;
    expect(faults.refused).toBe(1);
    expect(direct).toBe(false);
    expect(written).toEqual(concat([head, ...pieces]));
  });

  it("moves to the page cache when the device is slower than the writing", async () => {
    const pieces = Array.from({ length: 12 }, (_, k) => bytes(ALIGN + 17 * k, k));
    faults.slowMs = 20;
    const { bytes: written, direct } = await appended(bytes(10, 3), pieces, true, ALIGN);
    faults.slowMs = 0;
    expect(direct).toBe(false);
    expect(written).toEqual(concat([bytes(10, 3), ...pieces]));
  });

  it("goes through the page cache where no aligned memory can be had (a ulimit -v refuses V8's reservation)", async () => {
    vi.resetModules();
    vi.stubGlobal("WebAssembly", { Memory: refusedReservation });
    try {
      const fresh = await import("./direct-append.ts");
      const path = join(dir, "limited");
      writeFileSync(path, "head\n");
      const file = await fresh.openAppender(path, { chunkBytes: ALIGN });
      await file.append(bytes(3 * ALIGN + 1, 4));
      await file.close();
      expect(file.direct).toBe(false);
      expect(new Uint8Array(readFileSync(path))).toEqual(
        concat([new TextEncoder().encode("head\n"), bytes(3 * ALIGN + 1, 4)]),
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("refuses a chunk size that is not a whole number of blocks", async () => {
    const path = join(dir, "odd");
    writeFileSync(path, "");
    await expect(openAppender(path, { direct: true, chunkBytes: 1000 })).rejects.toThrow(RangeError);
  });
});
