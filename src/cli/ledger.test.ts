/**
 * `halqa ledger scan` end to end, in process: a small ledger with a planted round trip, each output
 * format, bad input (exit 1, no output file), usage errors (exit 2), Arabic, --help, and shards whose
 * union is the unsharded result.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { main } from "./main.ts";

let dir: string;
let ledger: string;
const ENGINE = ["--memory-limit", "256MB", "--threads", "1"];

// alice → bob → carol → alice within 2 hours, 3 % kept as fees; t4 is a self-loop; t5/t6 go round in 2 days.
const LEDGER = `tx,from,to,amount,timestamp
t1,alice,bob,100,2025-03-10T09:00:00Z
t2,bob,carol,98,2025-03-10T10:00:00Z
t3,carol,alice,97,2025-03-10T11:00:00Z
t4,dave,dave,5,2025-03-10T11:30:00Z
t5,bob,erin,50,2025-03-11T09:00:00Z
t6,erin,bob,60,2025-03-13T09:00:00Z
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-ledger-cli-"));
  ledger = join(dir, "ledger.csv");
  await writeFile(ledger, LEDGER);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(["ledger", "scan", ...args, ...ENGINE], io);
  return { code, out: io.out(), err: io.err() };
}

describe("halqa ledger scan", () => {
  it("finds the planted round trip, with ids, accounts, duration and amount retained", async () => {
    const { code, out } = await run([ledger, "--window", "1d", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      found: 1,
      byLength: { "3": 1 },
      selfLoops: 1,
      transactions: 5,
      accounts: 4,
    });
    expect(json.guessed).toEqual(["src", "dst", "ts", "amount", "id"]);
    expect(json.cycles[0]).toMatchObject({
      transactions: ["t1", "t2", "t3"],
      accounts: ["alice", "bob", "carol"],
      duration_seconds: 7200,
      retained: 0.97,
    });
    expect(json.topAccounts[0]).toEqual({ account: "alice", cycles: 1 });
  });

  it("names the guessed columns by their roles, in either language", async () => {
    const en = await run([ledger, "--window", "1d"]);
    expect(en.out).toContain("The payer, payee, time, amount and id columns were guessed from their names.");
    const ar = await run([ledger, "--window", "1d", "--lang", "ar", "--id", "tx"]);
    expect(ar.out).toContain("خُمّنت أعمدة الدافع، المستفيد، الوقت والمبلغ من أسمائها.");
    // The start's time is one isolate, not split at its trailing ".000Z".
    expect(ar.out).toMatch(/\u2066\d\d:\d\d:\d\d\.\d{3}Z\u2069/);
  });

  it("counts past --limit and says the output was cut", async () => {
    const { out } = await run([ledger, "--window", "3d", "--limit", "1", "--id", "tx"]);
    expect(out).toContain("2 cycles found.");
    expect(out).toContain("Output limited to the first 1 cycle (--limit); all 2 are counted here.");
  });

  it("applies --retention and --min-amount", async () => {
    const kept = JSON.parse((await run([ledger, "--window", "3d", "--retention", "0.9..1.1", "--json"])).out);
    expect(kept.found).toBe(1);
    const none = JSON.parse((await run([ledger, "--window", "3d", "--min-amount", "99", "--json"])).out);
    expect(none.found).toBe(0);
  });

  it.each(["csv", "jsonl", "parquet"])("writes every cycle to .%s, and nothing else", async (ext) => {
    const sub = await mkdtemp(join(dir, "out-"));
    const out = join(sub, `cycles.${ext}`);
    const { code, out: text } = await run([ledger, "--window", "3d", "--out", out]);
    expect(code).toBe(0);
    expect(text).toContain(`2 cycles written to ${out}`);
    expect(await readdir(sub)).toEqual([`cycles.${ext}`]);
    if (ext === "csv")
      expect((await readFile(out, "utf8")).split("\n")[1]).toContain("alice;bob;carol,t1;t2;t3");
  });

  it("--json with --out gives the writer thread's CPU seconds apart from the search's", async () => {
    const out = join(await mkdtemp(join(dir, "out-")), "cycles.jsonl");
    const { code, out: text } = await run([ledger, "--window", "3d", "--out", out, "--json"]);
    expect(code).toBe(0);
    const { seconds } = JSON.parse(text);
    expect(seconds.writer === null || seconds.writer >= 0).toBe(true);
    const counting = JSON.parse((await run([ledger, "--window", "3d", "--json"])).out);
    expect(counting.seconds).not.toHaveProperty("writer");
  });

  it("bad input: exit 1, the row named, no output file left behind", async () => {
    const bad = join(dir, "bad.csv");
    await writeFile(bad, `${LEDGER}t7,bob,alice,12 000,2025-03-12T09:00:00Z\n`);
    const sub = await mkdtemp(join(dir, "bad-"));
    const { code, err } = await run([bad, "--out", join(sub, "cycles.csv")]);
    expect(code).toBe(1);
    expect(err).toContain("[ledger-bad-amount]");
    expect(err).toContain("row 7: the amount is not a number: 12 000");
    expect(await readdir(sub)).toEqual([]);
    const missing = await run([join(dir, "nope.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("[ledger-missing]");
  });

  it("speaks Arabic", async () => {
    const { out } = await run([ledger, "--window", "1d", "--lang", "ar"]);
    expect(out).toContain("وُجدت حلقة واحدة.");
    expect(out).toContain("الحسابات الأكثر ظهورًا في الحلقات");
  });

  it.each([
    [["--window", "7 days"], "--window"],
    [["--retention", "1..0.5"], "--retention"],
    [["--shard", "4/4"], "--shard"],
    [["--static", "--shard", "0/2"], "--shard splits by time"],
    [["--max-hops", "1"], "--max-hops"],
    [["--out", "cycles.xlsx"], "--out must end"],
  ])("usage error %j exits 2", async (args, message) => {
    const { code, err } = await run([ledger, ...args]);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it("--help states the semantics", async () => {
    const io = captureIo();
    expect(await main(["ledger", "scan", "--help"], io)).toBe(0);
    for (const phrase of [
      "strictly increasing",
      "inclusive",
      "Parallel transactions",
      "Duplicate rows",
      "Self-loops",
    ])
      expect(io.out()).toContain(phrase);
  });

  it("shards: the cycles of all shards together are the unsharded cycles", async () => {
    const all = async (extra: string[]) =>
      JSON.parse((await run([ledger, "--window", "3d", "--id", "tx", "--json", ...extra])).out).cycles.map(
        (c: { transactions: string[] }) => c.transactions.join(","),
      );
    const whole = await all([]);
    const parts = [
      ...(await all(["--shard", "0/3"])),
      ...(await all(["--shard", "1/3"])),
      ...(await all(["--shard", "2/3"])),
    ];
    expect(parts.sort()).toEqual(whole.sort());
    expect(whole).toHaveLength(2);
  });
});
