/**
 * The counterexamples the fuzzing suite (src/fuzz/*.fuzz.test.ts) found, kept as plain tests: each threw
 * (or answered 500) before its fix and is now a coded problem.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestLedger } from "../io/ledger/ingest.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { parseNetwork } from "../schema/network.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fuzz-regression-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function codesOfDataset(yaml: string): Promise<string[]> {
  const folder = await mkdtemp(join(dir, "set-"));
  await writeFile(join(folder, "dataset.yaml"), yaml);
  const result = await loadDataset(folder);
  if (result.ok) return [];
  return result.problems.map((p) => p.code);
}

describe("dataset YAML", () => {
  it("reports a source that is a number instead of reading its fields (TypeError in checkFigure)", async () => {
    const codes = await codesOfDataset(
      'sources: [2.5e-323, { a: ".>n%2hkc" }, {}]\nentities: []\nparameters: [{}]\n',
    );
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).toContain("invalid-type");
  });
});

describe("ledger", () => {
  it("names a malformed JSONL line without DuckDB's SQL (it quoted DESCRIBE SELECT * FROM read_json)", async () => {
    const path = join(dir, "broken.jsonl");
    await writeFile(
      path,
      '{"from":"a","to":"b","amount":1,"timestamp":1}\n{"from":"b","to":"a","amount":1,"timestamp":2}\n{x\n',
    );
    const result = await ingestLedger(path, { engine: { memoryLimit: "256MB", threads: 1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe("ledger-unreadable");
    const detail = String(result.problems[0]?.params.detail);
    expect(detail).toContain("Malformed JSON");
    expect(detail).not.toMatch(/SELECT|read_json|LINE 1/);
  });
});

describe("network JSON", () => {
  it("reports liabilities given as an object instead of calling forEach on it (500 on the API)", () => {
    const parsed = parseNetwork({ nodes: [{ id: "A" }], liabilities: { debtor: "A" }, holdings: "x" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.code, p.path.join(".")])).toEqual([
      ["invalid-type", "liabilities"],
      ["invalid-type", "holdings"],
    ]);
  });
});
