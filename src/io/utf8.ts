/**
 * Strict UTF-8 for every text halqa reads (CSV, JSON, JSON Lines, YAML, request bodies): bytes that
 * are not UTF-8 are an error naming the line and byte offset, never silently turned into U+FFFD. A
 * replacement character would merge `caf\xe9` and `caf\xe8` into one account and invent a loop.
 * No file system here, so the dashboard's upload page and the server use it as the CLI does;
 * text-file.ts reads files with it.
 *
 * Reference: F. Yergeau (2003), "UTF-8, a transformation format of ISO 10646", RFC 3629, section 4
 * (the well-formed byte sequences; overlong forms and surrogates are excluded).
 *
 * Time O(bytes); memory O(1) beyond the input.
 */
import type { Problem } from "../core/dataset/problem.ts";

/** Where a byte sequence stops being UTF-8: 0-based byte offset and 1-based line. */
export type Utf8Fault = { offset: number; line: number };

/**
 * An incremental UTF-8 check: feed it the bytes in pieces of any size (a piece may end inside a
 * character); it answers the first fault, counting lines as it goes.
 */
export class Utf8Validator {
  /** Continuation bytes still expected by the current character. */
  private need = 0;
  /** Allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
  private low = 0x80;
  private high = 0xbf;
  /** Offset of the lead byte of the character in progress. */
  private start = 0;
  private offset = 0;
  private line = 1;
  private lineAtStart = 1;

  push(bytes: Uint8Array): Utf8Fault | null {
    const n = bytes.length;
    for (let i = 0; i < n; i++) {
      const b = bytes[i] as number;
      if (this.need === 0) {
        if (b < 0x80) {
          if (b === 10) this.line++;
          continue;
        }
        this.start = this.offset + i;
        this.lineAtStart = this.line;
        this.low = 0x80;
        this.high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) this.need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          this.need = 2;
          if (b === 0xe0) this.low = 0xa0; // overlong
          if (b === 0xed) this.high = 0x9f; // surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
          this.need = 3;
          if (b === 0xf0) this.low = 0x90; // overlong
          if (b === 0xf4) this.high = 0x8f; // above U+10FFFF
        } else return { offset: this.start, line: this.line };
      } else {
        if (b < this.low || b > this.high) return { offset: this.start, line: this.lineAtStart };
        this.low = 0x80;
        this.high = 0xbf;
        this.need--;
      }
    }
    this.offset += n;
    return null;
  }

  /** A character cut short by the end of the input is a fault too. */
  end(): Utf8Fault | null {
    return this.need > 0 ? { offset: this.start, line: this.lineAtStart } : null;
  }
}

/** The first fault of a whole byte array, or null when it is UTF-8. */
export function findUtf8Fault(bytes: Uint8Array): Utf8Fault | null {
  const validator = new Utf8Validator();
  return validator.push(bytes) ?? validator.end();
}

export function invalidUtf8Problem(file: string, fault: Utf8Fault): Problem {
  return {
    code: "invalid-utf8",
    file,
    path: [],
    params: { offset: fault.offset },
    line: fault.line,
  };
}

/** Thrown by the streaming decoder; readers turn it into their problem list. */
export class InvalidUtf8Error extends Error {
  constructor(readonly fault: Utf8Fault) {
    super(`invalid UTF-8 at byte ${fault.offset} (line ${fault.line})`);
    this.name = "InvalidUtf8Error";
  }
}

/**
 * Decodes a byte stream as strict UTF-8, piece by piece; throws InvalidUtf8Error at the first fault.
 * Strings pass through unchanged (they are already text). The byte-order mark is left to the parser.
 */
export async function* decodeUtf8Strict(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const validator = new Utf8Validator();
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of input) {
    if (typeof chunk === "string") {
      yield chunk;
      continue;
    }
    const fault = validator.push(chunk);
    if (fault) throw new InvalidUtf8Error(fault);
    yield decoder.decode(chunk, { stream: true });
  }
  const fault = validator.end();
  if (fault) throw new InvalidUtf8Error(fault);
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** Bytes → text, strictly; a leading byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array, file: string): TextResult {
  const fault = findUtf8Fault(bytes);
  if (fault) return { ok: false, problem: invalidUtf8Problem(file, fault) };
  const text = new TextDecoder("utf-8").decode(bytes);
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export type TextResult = { ok: true; text: string } | { ok: false; problem: Problem };
