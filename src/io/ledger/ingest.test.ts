/**
 * Ingest on small ledgers written into a temporary folder: each input format and timestamp form,
 * column guessing, the Ledger's layout (dense accounts, sorted by payer then time, shared memory),
 * and every kind of bad input with the row it names.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transactionId } from "./cycle-record.ts";
import { type IngestOptions, type IngestResult, ingestLedger } from "./ingest.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-ingest-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ENGINE = { memoryLimit: "256MB", threads: 1 };

async function ingestText(name: string, text: string, options: IngestOptions = {}): Promise<IngestResult> {
  const path = join(dir, name);
  await writeFile(path, text);
  return ingestLedger(path, { engine: ENGINE, requireTs: true, ...options });
}

function ok(result: IngestResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function problem(result: IngestResult) {
  if (result.ok) throw new Error("expected problems");
  return result.problems[0] as (typeof result.problems)[number];
}

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 2, 10, 9);

describe("ingestLedger: reading", () => {
  it("guesses columns, densifies accounts (equal activity: by name) and sorts by (payer, time, row)", async () => {
    const r = ok(
      await ingestText(
        "guess.csv",
        [
          "Payment ID,Sender,Receiver,Value,Date Time",
          "p1,bob,carol,98,2025-03-10T10:00:00Z",
          "p2,alice,bob,100,2025-03-10T09:00:00Z",
          "p3,carol,alice,97,2025-03-10T11:00:00Z",
          "p4,bob,alice,50,2025-03-10T08:00:00Z",
        ].join("\n"),
      ),
    );
    expect(r.columns).toEqual({
      src: "Sender",
      dst: "Receiver",
      ts: "Date Time",
      amount: "Value",
      id: "Payment ID",
    });
    expect(r.guessed.sort()).toEqual(["amount", "dst", "id", "src", "ts"]);
    expect(r.accounts).toEqual(["alice", "bob", "carol"]);
    const { src, dst, ts, amount, row } = r.ledger;
    expect(Array.from(src)).toEqual([0, 1, 1, 2]);
    expect(Array.from(dst)).toEqual([1, 0, 2, 0]);
    expect(Array.from(ts)).toEqual([T0, T0 - HOUR, T0 + HOUR, T0 + 2 * HOUR]);
    expect(Array.from(amount)).toEqual([100, 50, 98, 97]);
    expect(Array.from(row)).toEqual([1, 3, 0, 2]);
    expect([0, 1, 2, 3].map((e) => transactionId(r, e))).toEqual(["p2", "p4", "p1", "p3"]);
    expect(src.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(ts.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(r).toMatchObject({ rows: 4, loaded: 4, selfLoops: 0, duplicates: 0, format: "csv", tsUnit: null });
  });

  it("numbers accounts busiest first (payer or payee of kept rows), ties by name, or by name if asked", async () => {
    const text = [
      "src,dst,amount,ts",
      "zed,bob,1,2025-03-10T10:00:00Z",
      "ann,zed,1,2025-03-10T11:00:00Z",
      "zed,cat,1,2025-03-10T12:00:00Z",
      "bob,zed,1,2025-03-10T13:00:00Z",
      "ann,ann,1,2025-03-10T14:00:00Z",
      "ann,ann,1,2025-03-10T15:00:00Z",
    ].join("\n");
    // zed 4; ann 1 and bob 2 (self-loops are not kept, so they do not count); cat 1, after ann by name.
    const byActivity = ok(await ingestText("activity.csv", text));
    expect(byActivity.accounts).toEqual(["zed", "bob", "ann", "cat"]);
    const named = (r: typeof byActivity) =>
      Array.from(r.ledger.src, (a, e) => `${r.accounts[a]}>${r.accounts[r.ledger.dst[e] as number]}`);
    const byName = ok(await ingestText("by-name.csv", text, { numbering: "name" }));
    expect(byName.accounts).toEqual(["ann", "bob", "cat", "zed"]);
    expect(named(byActivity).sort()).toEqual(named(byName).sort());
    expect(named(byActivity)).toEqual(["zed>bob", "zed>cat", "bob>zed", "ann>zed"]);
  });

  it("reads epoch seconds and milliseconds by magnitude, or as --ts-unit says", async () => {
    const s = ok(await ingestText("s.csv", "src,dst,amount,ts\na,b,1,1741597200\nb,a,1,1741600800\n"));
    expect(s.tsUnit).toBe("s");
    expect(Array.from(s.ledger.ts)).toEqual([T0, T0 + HOUR]);
    const ms = ok(await ingestText("ms.csv", "src,dst,amount,ts\na,b,1,1741597200000\n"));
    expect(ms.tsUnit).toBe("ms");
    expect(ms.ledger.ts[0]).toBe(T0);
    const forced = ok(await ingestText("forced.csv", "src,dst,amount,ts\na,b,1,1000\n", { tsUnit: "ms" }));
    expect(forced.ledger.ts[0]).toBe(1000);
  });

  it("reads ISO dates and date-times without an offset as UTC, and offsets as given", async () => {
    const naive = ok(
      await ingestText("naive.csv", "src,dst,amount,ts\na,b,1,2025-03-10 09:00\nb,a,1,2025-03-11\n"),
    );
    expect(Array.from(naive.ledger.ts)).toEqual([T0, Date.UTC(2025, 2, 11)]);
    const zoned = ok(
      await ingestText(
        "zoned.csv",
        "src,dst,amount,ts\na,b,1,2025-03-10T14:30:00+05:30\nb,a,1,2025-03-10t09:00:00z\n",
      ),
    );
    expect(Array.from(zoned.ledger.ts)).toEqual([T0, T0]);
  });

  it("counts self-loops apart and exact duplicate rows", async () => {
    const r = ok(
      await ingestText("dup.csv", "src,dst,amount,ts\na,a,5,1\na,b,1,2\na,b,1,2\nb,a,1,3\n", { tsUnit: "s" }),
    );
    expect(r).toMatchObject({ rows: 4, loaded: 3, selfLoops: 1, duplicates: 1 });
    expect(r.ids).toEqual({ kind: "row" });
  });

  it("keeps text ids exactly, also ids holding commas, bars or quotes", async () => {
    const plain = ok(
      await ingestText("ids.csv", 'id,src,dst,amount,ts\n"a,1",x,y,1,1\nb|2,y,x,1,2\n', { tsUnit: "s" }),
    );
    expect([0, 1].map((e) => transactionId(plain, e))).toEqual(["a,1", "b|2"]);
    const quoted = ok(
      await ingestText("quoted.csv", 'id,src,dst,amount,ts\n"say ""hi""",x,y,1,1\n007,y,x,1,2\n', {
        tsUnit: "s",
      }),
    );
    expect([0, 1].map((e) => transactionId(quoted, e))).toEqual(['say "hi"', "007"]);
    const broken = ok(
      await ingestText(
        "broken.csv",
        'id,src,dst,amount,ts\n"two\nlines",x,y,1,1\n"cr\rid",y,x,1,2\nz,x,z,1,3\n',
        {
          tsUnit: "s",
        },
      ),
    );
    expect([0, 1, 2].map((e) => transactionId(broken, e))).toEqual(["two\nlines", "z", "cr\rid"]);
  });

  it("reads JSON lines, keeping whole-number ids as numbers", async () => {
    const lines = [
      { id: 7, from: "a", to: "b", amount: 10, timestamp: "2025-03-10T09:00:00Z" },
      { id: 8, from: "b", to: "a", amount: "9.5", timestamp: "2025-03-10T10:00:00Z" },
    ];
    const r = ok(await ingestText("l.jsonl", lines.map((l) => JSON.stringify(l)).join("\n")));
    expect(r.format).toBe("json");
    expect(Array.from(r.ledger.amount)).toEqual([10, 9.5]);
    expect(r.ids.kind).toBe("number");
    expect(Array.from((r.ids as { values: Float64Array }).values)).toEqual([7, 8]);
  });

  it("reads Parquet with native types, and sniffs the format of a file without an extension", async () => {
    const path = join(dir, "native");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT * FROM (VALUES (1, 2, 10.5::DECIMAL(9,2), TIMESTAMP '2025-03-10 09:00:00'),
      (2, 1, 3::DECIMAL(9,2), TIMESTAMP '2025-03-10 10:00:00')) t(payer, payee, amount, ts))
      TO '${path}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    const r = ok(await ingestLedger(path, { engine: ENGINE, requireTs: true }));
    expect(r.format).toBe("parquet");
    expect(r.accounts).toEqual(["1", "2"]);
    expect(Array.from(r.ledger.ts)).toEqual([T0, T0 + HOUR]);
    expect(Array.from(r.ledger.amount)).toEqual([10.5, 3]);
  });

  it("loads only a shard's rows: its time range and the window past its end", async () => {
    const text = `src,dst,amount,ts\n${[0, 1, 2, 3, 4, 5, 6, 7, 8].map((t) => `a${t},b${t},1,${t * 100}`).join("\n")}\n`;
    // Times 0 … 800 s; shard 1 of 4 owns [200, 400) s and loads [200, 400 + 150] s.
    const r = ok(
      await ingestText("shard.csv", text, { tsUnit: "s", shard: { index: 1, count: 4, windowMs: 150_000 } }),
    );
    expect(Array.from(r.ledger.ts).sort((a, b) => a - b)).toEqual([200_000, 300_000, 400_000, 500_000]);
    expect(r.shard).toMatchObject({ from: 200_000, to: 400_000, loadFrom: 200_000, loadTo: 550_000 });
  });

  it("names each transaction by its own id in a shard and past self-loops", async () => {
    const text = `id,src,dst,amount,ts\n${[0, 1, 2, 3, 4, 5, 6, 7, 8]
      .map((t) => `t${t},a${t % 3},${t === 4 ? "a1" : `b${t % 2}`},1,${t * 100}`)
      .join("\n")}\n`;
    const r = ok(
      await ingestText("shard-ids.csv", text, {
        tsUnit: "s",
        shard: { index: 1, count: 4, windowMs: 150_000 },
      }),
    );
    // Loads times 200 … 550 s: rows 2, 3, 4 (a self-loop, set apart) and 5.
    expect(r.selfLoops).toBe(1);
    const named = Array.from(r.ledger.row, (row, e) => [row, transactionId(r, e)]);
    expect(named.sort()).toEqual([
      [2, "t2"],
      [3, "t3"],
      [5, "t5"],
    ]);
  });
});

describe("ingestLedger: bad input names the problem and the row", () => {
  const header = "src,dst,amount,ts\n";
  it.each([
    ["amount.csv", `${header}a,b,1,2025-01-01\nb,a,1 250,2025-01-02\n`, "ledger-bad-amount", 2, "1 250"],
    ["negative.csv", `${header}a,b,-4,2025-01-01\n`, "ledger-negative-amount", 1, -4],
    ["ts.csv", `${header}a,b,1,2025-01-01\nb,a,1,2025-02-30\n`, "ledger-bad-timestamp", 2, "2025-02-30"],
    ["word.csv", `${header}a,b,1,soon\n`, "ledger-bad-timestamp", 1, "soon"],
    ["blank.csv", `${header}a,,1,2025-01-01\n`, "ledger-missing-value", 1, null],
    [
      "zones.csv",
      `${header}a,b,1,2025-01-01T00:00:00Z\nb,a,1,2025-01-01T01:00:00Z\nb,c,1,2025-01-01T02:00:00\n`,
      "ledger-mixed-time-zones",
      3,
      "2025-01-01T02:00:00",
    ],
    [
      "units.csv",
      `${header}a,b,1,1700000000\nb,a,1,1700000000000\nb,c,1,1700000001\n`,
      "ledger-mixed-units",
      2,
      "1700000000000",
    ],
  ] as [string, string, string, number, string | null][])("%s", async (name, text, code, row, value) => {
    const p = problem(await ingestText(name, text));
    expect(p).toMatchObject({ code, params: { row, value } });
    expect(p.line).toBe(row + 1);
  });

  it("refuses a missing file, an empty file and a header with no rows", async () => {
    expect(problem(await ingestLedger(join(dir, "nope.csv"), { engine: ENGINE })).code).toBe(
      "ledger-missing",
    );
    expect(problem(await ingestText("empty.csv", "")).code).toBe("ledger-empty");
    expect(problem(await ingestText("header.csv", header)).code).toBe("ledger-empty");
  });

  it("lists the columns it found when it cannot tell which is which", async () => {
    const p = problem(await ingestText("cols.csv", "payer_name,x,amount\na,b,1\n"));
    expect(p).toMatchObject({
      code: "ledger-missing-columns",
      params: { missing: ["src", "dst", "ts"], found: ["payer_name", "x", "amount"] },
    });
    const flag = problem(
      await ingestText("flag.csv", "a,b,amount,ts\nx,y,1,2\n", { columns: { src: "from" } }),
    );
    expect(flag).toMatchObject({ code: "ledger-unknown-column", params: { flag: "--src", column: "from" } });
  });

  it("refuses a Parquet column of the wrong type", async () => {
    const path = join(dir, "wrong.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT 'a' AS src, 'b' AS dst, true AS amount, 1.5 AS ts) TO '${path}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const p = problem(await ingestLedger(path, { engine: ENGINE, requireTs: true }));
    expect(p).toMatchObject({ code: "ledger-column-type", params: { column: "amount", type: "BOOLEAN" } });
  });
});
