/**
 * What every request and response goes through, whatever the route: the security headers, the
 * read-only rule (GET and HEAD), the body-size limit, and the language of error messages.
 */
import type { Language } from "../i18n/index.ts";
import { langOfTag } from "../i18n/lang.ts";
import { ApiError } from "./errors.ts";

/** Bodies above this are refused with 413, whatever the method (the API never reads a body). */
export const BODY_LIMIT = 64 * 1024;

/** How long a client may take: the timers of Node's HTTP server, in milliseconds. */
export type HttpLimits = {
  /** From the first byte of a request to the end of its headers. */
  headersMs: number;
  /** From the first byte of a request to the end of its body. */
  requestMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveMs: number;
};

/**
 * Answers are small and quick: a client that takes longer than this to send its request is stalling.
 * docs/api.md states these figures; http.test.ts checks that the text and the constant agree.
 */
export const HTTP_LIMITS: Readonly<HttpLimits> = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

/**
 * Asks the server to close the connection after a refusal, so it does not go on reading an upload
 * it will never use (serve.ts also stops reading one the answer left unread).
 */
const CLOSE = { Connection: "close" } as const;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function applySecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
}

export const READ_METHODS = new Set(["GET", "HEAD"]);

/** 405 with `Allow`; the message names the same methods, so the two never disagree. */
export const methodNotAllowed = (method: string, allow: string) =>
  new ApiError(405, { code: "method-not-allowed", params: { method, allow } }, { Allow: allow });

export const tooLarge = (limit = BODY_LIMIT) =>
  new ApiError(413, { code: "body-too-large", params: { limit } }, CLOSE);

/** The upload stopped before its end (the client went away): nobody is left to read the answer. */
export const uploadAborted = () => new ApiError(400, { code: "body-aborted", params: {} }, CLOSE);

/** Whether the headers announce a body: chunked, or a Content-Length other than 0. */
export function announcesBody(headers: Headers): boolean {
  const length = headers.get("content-length");
  return headers.has("transfer-encoding") || (length !== null && !/^0+$/.test(length.trim()));
}

/**
 * Refuses a body over BODY_LIMIT: at once when Content-Length says so, otherwise by counting the
 * stream (a chunked upload has no length) and cancelling it as soon as it passes the limit. GET and
 * HEAD carry no body at all (the adapter never hands theirs to the app, so it could not be counted):
 * one announced by the headers is refused with 400 before a byte of it is read.
 */
export async function enforceBodyLimit(request: Request): Promise<void> {
  const length = request.headers.get("content-length");
  if (length !== null && /^\d+$/.test(length) && Number(length) > BODY_LIMIT) throw tooLarge();
  if (READ_METHODS.has(request.method) && announcesBody(request.headers)) {
    throw new ApiError(400, { code: "body-on-read", params: { method: request.method } }, CLOSE);
  }
  if (request.body === null) return;
  const reader = request.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw uploadAborted();
    });
    if (done) return;
    total += value.byteLength;
    if (total > BODY_LIMIT) {
      await reader.cancel();
      throw tooLarge();
    }
  }
}

/** `allow` names the methods of a path that takes more than GET and HEAD (POST /api/market). */
export function enforceReadOnly(method: string, allow = "GET, HEAD"): void {
  if (!READ_METHODS.has(method)) throw methodNotAllowed(method, allow);
}

/** The best language of Accept-Language that halqa speaks (by q-value, then order), if any. */
function acceptedLanguage(acceptLanguage: string | null): Language | undefined {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag, ...options] = part.split(";");
      const q = options.map((o) => /^\s*q=([0-9.]+)\s*$/.exec(o)?.[1]).find((x) => x !== undefined);
      return { lang: langOfTag(tag), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((x) => x.lang !== undefined && x.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.lang;
}

/**
 * The language of messages: `?lang=` when it names a known language, else the best of
 * Accept-Language (by q-value, then order), else English.
 */
export function requestLanguage(url: string, acceptLanguage: string | null): Language {
  return langOfTag(new URL(url).searchParams.get("lang")) ?? acceptedLanguage(acceptLanguage) ?? "en";
}

/**
 * `?lang=xx` with no Accept-Language halqa speaks: the client asked for a language, and which of
 * halqa's it reads is unknown, so its refusal is said in every language (as `halqa --lang xx` is).
 */
export function askedForUnknownLanguage(url: string, acceptLanguage: string | null): boolean {
  const given = new URL(url).searchParams.get("lang");
  return given !== null && langOfTag(given) === undefined && acceptedLanguage(acceptLanguage) === undefined;
}

/** The text of a %-encoded query part, or undefined when its bytes are not UTF-8 ("%FF", "%E0%A4"). */
function decodedQueryPart(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/**
 * Refuses a query whose %-escapes do not decode as UTF-8: URLSearchParams turns such bytes into U+FFFD
 * ("top=%FF" read as "\uFFFD", "q=%FF" searched for it and found nothing), a guess at what the client
 * meant. The problem names the parameter and quotes the part as sent.
 */
export function enforceQueryEncoding(url: string): void {
  const search = new URL(url).search.slice(1);
  if (search === "") return;
  for (const pair of search.split("&")) {
    const [rawName = "", ...rest] = pair.split("=");
    for (const raw of [rawName, rest.join("=")]) {
      if (decodedQueryPart(raw) !== undefined) continue;
      const path = decodedQueryPart(rawName) ?? rawName;
      throw new ApiError(400, { code: "query-not-utf8", path, params: { raw } });
    }
  }
}
