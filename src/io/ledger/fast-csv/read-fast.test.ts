/**
 * The fast CSV reader against the careful route (DuckDB) on the same files: random plain ledgers
 * must read to the same ledger — accounts and their numbering, rows in (payer, time, row) order,
 * ids, counts — on one thread and on two; and every spelling the fast reader does not know must
 * make it decline, leaving the file (and its problems) to the careful route.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transactionId } from "../cycle-record.ts";
import { type IngestedLedger, type IngestOptions, ingestLedger } from "../ingest.ts";
import { type FastRead, readCsvFast } from "./read-fast.ts";

let dir: string;
let fileNumber = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fast-csv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ENGINE = { memoryLimit: "256MB", threads: 1 };

async function written(text: string): Promise<string> {
  const path = join(dir, `ledger-${fileNumber++}.csv`);
  await writeFile(path, text);
  return path;
}

async function careful(path: string, options: IngestOptions = {}): Promise<IngestedLedger> {
  const result = await ingestLedger(path, { engine: ENGINE, requireTs: true, reader: "duckdb", ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

/** Everything a scan reads from an ingested ledger, ids resolved per transaction. */
function comparable(read: FastRead | IngestedLedger) {
  const { ledger } = read;
  const ids = Array.from(ledger.src, (_, e) => transactionId({ ids: read.ids, ledger } as never, e));
  return {
    accountCount: ledger.accountCount,
    src: Array.from(ledger.src),
    dst: Array.from(ledger.dst),
    ts: Array.from(ledger.ts),
    amount: Array.from(ledger.amount),
    row: Array.from(ledger.row),
    accounts: read.accounts,
    idKind: read.ids.kind,
    ids,
    rows: read.rows,
    selfLoops: read.selfLoops,
    duplicates: read.duplicates,
    first: read.first,
    last: read.last,
    columns: read.columns,
    guessed: read.guessed,
  };
}

const name = fc
  .tuple(fc.constantFrom("A", "b", "Zz", "acct_", "X-", "bank.branch.7_"), fc.integer({ min: 0, max: 40 }))
  .map(([prefix, n]) => `${prefix}${n}`);
const time = fc
  .tuple(fc.integer({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2031, 0, 1) }), fc.integer({ min: 0, max: 3 }))
  .map(([ms, digits]) => {
    // Minutes, so equal times are common; a fraction of 0–3 digits.
    const iso = new Date(Math.floor(ms / 60_000) * 60_000 + (ms % 1000)).toISOString();
    return digits === 3 ? iso : `${iso.slice(0, digits === 0 ? 19 : 20 + digits)}Z`;
  });
const amount = fc.oneof(
  fc.integer({ min: 0, max: 999_999 }).map(String),
  fc
    .tuple(
      fc.integer({ min: 0, max: 99_999 }),
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([whole, fraction, digits]) => `${whole}.${String(fraction).padStart(3, "0").slice(0, digits)}`),
);
const row = fc.record({ src: name, dst: name, ts: time, amount, self: fc.boolean() });
const ledgerText = fc
  .record({
    rows: fc.array(row, { minLength: 1, maxLength: 60 }),
    ids: fc.constantFrom("whole", "text", "none"),
    order: fc.constantFrom(
      ["id", "src", "dst", "ts", "amount"],
      ["amount", "ts", "memo", "src", "id", "dst"],
    ),
    finalNewline: fc.boolean(),
  })
  .map(({ rows, ids, order, finalNewline }) => {
    const header = order.filter((c) => c !== "id" || ids !== "none");
    const lines = rows.map((r, i) => {
      const cells: Record<string, string> = {
        id: ids === "whole" ? String(i * 7) : `T${i}`,
        src: r.src,
        dst: r.self ? r.src : r.dst,
        ts: r.ts,
        amount: r.amount,
        memo: `m${i % 3}`,
      };
      return header.map((c) => cells[c]).join(",");
    });
    return `${[header.join(","), ...lines].join("\n")}${finalNewline ? "\n" : ""}`;
  });

