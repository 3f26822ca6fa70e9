/**
 * `halqa ledger scan --static` end to end: account cycles by default (with their transaction
 * combinations and transactions per hop), --per-transaction's enumeration, and its refusal when the
 * counted combinations will not fit.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { ENUMERATION_LIMIT } from "./commands/ledger-scan.ts";
import { main } from "./main.ts";

let dir: string;
let triangle: string;
let huge: string;
const ENGINE = ["--memory-limit", "256MB", "--threads", "1", "--workers", "0"];

// a → b twice, b → c three times, c → a once: one cycle of accounts, 2 × 3 × 1 = 6 of transactions.
const TRIANGLE = `tx,from,to,amount
t1,a,b,10
t2,a,b,11
t3,b,c,5
t4,b,c,6
t5,b,c,7
t6,c,a,9
`;

/** 400 payments on each side of a triangle: 64,000,000 transaction cycles from 1,200 rows. */
function hugeTriangle(): string {
  const lines = ["tx,from,to,amount"];
  for (const [p, q] of [
    ["a", "b"],
    ["b", "c"],
    ["c", "a"],
  ])
    for (let i = 0; i < 400; i++) lines.push(`${p}${q}${i},${p},${q},1`);
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-ledger-static-"));
  triangle = join(dir, "triangle.csv");
  huge = join(dir, "huge.csv");
  await writeFile(triangle, TRIANGLE);
  await writeFile(huge, hugeTriangle());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(["ledger", "scan", ...args, ...ENGINE], io);
  return { code, out: io.out(), err: io.err() };
}

describe("halqa ledger scan --static", () => {
  it("lists cycles of accounts, each with its combinations and its transactions per hop", async () => {
    const { code, out } = await run([triangle, "--static", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ found: 1, accountCycles: 1, combinations: 6, combinationsExact: true });
    expect(json.search.cycles).toBe("accounts");
    expect(json.cycles).toEqual([
      {
        cycle: 1,
        length: 3,
        combinations: 6,
        accounts: ["a", "b", "c"],
        transactions: [["t1", "t2"], ["t3", "t4", "t5"], ["t6"]],
      },
    ]);
  });

  it("--per-transaction lists one cycle per choice of payment, as many as the combinations", async () => {
    const { code, out } = await run([triangle, "--static", "--per-transaction", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    // The check before the enumeration counts the same 6 from the one account cycle.
    expect(json).toMatchObject({ found: 6, accountCycles: 1, combinations: 6, combinationsExact: true });
    expect(json.search.cycles).toBe("transactions");
    expect(json.cycles.map((c: { transactions: string[] }) => c.transactions.join(" "))).toContain(
      "t2 t5 t6",
    );
  });

  it("writes account cycles to CSV with hops split by ; and parallel payments by |", async () => {
    const out = join(dir, "cycles.csv");
    expect((await run([triangle, "--static", "--out", out])).code).toBe(0);
    expect(await readFile(out, "utf8")).toBe(
      "cycle,length,combinations,accounts,transactions\n1,3,6,a;b;c,t1|t2;t3|t4|t5;t6\n",
    );
  });

  it("says the account cycles and the combinations in both languages", async () => {
    expect((await run([triangle, "--static"])).out).toContain(
      "1 account cycle found, standing for 6 transaction cycles",
    );
    expect((await run([triangle, "--static", "--lang", "ar"])).out).toContain(
      "وُجدت حلقة حسابات واحدة، تمثل 6",
    );
  });

  it("counts 64 million combinations without listing them, and refuses to enumerate them", async () => {
    const counted = JSON.parse((await run([huge, "--static", "--json"])).out);
    expect(counted.combinations).toBe(400 ** 3);
    expect(400 ** 3).toBeGreaterThan(ENUMERATION_LIMIT);
    const en = await run([huge, "--static", "--per-transaction"]);
    expect(en.code).toBe(1);
    expect(en.err).toContain("64,000,000 transaction cycles");
    expect(en.err).toContain("--force-enumeration");
    expect(en.err).not.toMatch(/\n\s+at /);
    const ar = await run([huge, "--static", "--per-transaction", "--lang", "ar"]);
    expect(ar.code).toBe(1);
    expect(ar.err).toContain("لن يتسع لها الجهاز");
  });

  it("takes --per-transaction only with --static", async () => {
    const { code, err } = await run([triangle, "--per-transaction"]);
    expect(code).toBe(2);
    expect(err).toContain("--per-transaction goes with --static");
  });
});
