/**
 * Fuzzing the file readers other than the dataset and the ledger: edge lists (CSV, JSON, JSONL) for
 * `loops --graph`, and the market and tracker CSVs. Every mutation of a valid file is a result or coded
 * problems that both catalogues word; never a throw, never a hang.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGraphFile } from "../io/graph-file.ts";
import { readExposureFile, readWeightsFile } from "../io/index-weights-file.ts";
import { readTrackerFile } from "../io/tracker-file.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { fuzzParams, mutatedBytes, unknownCodes, within } from "../testing/fuzz.ts";
import { EXPOSURE_CSV, TRACKER_CSV, WEIGHTS_CSV } from "../testing/fuzz-samples.ts";
import { loadTiny } from "../testing/tiny.ts";

const GRAPHS = new URL("../io/fixtures/graphs/", import.meta.url);
const graph = (name: string) => readFileSync(new URL(name, GRAPHS));

let dir: string;
let tiny: Dataset;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fuzz-files-"));
  tiny = await loadTiny();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

async function write(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe("edge lists under fuzzing (loops --graph)", () => {
  for (const [name, ext] of [
    ["small.csv", ".csv"],
    ["edges.json", ".json"],
    ["edges.jsonl", ".jsonl"],
  ] as const) {
    it(`answers any mutation of ${name} with edges or coded problems`, async () => {
      const valid = graph(name);
      expect((await readGraphFile(await write(`valid${ext}`, valid))).ok).toBe(true);
      await fc.assert(
        fc.asyncProperty(mutatedBytes(valid), async (bytes) => {
          const result = await within(5_000, "readGraphFile", readGraphFile(await write(`g${ext}`, bytes)));
          if (result.ok) return;
          expect(result.problems.length).toBeGreaterThan(0);
          expect(unknownCodes(codes(result.problems))).toEqual([]);
        }),
        fuzzParams(150),
      );
    });
  }
});

describe("market and tracker CSVs under fuzzing", () => {
  const cases = [
    ["weights", WEIGHTS_CSV, async (path: string) => (await readWeightsFile(path, "w.csv", tiny)).problems],
    ["exposure", EXPOSURE_CSV, async (path: string) => (await readExposureFile(path, "e.csv")).problems],
    ["tracker", TRACKER_CSV, async () => (await readTrackerFile(dir, tiny, "tracker.csv")).problems],
  ] as const;
  for (const [name, valid, read] of cases) {
    it(`answers any mutation of a ${name} CSV with rows or coded problems`, async () => {
      const file = `${name}.csv`;
      expect(await read(await write(file, valid))).toEqual([]);
      await fc.assert(
        fc.asyncProperty(mutatedBytes(valid), async (bytes) => {
          const problems = await within(5_000, name, read(await write(file, bytes)));
          expect(unknownCodes(codes(problems))).toEqual([]);
        }),
        fuzzParams(150),
      );
    });
  }
});