describe("readCsvFast against the careful route", () => {
  it("reads random plain ledgers to the same ledger, on one thread and on two", async () => {
    await fc.assert(
      fc.asyncProperty(
        ledgerText,
        fc.constantFrom("activity", "name") as fc.Arbitrary<"activity" | "name">,
        async (text, numbering) => {
          const path = await written(text);
          const expected = comparable(await careful(path, { numbering }));
          for (const splitBytes of [Number.POSITIVE_INFINITY, 1]) {
            const fast = await readCsvFast(path, { requireTs: true, numbering, splitBytes });
            // A ledger of self-loops only is left to the careful route (an empty ledger, said once).
            if (expected.src.length === 0) {
              expect(fast).toBeNull();
              continue;
            }
            expect(fast).not.toBeNull();
            expect(comparable(fast as FastRead)).toEqual(expected);
          }
        },
      ),
      // Each two-thread read starts a worker thread (~0.3 s under tsx): few runs, each a whole ledger.
      { numRuns: 15 },
    );
  }, 120_000);

  // Short names are numbered by merging sorted keys, long ones through the first range's table.
  it.each(["acct", "account_number_"])(
    "reads a ledger of thousands of %s… accounts (many sort blocks, both threads) to the same ledger",
    async (prefix) => {
      // Deterministic: a skewed choice of 5,000 accounts, 40,000 rows, times to the minute, self-loops.
      let state = 12345;
      const next = () => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return state / 2 ** 32;
      };
      const account = () => `${prefix}${Math.floor(5000 * next() ** 3)}`;
      const lines = ["id,src,dst,ts,amount"];
      for (let i = 0; i < 40_000; i++) {
        const src = account();
        const dst = next() < 0.01 ? src : account();
        const ts = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 50_000) * 60_000).toISOString();
        lines.push(`${i + 1},${src},${dst},${ts},${(next() * 1000).toFixed(2)}`);
      }
      const path = await written(`${lines.join("\n")}\n`);
      const expected = comparable(await careful(path));
      expect(expected.accountCount).toBeGreaterThan(2048);
      for (const splitBytes of [Number.POSITIVE_INFINITY, 1]) {
        const fast = await readCsvFast(path, { requireTs: true, splitBytes });
        expect(comparable(fast as FastRead)).toEqual(expected);
      }
    },
  );

  it("finds where short-fraction times end when the next cell starts with Z", async () => {
    const text = [
      "ts,src,dst,amount",
      "2025-01-01T00:00:00.1Z,Zed,ZZ9,1",
      "2025-01-01T00:00:00.25Z,ZZ9,Zed,2",
      "2025-01-01T00:00:00.125Z,Zed,Z,3",
      "2025-01-01T00:00:00Z,Z,Zed,4",
    ].join("\n");
    const path = await written(text);
    const fast = await readCsvFast(path, { requireTs: true });
    expect(fast).not.toBeNull();
    expect(comparable(fast as FastRead)).toEqual(comparable(await careful(path)));
  });

  it("is what ingestLedger uses for a plain CSV, with the same result", async () => {
    const path = await written(
      "id,src,dst,ts,amount\n7,a,b,2025-01-01T00:00:00Z,5\n8,b,a,2025-01-01T01:00:00.5Z,6.25\n",
    );
    const fast = await ingestLedger(path, { engine: ENGINE, requireTs: true });
    if (!fast.ok) throw new Error("not read");
    const { seconds: _a, ...rest } = fast;
    const { seconds: _b, ...expected } = await careful(path);
    expect(rest).toEqual(expected);
  });
});

describe("readCsvFast declines what it does not read itself", () => {
  const base = ["id,src,dst,ts,amount", "1,a,b,2025-01-01T00:00:00Z,5", "2,b,a,2025-01-02T00:00:00Z,6"];
  const cases: [string, string][] = [
    ["a quoted cell", `${base.join("\n")}\n3,"a",b,2025-01-03T00:00:00Z,1\n`],
    ["CRLF line ends", `${base.join("\r\n")}\r\n`],
    ["an empty cell", `${base.join("\n")}\n3,a,,2025-01-03T00:00:00Z,1\n`],
    ["an impossible date", `${base.join("\n")}\n3,a,b,2025-02-29T00:00:00Z,1\n`],
    ["a time with an offset", `${base.join("\n")}\n3,a,b,2025-01-03T00:00:00+02:00,1\n`],
    ["a time without a zone", `${base.join("\n")}\n3,a,b,2025-01-03T00:00:00,1\n`],
    ["an epoch time", `${base.join("\n")}\n3,a,b,1735862400,1\n`],
    ["a negative amount", `${base.join("\n")}\n3,a,b,2025-01-03T00:00:00Z,-1\n`],
    ["an exponent", `${base.join("\n")}\n3,a,b,2025-01-03T00:00:00Z,1e3\n`],
    ["16 digits", `${base.join("\n")}\n3,a,b,2025-01-03T00:00:00Z,1234567890.123456\n`],
    ["a non-ASCII name", `${base.join("\n")}\n3,شركة,b,2025-01-03T00:00:00Z,1\n`],
    ["a space in a name", `${base.join("\n")}\n3,a b,b,2025-01-03T00:00:00Z,1\n`],
    ["a semicolon", `${base.join("\n")}\n3,a;b,b,2025-01-03T00:00:00Z,1\n`],
    ["a short row", `${base.join("\n")}\n3,a,b,2025-01-03T00:00:00Z\n`],
    ["a long row", `${base.join("\n")}\n3,a,b,2025-01-03T00:00:00Z,1,x\n`],
    ["a blank line", `${base.join("\n")}\n\n3,a,b,2025-01-03T00:00:00Z,1\n`],
    ["a byte-order mark", `\uFEFF${base.join("\n")}\n`],
    ["a header with a space", `id,src,dst,ts,the amount\n${base.slice(1).join("\n")}\n`],
    ["a repeated header name", `id,src,dst,ts,amount,src\n1,a,b,2025-01-01T00:00:00Z,5,c\n`],
    ["no time column", "id,src,dst,amount\n1,a,b,5\n"],
    ["a header only", "id,src,dst,ts,amount\n"],
    ["only self-loops", "id,src,dst,ts,amount\n1,a,a,2025-01-01T00:00:00Z,5\n"],
  ];
  for (const [what, text] of cases) {
    it(`declines ${what}`, async () => {
      const path = await written(text);
      for (const splitBytes of [Number.POSITIVE_INFINITY, 1])
        expect(await readCsvFast(path, { requireTs: true, splitBytes })).toBeNull();
    });
  }

  it("leaves the problems to the careful route: ingestLedger still names the bad row", async () => {
    const path = await written(`${base.join("\n")}\n3,a,b,2025-02-30T00:00:00Z,1\n`);
    const result = await ingestLedger(path, { engine: ENGINE, requireTs: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "ledger-bad-timestamp", line: 4 });
  });

  it("declines when the user names a column the header does not have", async () => {
    const path = await written(`${base.join("\n")}\n`);
    expect(await readCsvFast(path, { requireTs: true, columns: { amount: "value" } })).toBeNull();
  });
});
