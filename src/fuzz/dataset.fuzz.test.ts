/**
 * Fuzzing the dataset reader (loadDataset on a temporary folder): any mutation of a valid dataset file is
 * a loaded dataset or coded problems, each with a file and a code both catalogues word; never a throw.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadDataset } from "../io/load-dataset.ts";
import { fuzzParams, mutatedBytes, oddValue, unknownCodes, within } from "../testing/fuzz.ts";
import { TINY_DIR } from "../testing/tiny.ts";

const VALID = readFileSync(join(TINY_DIR, "dataset.yaml"));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fuzz-dataset-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(bytes: Buffer | string) {
  await writeFile(join(dir, "dataset.yaml"), bytes);
  return within(5_000, "loadDataset", loadDataset(dir));
}

function expectCoded(result: Awaited<ReturnType<typeof loadDataset>>) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  expect(unknownCodes(result.problems.map((p) => p.code))).toEqual([]);
}

describe("dataset YAML under fuzzing", () => {
  it("loads the unmutated file (the mutations start from a valid dataset)", async () => {
    expect((await load(VALID)).ok).toBe(true);
  });

  it("answers any byte mutation with the dataset or coded problems", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBytes(VALID), async (bytes) => expectCoded(await load(bytes))),
      fuzzParams(60),
    );
  });

  it("answers plausible keys holding values of the wrong type with coded problems", async () => {
    const shape = fc.record(
      {
        sources: oddValue,
        entities: fc.oneof(oddValue, fc.array(fc.record({ id: oddValue, names: oddValue, kind: oddValue }))),
        deals: fc.oneof(
          oddValue,
          fc.array(
            fc.record({
              id: fc.constant("d"),
              type: fc.constantFrom("loan", "lease", 3),
              flows: fc.oneof(
                oddValue,
                fc.array(fc.record({ kind: oddValue, from: oddValue, announced: oddValue, paid: oddValue })),
              ),
              parties: oddValue,
              status: oddValue,
            }),
          ),
        ),
        parameters: oddValue,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(shape, async (value) => expectCoded(await load(stringify(value)))),
      fuzzParams(60),
    );
  });
});
