/**
 * Compression for the dashboard's files: the browser says which encodings it reads (Accept-Encoding)
 * and gets brotli or gzip for text files (scripts, styles, HTML, JSON, SVG). The build's files do
 * not change while the server runs, so each file's compressed body is made once per version (its
 * ETag) and kept, up to a bounded total; a cold load then moves about a third of the bytes.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type Encoding = "br" | "gzip";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this size compression saves less than the header costs. */
const MIN_BYTES = 1024;
/** The most compressed bytes kept in memory (the whole build compresses to well under this). */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|wasm)|image\/svg\+xml)/;

/** The encoding to answer with for an Accept-Encoding header: brotli first, then gzip, else none. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return undefined;
}

export function isCompressible(contentType: string, size: number): boolean {
  return size >= MIN_BYTES && COMPRESSIBLE.test(contentType);
}

/**
 * Compressed bodies by encoding and version. The promise is kept, not only its result, so requests for
 * the same file that arrive together (a cold load asks for every script at once) share one compression.
 */
const cache = new Map<string, Promise<Buffer>>();
let cachedBytes = 0;

/**
 * How hard to compress: "best" for the build's files (made once, ahead of the first visitor), "fast"
 * for API answers, compressed on their first request while the client waits.
 */
export type Effort = "best" | "fast";

/** The body compressed with `encoding`, made once per `version` (the file's ETag) and kept. */
export function compressedBody(
  version: string,
  encoding: Encoding,
  body: Buffer,
  effort: Effort = "best",
): Promise<Buffer> {
  const key = `${encoding}\u0000${effort}\u0000${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const packing = compress(encoding, body, effort);
  cache.set(key, packing);
  packing.then(
    (packed) => {
      if (cachedBytes + packed.length <= MAX_CACHED_BYTES) cachedBytes += packed.length;
      else cache.delete(key);
    },
    () => cache.delete(key),
  );
  return packing;
}

function compress(encoding: Encoding, body: Buffer, effort: Effort): Promise<Buffer> {
  return encoding === "br"
    ? brotli(body, {
        params: {
          // Quality 9: within a few per cent of the best, at a fraction of quality 11's time. Quality
          // 5 for answers made while a client waits: the 0.8 MB dataset to 145 KB in ~35 ms (quality 9:
          // 133 KB in ~120 ms), at load 15.
          [constants.BROTLI_PARAM_QUALITY]: effort === "best" ? 9 : 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: effort === "best" ? 9 : 6 });
}
