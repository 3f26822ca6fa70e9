/**
 * HTTP caching of the API's answers. The dataset is loaded once and never changes while the server
 * runs, so an answer is a pure function of (dataset, code version, route, validated query with its
 * as-of date resolved). That tuple, hashed, is the strong ETag: it is known before anything is
 * computed, so a matching `If-None-Match` is answered 304 at the cost of parsing the query. Bodies
 * are kept in a small LRU keyed the same way, bounded by entry count and bytes.
 */
import { createHash } from "node:crypto";

/** SHA-256 of a text, base64url, cut to 128 bits: ample to tell datasets and queries apart. */
export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** JSON with object keys sorted and undefined values dropped: equal queries give equal keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function etagOf(key: string): string {
  return `"${hashText(key)}"`;
}

/**
 * Does `If-None-Match` match this ETag? RFC 9110 §13.1.2 uses the weak comparison here: `W/"x"`
 * matches `"x"`, and `*` matches any current representation.
 */
export function ifNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** A least-recently-used map of response bodies, bounded by entries and by total UTF-16 length. */
export class BodyCache {
  readonly #entries = new Map<string, string>();
  #size = 0;
  constructor(
    readonly maxEntries = 256,
    readonly maxChars = 32 * 2 ** 20,
  ) {}

  get(key: string): string | undefined {
    const body = this.#entries.get(key);
    if (body === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, body);
    return body;
  }

  set(key: string, body: string): void {
    if (body.length > this.maxChars / 4) return;
    const old = this.#entries.get(key);
    if (old !== undefined) {
      this.#size -= old.length;
      this.#entries.delete(key);
    }
    this.#entries.set(key, body);
    this.#size += body.length;
    for (const [oldest, text] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#size <= this.maxChars) break;
      this.#entries.delete(oldest);
      this.#size -= text.length;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** A tiny memo of the last few values of a function of one string (the as-of date). */
export function memoLast<T>(compute: (key: string) => T, capacity = 8): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined) {
      memo.delete(key);
      memo.set(key, hit);
      return hit;
    }
    const value = compute(key);
    memo.set(key, value);
    if (memo.size > capacity) memo.delete(memo.keys().next().value as string);
    return value;
  };
}
