/**
 * The JSON body of a POST: read with a size limit (counted on the stream, so a chunked upload with no
 * Content-Length is cut off as soon as it passes the limit), required to be declared as JSON, and
 * parsed with the line and column of a syntax error, so a client learns where its document broke.
 */
import { jsonErrorAt } from "../core/text/json-error.ts";
import { ApiError } from "./errors.ts";
import { tooLarge, uploadAborted } from "./http.ts";

/** Bodies of the POST routes: a network file of a few thousand nodes, a scenario, an options object. */
export const POST_BODY_LIMIT = 1024 * 1024;

/** The body as text, or 413 once it passes `limit` bytes (at once when Content-Length says so). */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const length = request.headers.get("content-length");
  if (length !== null && /^\d+$/.test(length) && Number(length) > limit) throw tooLarge(limit);
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw uploadAborted();
    });
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * JSON.parse with halqa's error: `invalid-json` with the line and column of the first character that
 * cannot continue the text and what was found there.
 */
export function parseJsonText(raw: string): unknown {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return JSON.parse(text);
  } catch {
    const at = jsonErrorAt(text);
    const where = at ? { line: at.line, column: at.column, found: at.found } : {};
    throw new ApiError(400, { code: "invalid-json", path: "body", params: where });
  }
}

/** The request's JSON body: 415 unless declared as JSON, 413 past the limit, 400 when it is not JSON. */
export async function readJsonBody(request: Request, limit = POST_BODY_LIMIT): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new ApiError(415, { code: "unsupported-media-type", params: { type: type || "none" } });
  }
  const text = await readBodyText(request, limit);
  if (text.trim() === "") throw new ApiError(400, { code: "empty-body", path: "body", params: {} });
  return parseJsonText(text);
}
