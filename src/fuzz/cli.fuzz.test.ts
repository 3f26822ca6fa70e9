/**
 * Fuzzing the readers through the command line (main() in process): whatever a file holds, `halqa`
 * exits 0, 1 (bad data) or 2 (bad usage), prints problems with codes both catalogues word, and never
 * a stack trace or an [internal-error] line.
 */
import { readFileSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.ts";
import { captureIo } from "../testing/capture-io.ts";
import { fuzzParams, mutatedBytes, STACK_FRAME, unknownCodes, within } from "../testing/fuzz.ts";
import { FUZZ_PARAMETERS, TRACKER_CSV } from "../testing/fuzz-samples.ts";
import { TINY_DIR } from "../testing/tiny.ts";

const TINY_YAML = readFileSync(join(TINY_DIR, "dataset.yaml"));
const GRAPH_CSV = readFileSync(new URL("../io/fixtures/graphs/small.csv", import.meta.url));
const SCENARIO_YAML = `id: s
title: { en: Lab falls short, ar: المختبر يقصر }
model: { name: eisenberg-noe }
shocks:
  - { type: revenue-shortfall, entity: lab, fraction: 0.5 }
  - { type: default, entity: cloud }
`;
/** The tiny dataset with the parameters `tracker` and `stress` need before they read their file. */
const TRACKER_DATA = Buffer.concat([TINY_YAML, Buffer.from(FUZZ_PARAMETERS)]);

const LEDGER_CSV =
  "tx,from,to,amount,timestamp\nt1,a,b,100,2025-03-10T09:00:00Z\nt2,b,a,98,2025-03-10T10:00:00Z\n";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fuzz-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<number> {
  const io = captureIo();
  const code = await within(15_000, `halqa ${args.join(" ")}`, main(args, io));
  const err = io.err();
  expect(err).not.toMatch(STACK_FRAME);
  expect(err).not.toContain("[internal-error]");
  expect([0, 1, 2], err).toContain(code);
  // `data validate` reports on stdout (its answer), the other commands on stderr.
  const codes = [...`${err}\n${io.out()}`.matchAll(/(?:^| {2})\[([a-z0-9-]+)\]/gm)].map(
    (m) => m[1] as string,
  );
  expect(unknownCodes(codes)).toEqual([]);
  // Bad data (exit 1) is always named by at least one coded problem.
  if (code === 1) expect(codes.length, `exit 1 without a coded problem: ${err}`).toBeGreaterThan(0);
  return code;
}

async function write(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe("halqa under fuzzed files", () => {
  it("loops --graph: any mutation of an edge list", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBytes(GRAPH_CSV), async (bytes) => {
        await run(["loops", "--graph", await write("g.csv", bytes)]);
      }),
      fuzzParams(40),
    );
  });

  it("data validate and tracker: any mutation of a dataset file or of its tracker.csv", async () => {
    const data = join(dir, "data");
    await cp(TINY_DIR, data, { recursive: true });
    await writeFile(join(data, "dataset.yaml"), TRACKER_DATA);
    await writeFile(join(data, "tracker.csv"), TRACKER_CSV);
    // The unmutated files pass, so the mutations start from a tracker that is read.
    expect(await run(["tracker", "--data", data, "--as-of", "2026-01-01"])).toBe(0);
    await fc.assert(
      fc.asyncProperty(mutatedBytes(TINY_YAML), mutatedBytes(TRACKER_CSV), async (yaml, tracker) => {
        await writeFile(join(data, "dataset.yaml"), yaml);
        await writeFile(join(data, "tracker.csv"), tracker);
        await run(["data", "validate", data]);
        await writeFile(join(data, "dataset.yaml"), TRACKER_DATA);
        await run(["tracker", "--data", data, "--as-of", "2026-01-01", "--lang", "ar"]);
      }),
      fuzzParams(30),
    );
    // Sixty whole commands: past the suite's 20 s on a machine the browser tests share.
  }, 60_000);

  it("stress: any mutation of a scenario file", async () => {
    const data = join(dir, "stress-data");
    await cp(TINY_DIR, data, { recursive: true });
    await writeFile(join(data, "dataset.yaml"), TRACKER_DATA);
    const args = ["--data", data, "--as-of", "2026-01-01"];
    expect(await run(["stress", await write("s.yaml", SCENARIO_YAML), ...args])).toBe(0);
    await fc.assert(
      fc.asyncProperty(mutatedBytes(SCENARIO_YAML), async (bytes) => {
        await run(["stress", await write("s.yaml", bytes), ...args]);
      }),
      fuzzParams(40),
    );
  });

  it("ledger scan: a few mutations of a ledger (each opens DuckDB)", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBytes(LEDGER_CSV), async (bytes) => {
        const out = join(dir, "cycles.csv");
        await rm(out, { force: true });
        const engine = ["--memory-limit", "256MB", "--threads", "1"];
        await run(["ledger", "scan", await write("l.csv", bytes), "--out", out, ...engine]);
      }),
      fuzzParams(10),
    );
  });
});
