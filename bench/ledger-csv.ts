/**
 * Writes a synthetic transaction ledger as CSV for the ingest benchmark (bench/ledger-ingest.ts): tx
 * ids, payer and payee account names with skewed (roughly power-law) activity, amounts, and ISO 8601
 * UTC times over one year in time order, with ties. Seeded, so the same arguments give the same file.
 * Not the search half's generator (which plants round trips); this one exists to time reading.
 *
 * Run: npx tsx bench/ledger-csv.ts OUT.csv ROWS [ACCOUNTS] [SEED]
 */
import { createWriteStream } from "node:fs";
import { createRng } from "../src/core/random.ts";

const [out, rowsText, accountsText, seedText] = process.argv.slice(2);
if (!out || !rowsText) {
  console.error("usage: npx tsx bench/ledger-csv.ts OUT.csv ROWS [ACCOUNTS] [SEED]");
  process.exit(2);
}
const rows = Number(rowsText);
const accounts = Number(accountsText ?? Math.max(10, Math.round(rows / 10)));
const rng = createRng(Number(seedText ?? 1));
const START = Date.UTC(2025, 0, 1);
const YEAR_MS = 365 * 86_400_000;

/** An account index with P(k) ∝ 1 / (k + 1)^0.8 roughly: u^2.5 pushes mass toward low indices. */
const account = () => Math.floor(accounts * rng.next() ** 2.5);

const stream = createWriteStream(out, { highWaterMark: 1 << 22 });
const write = (text: string) =>
  stream.write(text)
    ? Promise.resolve()
    : new Promise<void>((resolve) => stream.once("drain", () => resolve()));
await write("tx_id,sender,receiver,amount,timestamp\n");
const started = performance.now();
let chunk = "";
for (let i = 0; i < rows; i++) {
  const src = account();
  let dst = account();
  if (dst === src) dst = (dst + 1) % accounts;
  // Times rise with i and repeat to the second now and then (ties), as batch postings do.
  const ts = START + Math.floor(((i / rows) * YEAR_MS) / 1000) * 1000;
  const amount = (1 + rng.int(1_000_000)) / 100;
  chunk += `tx${i},acct-${src},acct-${dst},${amount},${new Date(ts).toISOString()}\n`;
  if (chunk.length > 1 << 20) {
    await write(chunk);
    chunk = "";
  }
}
await write(chunk);
await new Promise<void>((resolve) => stream.end(() => resolve()));
console.log(
  `${rows} rows, ${accounts} accounts → ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
