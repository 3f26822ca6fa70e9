/**
 * What every request and response goes through, whatever the route: the security headers, the
 * read-only rule (GET and HEAD), the body-size limit, and the language of error messages.
 */
import { LANGUAGES, type Language } from "../i18n/index.ts";
import { ApiError } from "./errors.ts";

/** Bodies above this are refused with 413, whatever the method (the API never reads a body). */
export const BODY_LIMIT = 64 * 1024;

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

const tooLarge = () => new ApiError(413, { code: "body-too-large", params: { limit: BODY_LIMIT } });

/**
 * Refuses a body over BODY_LIMIT: at once when Content-Length says so, otherwise by counting the
 * stream (a chunked upload has no length) and cancelling it as soon as it passes the limit.
 */
export async function enforceBodyLimit(request: Request): Promise<void> {
  const length = request.headers.get("content-length");
  if (length !== null && /^\d+$/.test(length) && Number(length) > BODY_LIMIT) throw tooLarge();
  if (request.body === null) return;
  const reader = request.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
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
  if (!READ_METHODS.has(method)) {
    throw new ApiError(405, { code: "method-not-allowed", params: { method } }, { Allow: allow });
  }
}

/**
 * The language of messages: `?lang=` when it names a known language, else the best of
 * Accept-Language (by q-value, then order), else English.
 */
export function requestLanguage(url: string, acceptLanguage: string | null): Language {
  const known = (tag: string | null | undefined): Language | undefined => {
    const primary = tag?.trim().toLowerCase().split("-")[0];
    return (LANGUAGES as readonly string[]).includes(primary ?? "") ? (primary as Language) : undefined;
  };
  const param = known(new URL(url).searchParams.get("lang"));
  if (param) return param;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag, ...options] = part.split(";");
      const q = options.map((o) => /^\s*q=([0-9.]+)\s*$/.exec(o)?.[1]).find((x) => x !== undefined);
      return { lang: known(tag), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((x) => x.lang !== undefined && x.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.lang ?? "en";
}
