/**
 * The JSON body of a POST: read with a size limit (counted on the stream, so a chunked upload with no
 * Content-Length is cut off as soon as it passes the limit), required to be declared as JSON, and
 * parsed with the line and column of a syntax error, so a client learns where its document broke.
 */
import { formatPath } from "../core/dataset/problem.ts";
import { parseJsonText as parseJson } from "../io/json-text.ts";
import { decodeUtf8 } from "../io/utf8.ts";
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
  const decoded = decodeUtf8(bytes, "body");
  if (!decoded.ok) {
    const { params, line } = decoded.problem;
    throw new ApiError(400, { code: "invalid-utf8", path: "body", params: { ...params, line } });
  }
  return decoded.text;
}

/**
 * JSON.parse with halqa's errors (io/json-text.ts): `invalid-json` with the line and column of the
 * first character that cannot continue the text; non-finite numbers and `__proto__` keys with their
 * path in the body.
 */
export function parseJsonText(raw: string): unknown {
  const parsed = parseJson(raw, "body");
  if (parsed.ok) return parsed.value;
  throw new ApiError(
    400,
    // Paths as the schema problems of a body give them ("nodes[0].amount"); the whole body is "body".
    parsed.problems.map((p) => ({
      code: p.code,
      path: p.path.length > 0 ? formatPath(p.path) : "body",
      params: p.params,
    })),
  );
}

/** The request's JSON body: 415 unless declared as JSON in UTF-8, 413 past the limit, 400 when it is not JSON. */
export async function readJsonBody(request: Request, limit = POST_BODY_LIMIT): Promise<unknown> {
  const [mediaType, ...parameters] = (request.headers.get("content-type") ?? "").split(";");
  const type = mediaType?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new ApiError(415, { code: "unsupported-media-type", params: { type: type || "none" } });
  }
  // JSON is UTF-8 (RFC 8259 §8.1). A body declared in another charset (utf-16, latin1) would be read
  // as UTF-8 regardless, a guess at the client's bytes: refused, naming the charset it declared.
  const charset = parameters
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(p)?.[1]?.toLowerCase())
    .find((c) => c !== undefined);
  if (charset !== undefined && !["utf-8", "utf8", "us-ascii"].includes(charset)) {
    throw new ApiError(415, { code: "unsupported-charset", params: { charset } });
  }
  const text = await readBodyText(request, limit);
  if (text.trim() === "") throw new ApiError(400, { code: "empty-body", path: "body", params: {} });
  return parseJsonText(text);
}
