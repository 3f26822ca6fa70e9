/**
 * Reading a whole text file: strictly decoded (utf8.ts), a UTF-8 byte-order mark dropped, and
 * file-system failures (missing file, a folder, no permission) as coded problems, never an exception
 * with a stack.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { Problem } from "../core/dataset/problem.ts";
import { decodeUtf8, invalidUtf8Problem, type TextResult, Utf8Validator } from "./utf8.ts";

export {
  decodeUtf8,
  decodeUtf8Strict,
  findUtf8Fault,
  InvalidUtf8Error,
  type TextResult,
  type Utf8Fault,
} from "./utf8.ts";

/**
 * A whole text file, strictly decoded. `file` is the name problems carry (a path relative to a
 * dataset folder, or the path as the user typed it).
 */
export async function readTextFile(path: string, file: string = path): Promise<TextResult> {
  try {
    if ((await stat(path)).isDirectory()) {
      return { ok: false, problem: { code: "file-is-directory", file, path: [], params: {} } };
    }
    return decodeUtf8(await readFile(path), file);
  } catch (error) {
    return { ok: false, problem: fileErrorProblem(error, file) };
  }
}

/** A file-system error as a coded problem: missing, a directory, no permission, or the OS's words. */
export function fileErrorProblem(error: unknown, file: string): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: "file-missing",
    EISDIR: "file-is-directory",
    EACCES: "file-permission",
    EPERM: "file-permission",
  };
  if (code && known[code]) return { code: known[code], file, path: [], params: {} };
  return {
    code: "file-unreadable",
    file,
    path: [],
    params: { detail: String((error as Error).message ?? error) },
  };
}

/**
 * The first stretch of a file, of any size, that is not UTF-8, as a problem; null when it all is.
 * Streams (memory O(one chunk)); for files another engine reads (DuckDB), to say why it failed.
 */
export async function fileUtf8Problem(path: string, file: string = path): Promise<Problem | null> {
  const validator = new Utf8Validator();
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const fault = validator.push(chunk);
      if (fault) return invalidUtf8Problem(file, fault);
    }
  } finally {
    stream.destroy();
  }
  const fault = validator.end();
  return fault ? invalidUtf8Problem(file, fault) : null;
}
