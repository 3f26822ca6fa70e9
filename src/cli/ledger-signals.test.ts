/**
 * `halqa ledger scan --out` stopped from outside leaves nothing behind: SIGTERM (kill) and SIGHUP (a
 * closed terminal) remove the temporary output as Ctrl-C does, and exit 128 + the signal's number;
 * a run killed outright (SIGKILL: no handler runs) leaves its temporary, which the next run to the
 * same --out removes and reports. The real signals go to a real `halqa` process; SIGHUP is delivered
 * to the handler in process (a test runner must not hang up on itself).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { main } from "./main.ts";

const BIN = fileURLToPath(new URL("../../bin/halqa.js", import.meta.url));
const ENGINE = ["--memory-limit", "256MB", "--threads", "1"];
let dir: string;
let busy: string;

/** 3,000 payments among 30 accounts within an hour: millions of cycles, seconds of writing. */
function busyLedger(): string {
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = Date.parse("2025-01-01T00:00:00Z");
  const rows = ["tx,from,to,amount,timestamp"];
  for (let i = 0; i < 3000; i++) {
    const a = Math.floor(next() * 30);
    let b = Math.floor(next() * 29);
    if (b >= a) b++;
    rows.push(`t${i},a${a},a${b},${100 + i},${new Date(start + i * 1000).toISOString()}`);
  }
  return `${rows.join("\n")}\n`;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-signals-"));
  busy = join(dir, "busy.csv");
  await writeFile(busy, busyLedger());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function until(check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

const temps = async (folder: string) => (await readdir(folder)).filter((n) => n.endsWith(".tmp"));

function startScan(out: string): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [BIN, "ledger", "scan", busy, "--out", out, "--workers", "1", "--window", "1d", ...ENGINE],
    { stdio: "ignore" },
  );
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exit };
}

describe("ledger scan stopped from outside", () => {
  it("SIGTERM: exit 143, no output, no temporary", async () => {
    const sub = await mkdtemp(join(dir, "term-"));
    const { child, exit } = startScan(join(sub, "cycles.csv"));
    await until(async () => (await temps(sub)).length > 0);
    await new Promise((r) => setTimeout(r, 200));
    child.kill("SIGTERM");
    expect(await exit).toBe(143);
    expect(await readdir(sub)).toEqual([]);
  }, 60_000);

  it("SIGKILL leaves a temporary; the next run to that --out removes it and says so", async () => {
    const sub = await mkdtemp(join(dir, "kill-"));
    const out = join(sub, "cycles.parquet");
    const { child, exit } = startScan(out);
    await until(async () => (await temps(sub)).length > 0);
    child.kill("SIGKILL");
    await exit;
    const left = await temps(sub);
    expect(left.length).toBeGreaterThan(0);
    const small = join(sub, "small.csv");
    await writeFile(
      small,
      "from,to,amount,timestamp\na,b,1,2025-01-01T00:00:00Z\nb,a,1,2025-01-01T00:10:00Z\n",
    );
    const io = captureIo();
    expect(await main(["ledger", "scan", small, "--out", out, ...ENGINE], io)).toBe(0);
    expect(io.err()).toContain(left[0]);
    expect((await readdir(sub)).sort()).toEqual(["cycles.parquet", "small.csv"]);
  }, 60_000);

  it("SIGHUP: exit 129, no output, no temporary", async () => {
    const sub = await mkdtemp(join(dir, "hup-"));
    const before = new Set(process.listeners("SIGHUP"));
    const ours = () => process.listeners("SIGHUP").find((l) => !before.has(l));
    const io = captureIo();
    const running = main(
      [
        "ledger",
        "scan",
        busy,
        "--out",
        join(sub, "cycles.jsonl"),
        "--workers",
        "1",
        "--window",
        "1d",
        ...ENGINE,
      ],
      io,
    );
    await until(async () => (await temps(sub)).length > 0 && ours() !== undefined);
    (ours() as (signal: NodeJS.Signals) => void)("SIGHUP");
    expect(await running).toBe(129);
    expect(await readdir(sub)).toEqual([]);
    expect(process.listeners("SIGHUP").filter((l) => !before.has(l))).toEqual([]);
  }, 60_000);
});
