import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParser, type CsvRecord, readCsv } from "./csv-stream.ts";

/** Parses text given as pieces, as a stream would deliver it. */
function parse(pieces: readonly string[]): CsvRecord[] {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  for (const piece of pieces) parser.push(piece, out);
  parser.end(out);
  return out;
}

async function collect(chunks: readonly Uint8Array[]): Promise<CsvRecord[]> {
  async function* source() {
    yield* chunks;
  }
  const records: CsvRecord[] = [];
  for await (const record of readCsv(source())) records.push(record);
  return records;
}

/** Splits text at the given cut points (any positions, sorted or not, repeats allowed). */
function cut<T extends string | Uint8Array>(whole: T, points: readonly number[]): T[] {
  const sorted = [...new Set(points.map((p) => p % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let from = 0;
  for (const p of [...sorted, whole.length]) {
    pieces.push(whole.slice(from, p) as T);
    from = p;
  }
  return pieces;
}

/**
 * The reader's rules written the slowest, plainest way, over the whole text at once: the brute-force
 * oracle the streaming parser must agree with on every input, chunked any way.
 */
function reference(input: string): CsvRecord[] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const breakAt = (k: number) =>
    text[k] === "\r" ? (text[k + 1] === "\n" ? 2 : 1) : text[k] === "\n" ? 1 : 0;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const empty = breakAt(i);
    if (empty > 0) {
      i += empty;
      line++;
      continue;
    }
    const record: CsvRecord = { fields: [], line };
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) {
            record.error ??= "unclosed-quote";
            break;
          }
          if (text[i] === '"') {
            if (text[i + 1] !== '"') {
              i++;
              break;
            }
            field += '"';
            i += 2;
            continue;
          }
          const b = breakAt(i);
          if (b > 0) line++;
          field += text.slice(i, i + Math.max(b, 1));
          i += Math.max(b, 1);
        }
        if (i < text.length && text[i] !== "," && breakAt(i) === 0) record.error ??= "text-after-quote";
      }
      while (i < text.length && text[i] !== "," && breakAt(i) === 0) field += text[i++];
      record.fields.push(field);
      if (text[i] !== ",") break;
      i++;
    }
    records.push(record);
    const b = breakAt(i);
    i += b;
    if (b > 0) line++;
  }
  return records;
}

describe("CsvParser: worked examples", () => {
  it("reads RFC 4180's cases: quotes, commas, doubled quotes and line breaks inside quotes", () => {
    const text = 'a,b,c\r\n"x,1","he said ""hi""","two\r\nlines"\r\nlast,,\r\n';
    expect(parse([text])).toEqual([
      { fields: ["a", "b", "c"], line: 1 },
      { fields: ["x,1", 'he said "hi"', "two\r\nlines"], line: 2 },
      { fields: ["last", "", ""], line: 4 },
    ]);
  });

  it("skips a byte-order mark and empty lines, and counts LF, CRLF and lone CR as one line each", () => {
    expect(parse(["\uFEFFa\n\nb\r\n\r\nc\rd"])).toEqual([
      { fields: ["a"], line: 1 },
      { fields: ["b"], line: 3 },
      { fields: ["c"], line: 5 },
      { fields: ["d"], line: 6 },
    ]);
  });

  it("keeps a quoted empty field, which is not an empty line", () => {
    expect(parse(['""\n,\n'])).toEqual([
      { fields: [""], line: 1 },
      { fields: ["", ""], line: 2 },
    ]);
  });

  it("flags broken quoting instead of guessing silently", () => {
    expect(parse(['"ab"c,d\n"open,e\nf'])).toEqual([
      { fields: ["abc", "d"], line: 1, error: "text-after-quote" },
      { fields: ["open,e\nf"], line: 2, error: "unclosed-quote" },
    ]);
  });

  it("keeps a quote inside an unquoted field as a character", () => {
    expect(parse(['5" disk,x\n'])).toEqual([{ fields: ['5" disk', "x"], line: 1 }]);
  });

  it("gives the same records however the text is cut, even between CR and LF", () => {
    const text = 'a,"b\r\nc"\r\nd,e\r\n';
    const whole = parse([text]);
    for (let k = 0; k <= text.length; k++) expect(parse([text.slice(0, k), text.slice(k)])).toEqual(whole);
    expect(parse([...text])).toEqual(whole);
  });

  it("reads nothing from empty input", () => {
    expect(parse([])).toEqual([]);
    expect(parse(["", "\uFEFF", ""])).toEqual([]);
    expect(parse(["\n\r\n"])).toEqual([]);
  });
});

describe("readCsv over bytes", () => {
  it("decodes UTF-8 characters split across chunks", async () => {
    const bytes = new TextEncoder().encode('\uFEFFnom,ville\n"Zoë",القاهرة 🌍\n');
    const chunks = Array.from(bytes, (_, k) => bytes.slice(k, k + 1));
    expect(await collect(chunks)).toEqual([
      { fields: ["nom", "ville"], line: 1 },
      { fields: ["Zoë", "القاهرة 🌍"], line: 2 },
    ]);
  });
});

const ALPHABET = ["a", "b", ",", '"', "\r", "\n", " ", "é", "🌍"];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(""));

describe("CsvParser against the brute-force reading (properties)", () => {
  it("agrees on any text, cut into any pieces", () => {
    fc.assert(
      fc.property(fc.boolean(), text, fc.array(fc.nat(), { maxLength: 6 }), (bom, body, points) => {
        const input = (bom ? "\uFEFF" : "") + body;
        expect(parse(cut(input, points))).toEqual(reference(input));
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees on bytes cut anywhere, inside multi-byte characters too", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 6 }), async (body, points) => {
        const bytes = new TextEncoder().encode(body);
        expect(await collect(cut(bytes, points))).toEqual(reference(body));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back what a writer quoting at random wrote: fields and starting lines", () => {
    const field = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 6 }).map((cs) => cs.join(""));
    const record = fc.array(field, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })), { maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, eol, finalBreak, points) => {
          let out = "";
          const expected: CsvRecord[] = [];
          rows.forEach(([fields, quoteAnyway], r) => {
            const line = 1 + (out.match(/\r\n|\r|\n/g)?.length ?? 0);
            expected.push({ fields, line });
            const cells = fields.map((f, k) => {
              // A lone empty field must be quoted, or the record would read as an empty line.
              const must = /[",\r\n]/.test(f) || (fields.length === 1 && f === "");
              return must || quoteAnyway[k] ? `"${f.replaceAll('"', '""')}"` : f;
            });
            out += cells.join(",") + (r < rows.length - 1 || finalBreak ? eol : "");
          });
          expect(parse(cut(out, points))).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
