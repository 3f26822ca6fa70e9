/**
 * The plain-CSV fast path must give exactly what DuckDB's path gives, or step aside. On random
 * ledgers — ties in time, repeated pairs, self-transfers, names that are not ASCII (some of which
 * JavaScript and DuckDB order differently), ids as text or whole numbers, columns in any order —
 * the fast path's ledger, names and ids equal DuckDB's; a file with one row it cannot read (a quote,
 * an impossible date, a negative amount, an empty value, a carriage return, times with and without
 * an offset) makes it return null, and ingest then answers as DuckDB's path does, problems included.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlainCsv } from "./fast-csv.ts";
import { type IngestResult, ingestLedger } from "./ingest.ts";

let dir: string;
let files = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fast-csv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// "\uE000x" and "😀x" order differently by UTF-16 code units than by UTF-8 bytes.
const NAMES = ["A1", "A10", "A2", "b", "Zé", "حلقة", "😀x", "\uE000x", "x y", "007", "A1234567", "A1234568"];
const AMOUNTS = ["1", "5.5", "99.50", "0", "1000000", "0.1", "123456.789", "0.30000000000000004"];
const BAD = {
  quote: (row: string[]) => row.map((v, i) => (i === 0 ? `"${v}"` : v)),
  date: (row: string[], ts: number) => row.map((v, i) => (i === ts ? "2025-02-30T00:00:00Z" : v)),
  negative: (row: string[], _ts: number, amount: number) => row.map((v, i) => (i === amount ? "-5" : v)),
  empty: (row: string[], _ts: number, amount: number) => row.map((v, i) => (i === amount ? "" : v)),
  padded: (row: string[]) => row.map((v, i) => (i === 0 ? ` ${v}` : v)),
};
type Bad = keyof typeof BAD | "mixed" | "crlf";

const time = (minute: number, format: number) => {
  const iso = new Date(Date.UTC(2025, 0, 1) + minute * 60_000).toISOString();
  return [
    iso,
    iso.replace(".000Z", "Z"),
    iso.replace("T", " ").replace(".000Z", ""),
    iso.replace(".000Z", ".5Z"),
  ][format] as string;
};

const ledgerFile = fc.record({
  rows: fc.array(
    fc.tuple(
      fc.nat(NAMES.length - 1),
      fc.nat(NAMES.length - 1),
      fc.integer({ min: 0, max: 30 }),
      fc.nat(AMOUNTS.length - 1),
    ),
    { minLength: 1, maxLength: 60 },
  ),
  format: fc.nat(3),
  ids: fc.constantFrom("none", "text", "number", "padded"),
  order: fc.constantFrom("id,src,dst,ts,amount", "amount,ts,dst,src,id,memo", "src,dst,ts,amount,id"),
  finalNewline: fc.boolean(),
  bad: fc.option(
    fc.record({
      kind: fc.constantFrom<Bad>("quote", "date", "negative", "empty", "padded", "mixed", "crlf"),
      at: fc.nat(),
    }),
    { freq: 3 },
  ),
  threads: fc.boolean(),
});

function csvText(f: typeof ledgerFile extends fc.Arbitrary<infer T> ? T : never): string {
  const header = f.order.split(",").filter((c) => c !== "id" || f.ids !== "none");
  const ts = header.indexOf("ts");
  const amount = header.indexOf("amount");
  const lines = f.rows.map(([s, d, minute, a], k) => {
    const value: Record<string, string> = {
      id: f.ids === "text" ? `T${k}` : f.ids === "number" ? String(k * 7) : `0${k}`,
      src: NAMES[s] as string,
      dst: NAMES[d] as string,
      ts: time(minute, f.format),
      amount: AMOUNTS[a] as string,
      memo: "note",
    };
    let row = header.map((c) => value[c] as string);
    if (f.bad && f.bad.at % f.rows.length === k) {
      const kind = f.bad.kind;
      if (kind === "mixed") row = row.map((v, i) => (i === ts ? time(minute, f.format === 2 ? 0 : 2) : v));
      else if (kind !== "crlf") row = BAD[kind](row, ts, amount);
    }
    return row.join(",") + (f.bad?.kind === "crlf" && f.bad.at % f.rows.length === k ? "\r" : "");
  });
  return `${header.join(",")}\n${lines.join("\n")}${f.finalNewline ? "\n" : ""}`;
}

/** An ingest result with its typed arrays as plain arrays and without its timing. */
function comparable(result: IngestResult) {
  if (!result.ok) return result;
  const { seconds: _, ledger, ids, ...rest } = result;
  return {
    ...rest,
    ledger: Object.fromEntries(
      Object.entries(ledger).map(([k, v]) => [k, typeof v === "number" ? v : Array.from(v)]),
    ),
    ids:
      ids.kind === "text"
        ? {
            kind: ids.kind,
            bytes: ids.bytes.toString("utf8"),
            offsets: Array.from(ids.offsets),
            entry: Array.from(ids.entry ?? []),
          }
        : ids.kind === "number"
          ? { kind: ids.kind, values: Array.from(ids.values) }
          : ids,
  };
}

describe("the plain-CSV fast path", () => {
  it("gives DuckDB's ledger, names and ids, or steps aside on a row it cannot read", async () => {
    await fc.assert(
      fc.asyncProperty(
        ledgerFile,
        fc.constantFrom<"activity" | "name">("activity", "name"),
        async (f, numbering) => {
          const file = join(dir, `ledger-${files++}.csv`);
          await writeFile(file, csvText(f));
          const duckdb = await ingestLedger(file, { requireTs: true, numbering, fastCsv: false });
          const header = f.order.split(",").filter((c) => c !== "id" || f.ids !== "none");
          const columns = Object.fromEntries(header.filter((c) => c !== "memo").map((c) => [c, c]));
          const fast = await readPlainCsv(file, {
            names: header,
            columns,
            numbering,
            threadsFrom: f.threads ? 0 : undefined,
          });
          // A file of one row has no second kind of time to mix with.
          if (f.bad && !(f.bad.kind === "mixed" && f.rows.length < 2)) expect(fast).toBeNull();
          else {
            expect(duckdb.ok).toBe(true);
            expect(fast).not.toBeNull();
          }
          const viaIngest = await ingestLedger(file, {
            requireTs: true,
            numbering,
            fastCsv: { threadsFrom: f.threads ? 0 : undefined },
          });
          expect(comparable(viaIngest)).toEqual(comparable(duckdb));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
