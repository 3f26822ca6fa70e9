/**
 * The counterexamples the fuzzing suite (src/fuzz/*.fuzz.test.ts) found, kept as plain tests: each threw
 * (or answered 500) before its fix and is now a coded problem.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.ts";
import { ingestLedger } from "../io/ledger/ingest.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { parseYamlText } from "../io/yaml-text.ts";
import { parseNetwork } from "../schema/network.ts";
import { captureIo } from "../testing/capture-io.ts";
import { TINY_DIR } from "../testing/tiny.ts";

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

/** The [codes] a command printed, in order. */
async function cliCodes(args: string[]): Promise<{ code: number; codes: string[]; err: string }> {
  const io = captureIo();
  const code = await main([...args, "--lang", "en"], io);
  const err = io.err();
  return { code, err, codes: [...err.matchAll(/(?:^| {2})\[([a-z0-9-]+)\]/gm)].map((m) => m[1] as string) };
}

describe("scenario YAML", () => {
  it("says what a wrongly typed field holds instead of calling it missing, and names a missing union field", async () => {
    // model a number was "required field is missing", asOf -1e300 "too small (minimum -9007199254740991)",
    // parameters a list "required", months absent "expected one of several shapes, found undefined undefined".
    const path = join(dir, "typed.yaml");
    await writeFile(
      path,
      '{"id":"s","title":{"en":"s","ar":"س"},"model":2.5e-323,"shocks":[{"type":"payment-delay","entity":"lab"}],"asOf":-1e+300,"parameters":[{}]}',
    );
    const { code, err } = await cliCodes(["stress", path, "--data", TINY_DIR, "--as-of", "2026-01-01"]);
    expect(code).toBe(1);
    expect(err).toContain("[invalid-type]  model: expected object, found number 2.5e-323");
    expect(err).toContain("[invalid-date]  asOf");
    expect(err).toContain("[invalid-type]  parameters: expected record, found a list");
    expect(err).toContain("[required]  shocks[0].months: required field is missing: months");
    expect(err).not.toContain("undefined");
  });
});

describe("market CSVs", () => {
  it("reports the exposure file's problems even when the weights file has some (the API did, the CLI stopped)", async () => {
    const weights = join(dir, "w.csv");
    const exposure = join(dir, "e.csv");
    await writeFile(weights, "index,entity,weight\nsp-500,lab,x\n");
    await writeFile(exposure, "entity,exposure,,source\nlab,40,,press-a\n");
    const { code, codes } = await cliCodes([
      "market",
      "--weights",
      weights,
      "--exposure",
      exposure,
      "--data",
      TINY_DIR,
    ]);
    expect(code).toBe(1);
    expect(new Set(codes)).toEqual(new Set(["invalid-number", "csv-columns"]));
  });
});

describe("YAML nesting", () => {
  it("refuses 20,000 nested block lists with a code (the yaml parser overflowed its stack)", async () => {
    expect(parseYamlText(`${"- ".repeat(20000)}x\n`, "deep.yaml").problems.map((p) => p.code)).toEqual([
      "yaml-too-deep",
    ]);
    expect(await codesOfDataset(`${"- ".repeat(20000)}x\n`)).toEqual(["yaml-too-deep"]);
  });
});

describe("network solve", () => {
  it("reports a model name in the file that no model has as data (exit 1, coded), as the API does", async () => {
    const path = join(dir, "model.json");
    await writeFile(path, '{"nodes":[{"id":"A"}],"model":{"name":"eisenberg-no- - -"}}');
    expect(await cliCodes(["network", "solve", path])).toMatchObject({ code: 1, codes: ["invalid-choice"] });
    await writeFile(path, '{"nodes":[{"id":"A"}]}');
    expect(await cliCodes(["network", "solve", path])).toMatchObject({ code: 1, codes: ["required"] });
  });
  it("says an empty network file is empty (it was invalid-json with no place; the API says empty-body)", async () => {
    const path = join(dir, "empty.json");
    await writeFile(path, "\ufeff \n");
    expect(await cliCodes(["network", "solve", path])).toMatchObject({ code: 1, codes: ["file-empty"] });
  });
});

describe("tracker", () => {
  it("names missing threshold parameters with a code (it was an English sentence with no code)", async () => {
    const folder = await mkdtemp(join(dir, "tracker-"));
    await writeFile(join(folder, "dataset.yaml"), await readFile(join(TINY_DIR, "dataset.yaml")));
    await writeFile(
      join(folder, "tracker.csv"),
      "entity,period,signal,value,unit,source\nlab,2024,utilisation,27,percent,press-a\n",
    );
    const { code, codes } = await cliCodes(["tracker", "--data", folder, "--as-of", "2026-01-01"]);
    expect(code).toBe(1);
    expect(codes).toEqual(["parameter-missing"]);
  });
});
