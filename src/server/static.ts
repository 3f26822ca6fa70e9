/**
 * Static files from one fixed folder (the dashboard's build), with the single-page-app fallback: a
 * path that names no file and has no extension gets index.html, so the dashboard's own routes load.
 *
 * No request value reaches a file path unchecked: the path is percent-decoded once, refused if it
 * holds a NUL, a backslash, a `..` or a dot-file segment, resolved against the folder, and the
 * resolved path — and the file's real path, after symbolic links — must lie inside the folder.
 */
import { realpathSync, statSync } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { etagOf, ifNoneMatch } from "./cache.ts";
import { chooseEncoding, compressedBody, isCompressible } from "./compress-static.ts";
import { ApiError } from "./errors.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

const invalidPath = (path: string) => new ApiError(400, { code: "invalid-path", params: { path } });
const notFound = (path: string) => new ApiError(404, { code: "not-found", params: { path } });

/** The folder's real path; throws when it is missing or not a folder. */
export function webRoot(webDir: string): string {
  const root = realpathSync(resolve(webDir));
  if (!statSync(root).isDirectory()) throw new Error(`webDir is not a folder: ${webDir}`);
  return root;
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/** The file a URL path names inside `root`, or an ApiError (400 for a refused path). */
export function resolveInside(root: string, rawPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw invalidPath(rawPath);
  }
  const segments = decoded.split("/").filter((s) => s !== "");
  if (
    decoded.includes("\0") ||
    decoded.includes("\\") ||
    segments.some((s) => s === ".." || s.startsWith("."))
  ) {
    throw invalidPath(rawPath);
  }
  const candidate = resolve(root, ...segments);
  if (!inside(root, candidate)) throw invalidPath(rawPath);
  return candidate;
}

/** A regular file inside root (index.html for a folder), after symbolic links; undefined if none. */
async function existingFile(
  root: string,
  path: string,
): Promise<{ path: string; size: number; mtimeMs: number } | undefined> {
  try {
    let real = await realpath(path);
    if (!inside(root, real)) return undefined;
    let info = await stat(real);
    if (info.isDirectory()) {
      real = await realpath(resolve(real, "index.html"));
      if (!inside(root, real)) return undefined;
      info = await stat(real);
    }
    return info.isFile() ? { path: real, size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers a GET for `rawPath` (the URL's pathname, still percent-encoded) from `root`, compressed
 * when the browser accepts brotli or gzip (`acceptEncoding`) and the file is text.
 */
export async function serveStatic(
  root: string,
  rawPath: string,
  conditional: string | null,
  acceptEncoding: string | null = null,
): Promise<Response> {
  const candidate = resolveInside(root, rawPath);
  let file = await existingFile(root, candidate);
  if (!file && extname(candidate) === "") file = await existingFile(root, resolve(root, "index.html"));
  if (!file) throw notFound(rawPath);
  const etag = fileEtag(file);
  const type = TYPES[extname(file.path).toLowerCase()] ?? "application/octet-stream";
  const encoding = isCompressible(type, file.size) ? chooseEncoding(acceptEncoding) : undefined;
  const headers: Record<string, string> = {
    "Content-Type": type,
    "Cache-Control": "no-cache",
    ETag: etag,
    Vary: "Accept-Encoding",
  };
  if (ifNoneMatch(conditional, etag)) return new Response(null, { status: 304, headers });
  const body = await readFile(file.path);
  if (!encoding) return new Response(body, { status: 200, headers });
  headers["Content-Encoding"] = encoding;
  return new Response(await compressedBody(etag, encoding, body), { status: 200, headers });
}

/** A file's version: its path, size and modification time (weak: the bytes sent vary by encoding). */
function fileEtag(file: { path: string; size: number; mtimeMs: number }): string {
  return `W/${etagOf(`${file.path}\u0000${file.size}\u0000${file.mtimeMs}`)}`;
}

/**
 * Compresses the build's text files ahead of the first visitor, one at a time in the background, so
 * the first cold load is not the one that pays for it (brotli, which every current browser asks for).
 * Best effort: a file that cannot be read is left for its first request to report.
 */
export async function warmStatic(root: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(root, { recursive: true });
  } catch {
    return;
  }
  for (const name of names) {
    const file = await existingFile(root, resolve(root, name));
    if (!file) continue;
    const type = TYPES[extname(file.path).toLowerCase()] ?? "application/octet-stream";
    if (!isCompressible(type, file.size)) continue;
    try {
      await compressedBody(fileEtag(file), "br", await readFile(file.path));
    } catch {
      // Left for the request: it reports its own error.
    }
  }
}
