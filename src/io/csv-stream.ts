/**
 * Streaming CSV reader (RFC 4180): records come out as the bytes come in, so a file of ten million
 * rows is read in memory bounded by its longest record, never held as one string.
 *
 * Accepted beyond the letter of the RFC, because real exports do it: LF or a lone CR as well as CRLF
 * ends a record; a UTF-8 byte-order mark is skipped; empty lines are skipped (their line still counts);
 * a quote inside an unquoted field is kept as a character. Two things cannot be read sensibly and are
 * flagged on the record instead of guessed: text after a closing quote (`"ab"c`) and a quote left open
 * at the end of the input.
 *
 * Reference: Y. Shafranovich (2005), "Common Format and MIME Type for Comma-Separated Values (CSV)
 * Files", RFC 4180.
 *
 * Time O(bytes); memory O(longest record + one chunk).
 */

import { decodeUtf8Strict } from "./utf8.ts";

export type CsvRecord = {
  fields: string[];
  /** 1-based line on which the record starts (line breaks inside quotes count). */
  line: number;
  /** Set when the quoting is broken; the fields are then the parser's best reading. */
  error?: "text-after-quote" | "unclosed-quote";
};

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

// Parser states (plain numbers: no enum, so the file stays erasable TypeScript).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just read a quote inside a quoted field: a doubled quote follows, or the field has ended. */
const QUOTE_IN_QUOTED = 3;

/**
 * The push parser under `readCsv`: feed it text in pieces of any size (a piece may end anywhere, even
 * between CR and LF or inside a quote) and it appends the records completed so far.
 */
export class CsvParser {
  private state = FIELD_START;
  private fields: string[] = [];
  private field = "";
  private line = 1;
  private recordLine = 1;
  /** The last character consumed was a CR, so an LF right after it belongs to the same line break. */
  private afterCr = false;
  private error: CsvRecord["error"];
  private started = false;

  push(text: string, out: CsvRecord[]): void {
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = text.length;
    while (i < n) {
      switch (this.state) {
        case FIELD_START: {
          const c = text.charCodeAt(i);
          if (this.afterCr) {
            this.afterCr = false;
            if (c === LF) {
              i++;
              continue;
            }
          }
          if (this.fields.length === 0 && this.field === "") this.recordLine = this.line;
          if (c === QUOTE) {
            this.state = QUOTED;
            i++;
          } else this.state = UNQUOTED;
          break;
        }
        case UNQUOTED: {
          let j = i;
          let c = 0;
          while (j < n) {
            c = text.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR) break;
            j++;
          }
          if (j > i) this.field += text.slice(i, j);
          if (j === n) return;
          if (c === COMMA) this.endField();
          else if (this.fields.length === 0 && this.field === "") this.skipEmptyLine(c);
          else this.endRecord(c, out);
          i = j + 1;
          break;
        }
        case QUOTED: {
          const j = text.indexOf('"', i);
          const end = j < 0 ? n : j;
          this.countBreaks(text, i, end);
          if (end > i) this.field += text.slice(i, end);
          if (j < 0) return;
          this.state = QUOTE_IN_QUOTED;
          i = j + 1;
          break;
        }
        case QUOTE_IN_QUOTED: {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            this.field += '"';
            this.state = QUOTED;
            i++;
          } else if (c === COMMA) {
            this.endField();
            i++;
          } else if (c === LF || c === CR) {
            this.endRecord(c, out);
            i++;
          } else {
            // Read on as an unquoted tail of the same field, so the record keeps its shape.
            this.error ??= "text-after-quote";
            this.state = UNQUOTED;
          }
          break;
        }
      }
    }
  }

  /** Flushes the last record when the input does not end with a line break. */
  end(out: CsvRecord[]): void {
    if (this.state === QUOTED) this.error ??= "unclosed-quote";
    const pending =
      this.state === QUOTED || this.state === QUOTE_IN_QUOTED || this.fields.length > 0 || this.field !== "";
    if (pending) this.emit(out);
    this.state = FIELD_START;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.state = FIELD_START;
  }

  private endRecord(breakChar: number, out: CsvRecord[]): void {
    this.emit(out);
    this.newLine(breakChar);
  }

  private skipEmptyLine(breakChar: number): void {
    this.state = FIELD_START;
    this.newLine(breakChar);
  }

  private newLine(breakChar: number): void {
    this.line++;
    this.afterCr = breakChar === CR;
  }

  private emit(out: CsvRecord[]): void {
    this.fields.push(this.field);
    const record: CsvRecord = { fields: this.fields, line: this.recordLine };
    if (this.error) record.error = this.error;
    out.push(record);
    this.fields = [];
    this.field = "";
    this.error = undefined;
    this.state = FIELD_START;
  }

  /** Line breaks inside a quoted field still advance the line count (CRLF counts once). */
  private countBreaks(text: string, from: number, to: number): void {
    let afterCr = this.afterCr;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF) {
        if (!afterCr) this.line++;
        afterCr = false;
      } else if (c === CR) {
        this.line++;
        afterCr = true;
      } else afterCr = false;
    }
    // A quote ends the span unless the piece ran out, and a quote is not an LF.
    this.afterCr = to === text.length ? afterCr : false;
  }
}

/**
 * Reads CSV records from a byte or text stream (e.g. `fs.createReadStream(path)`), decoding UTF-8
 * strictly across chunk boundaries: invalid bytes throw InvalidUtf8Error (src/io/text-file.ts).
 *
 * @example
 * for await (const { fields, line } of readCsv(createReadStream("edges.csv"))) …
 */
export async function* readCsv(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(input)) yield* batch;
}

/**
 * The same records, one array per chunk read: a consumer of millions of rows loops over each batch
 * synchronously instead of awaiting every record. A batch is reused once the next one is asked for.
 */
export async function* readCsvBatches(
  input: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  // Strict: bytes that are not UTF-8 throw InvalidUtf8Error (with line and offset), never U+FFFD.
  for await (const text of decodeUtf8Strict(input)) {
    parser.push(text, out);
    if (out.length > 0) yield out;
    out.length = 0;
  }
  parser.end(out);
  if (out.length > 0) yield out;
}
