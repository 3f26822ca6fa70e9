/**
 * Ingest hands the search a ledger sorted by (payer, time, row), and the preparation takes shortcuts
 * on that order. On random ledgers — ties in time, repeated pairs, self-transfers — the arrays the
 * search reads must be those prepared from the same transactions in file order (where no shortcut
 * applies), once each transaction is named by its file row.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Adjacency, prepareLedger } from "../../core/ledger/prepare.ts";
import type { Ledger } from "../../core/ledger/types.ts";
import { ingestLedger } from "./ingest.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-ingest-prepare-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The same transactions with ledger index = file row. */
function inFileOrder(ledger: Ledger): Ledger {
  const m = ledger.row.length;
  const out: Ledger = {
    accountCount: ledger.accountCount,
    src: new Int32Array(m),
    dst: new Int32Array(m),
    ts: new Float64Array(m),
    amount: new Float64Array(m),
    row: new Int32Array(m),
  };
  // Rows are numbered in the file; self-transfers are not loaded, so renumber the loaded ones densely.
  const rows = Array.from(ledger.row).sort((a, b) => a - b);
  const place = new Map(rows.map((r, i) => [r, i]));
  for (let e = 0; e < m; e++) {
    const at = place.get(ledger.row[e] as number) as number;
    out.src[at] = ledger.src[e] as number;
    out.dst[at] = ledger.dst[e] as number;
    out.ts[at] = ledger.ts[e] as number;
    out.amount[at] = ledger.amount[e] as number;
    out.row[at] = ledger.row[e] as number;
  }
  return out;
}

/** An adjacency with each ledger index replaced by its file row. */
const byRow = (a: Adjacency | undefined, row: Int32Array) =>
  a && {
    offsets: Array.from(a.offsets),
    edge: Array.from(a.edge, (e) => row[e]),
    end: Array.from(a.end),
    time: Array.from(a.time),
    amount: Array.from(a.amount),
  };

const T0 = Date.UTC(2025, 0, 1);
const transaction = fc.record({
  src: fc.constantFrom("a", "b", "c", "d", "hub"),
  dst: fc.constantFrom("a", "b", "c", "d", "hub"),
  minute: fc.nat(30),
  amount: fc.constantFrom("1", "2.5", "100", "0"),
});

describe("ingest then prepare", () => {
  it("gives the arrays prepared from the file order", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(transaction, { minLength: 1, maxLength: 60 }), async (list) => {
        const path = join(dir, `l${run++}.csv`);
        const lines = list.map(
          (t, i) => `t${i},${t.src},${t.dst},${new Date(T0 + t.minute * 60_000).toISOString()},${t.amount}`,
        );
        await writeFile(path, ["id,src,dst,ts,amount", ...lines].join("\n"));
        const read = await ingestLedger(path, {
          requireTs: true,
          engine: { memoryLimit: "256MB", threads: 1 },
        });
        if (!read.ok) {
          // Only a ledger of self-transfers alone is refused here (nothing left to load is fine too).
          expect(list.every((t) => t.src === t.dst)).toBe(true);
          return;
        }
        const sorted = read.ledger;
        const plain = inFileOrder(sorted);
        for (const windowMs of [3_600_000, 600_000]) {
          const options = { mode: "temporal" as const, windowMs };
          const a = prepareLedger(sorted, options);
          const b = prepareLedger(plain, options);
          expect(byRow(a.starts, sorted.row)).toEqual(byRow(b.starts, plain.row));
          expect(Array.from(a.starts.start)).toEqual(Array.from(b.starts.start));
          expect(byRow(a.into, sorted.row)).toEqual(byRow(b.into, plain.row));
          expect(byRow(a.out, sorted.row)).toEqual(byRow(b.out, plain.row));
        }
      }),
      { numRuns: 12 },
    );
  });
});
