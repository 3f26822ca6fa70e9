/**
 * Issue 12 end to end through `main`: every --out refuses the input and an existing file (exit 2,
 * coded, in English and Arabic, nothing on disk changed) unless --force, which still never writes
 * over the input; --workers is capped at the cores with a note on stderr; a ledger path is one
 * literal file even when its name holds wildcards, and --glob reads and lists what a pattern matches.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { main } from "./main.ts";

let dir: string;
const ENGINE = ["--memory-limit", "256MB", "--threads", "1"];
// One round trip a → b → a within an hour.
const PAIR = "tx,from,to,amount,timestamp\nt1,a,b,100,2025-03-10T09:00:00Z\nt2,b,a,98,2025-03-10T10:00:00Z\n";
// Another, between other accounts.
const OTHER = "tx,from,to,amount,timestamp\nu1,x,y,5,2025-03-10T09:00:00Z\nu2,y,x,5,2025-03-10T09:30:00Z\n";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-write-rules-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIo(env);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function fresh(name: string, text = PAIR): Promise<string> {
  const sub = await mkdtemp(join(dir, `${name}-`));
  await writeFile(join(sub, "in.csv"), text);
  return sub;
}

describe("--out never destroys data", () => {
  it("ledger scan --out IN: exit 2, the ledger untouched, even with --force", async () => {
    const sub = await fresh("same");
    const input = join(sub, "in.csv");
    for (const extra of [[], ["--force"]]) {
      const { code, err } = await run(["ledger", "scan", input, "--out", input, ...extra, ...ENGINE]);
      expect(code).toBe(2);
      expect(err).toContain("[output-is-input]");
      expect(await readFile(input, "utf8")).toBe(PAIR);
    }
    // The same file by another spelling.
    const { code } = await run(["ledger", "scan", input, "--out", join(sub, ".", "in.csv"), ...ENGINE]);
    expect(code).toBe(2);
    expect(await readdir(sub)).toEqual(["in.csv"]);
  });

  it("ledger scan --out EXISTING: refused without --force (en, ar), replaced with it", async () => {
    const sub = await fresh("exists");
    const out = join(sub, "cycles.csv");
    await writeFile(out, "keep me\n");
    const en = await run(["ledger", "scan", join(sub, "in.csv"), "--out", out, ...ENGINE]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("[output-exists]");
    expect(en.err).toContain("--force");
    const ar = await run(["ledger", "scan", join(sub, "in.csv"), "--out", out, "--lang", "ar", ...ENGINE]);
    expect(ar.code).toBe(2);
    expect(ar.err).toContain("موجود من قبل");
    expect(await readFile(out, "utf8")).toBe("keep me\n");
    const forced = await run(["ledger", "scan", join(sub, "in.csv"), "--out", out, "--force", ...ENGINE]);
    expect(forced.code).toBe(0);
    expect(await readFile(out, "utf8")).toMatch(/^cycle,length,/);
  });

  it("data export --out: an existing file needs --force; the dataset folder is refused", async () => {
    const sub = await fresh("export");
    const data = join(sub, "data");
    await mkdir(data);
    const out = join(sub, "export.json");
    await writeFile(out, "old\n");
    const refused = await run(["data", "export", "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("[output-exists]");
    expect(await readFile(out, "utf8")).toBe("old\n");
    const into = await run(["data", "export", "--data", data, "--out", join(data, "x.json"), "--force"]);
    expect(into.code).toBe(2);
    expect(into.err).toContain("[output-inside-input]");
    expect(await readdir(data)).toEqual([]);
  });

  it("data schema --out: an existing file needs --force", async () => {
    const sub = await fresh("schema");
    const out = join(sub, "schema.json");
    await writeFile(out, "old\n");
    expect((await run(["data", "schema", "--out", out])).code).toBe(2);
    expect(await readFile(out, "utf8")).toBe("old\n");
    expect((await run(["data", "schema", "--out", out, "--force"])).code).toBe(0);
    expect(JSON.parse(await readFile(out, "utf8")).title).toBe("halqa dataset file");
    // It took no --lang (an unknown option): the refusal and the "written" line are in the run's language.
    const ar = await run(["data", "schema", "--out", out, "--lang", "ar"]);
    expect(ar.code).toBe(2);
    expect(ar.err).toContain(`الملف ⁦${out}⁩ موجود من قبل`);
    expect((await run(["data", "schema", "--out", out, "--force", "--lang", "ar"])).err).toContain(
      "كُتب الملف",
    );
  });

  it("--help states the rule", async () => {
    for (const command of [
      ["ledger", "scan"],
      ["data", "export"],
      ["data", "schema"],
    ]) {
      const { out } = await run([...command, "--help"]);
      expect(out).toContain("--force");
    }
  });
});

describe("--workers is capped at the cores", () => {
  it("ledger scan --workers 999 uses the cores and says so", async () => {
    const sub = await fresh("workers");
    const { code, out, err } = await run([
      "ledger",
      "scan",
      join(sub, "in.csv"),
      "--workers",
      "999",
      "--json",
      ...ENGINE,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).search.workers).toBe(availableParallelism());
    expect(err).toContain("[workers-capped]");
    expect(err).toContain("999");
  });

  it("stress --runs --workers 999 uses the cores and says so", async () => {
    const { code, out, err } = await run([
      "stress",
      "scenarios/openai-revenue-uncertain.yaml",
      "--runs",
      "20",
      "--workers",
      "999",
      "--json",
      "--as-of",
      "2026-06-30",
    ]);
    expect(code).toBe(0);
    expect(err).toContain("[workers-capped]");
    expect(JSON.stringify(JSON.parse(out))).toContain(`"workers":${availableParallelism()}`);
  });

  it("a request within the cores is taken as it is, silently", async () => {
    const sub = await fresh("workers-ok");
    const { code, out, err } = await run([
      "ledger",
      "scan",
      join(sub, "in.csv"),
      "--workers",
      "1",
      "--json",
      ...ENGINE,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).search.workers).toBe(1);
    expect(err).not.toContain("workers-capped");
  });
});

describe("ledger paths are literal unless --glob", () => {
  it("a file named led*.csv reads itself only; x[1].csv is not x1.csv", async () => {
    const sub = await fresh("glob");
    await writeFile(join(sub, "led*.csv"), PAIR);
    await writeFile(join(sub, "led2.csv"), OTHER);
    await writeFile(join(sub, "x[1].csv"), PAIR);
    await writeFile(join(sub, "x1.csv"), OTHER);
    for (const name of ["led*.csv", "x[1].csv"]) {
      const { code, out } = await run(["ledger", "scan", join(sub, name), "--json", ...ENGINE]);
      expect(code).toBe(0);
      const json = JSON.parse(out);
      expect(json.files).toEqual([join(sub, name)]);
      expect(json.rows).toBe(2);
      expect(json.cycles[0].transactions).toEqual(["t1", "t2"]);
    }
  });

  it("--glob reads every match and lists them on stderr and in --json", async () => {
    const sub = await fresh("glob2");
    await writeFile(join(sub, "led-a.csv"), PAIR);
    await writeFile(join(sub, "led-b.csv"), OTHER);
    const pattern = join(sub, "led-*.csv");
    const { code, out, err } = await run(["ledger", "scan", pattern, "--glob", "--json", ...ENGINE]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.files).toEqual([join(sub, "led-a.csv"), join(sub, "led-b.csv")]);
    expect(json.rows).toBe(4);
    expect(json.found).toBe(2);
    expect(err).toContain("2 files read");
    expect(err).toContain(join(sub, "led-b.csv"));
  });

  it("--glob that matches nothing: exit 1, coded; a pattern matching the --out is refused", async () => {
    const sub = await fresh("glob3");
    const none = await run(["ledger", "scan", join(sub, "nothing-*.csv"), "--glob", ...ENGINE]);
    expect(none.code).toBe(1);
    expect(none.err).toContain("ledger-glob-empty");
    const out = join(sub, "in-2.csv");
    await writeFile(out, PAIR);
    const clash = await run([
      "ledger",
      "scan",
      join(sub, "in*.csv"),
      "--glob",
      "--out",
      out,
      "--force",
      ...ENGINE,
    ]);
    expect(clash.code).toBe(2);
    expect(clash.err).toContain("[output-is-input]");
    expect(await readFile(out, "utf8")).toBe(PAIR);
  });

  it("without --glob a wildcard path that is no file is missing, not a pattern", async () => {
    const sub = await fresh("glob4");
    const { code, err } = await run(["ledger", "scan", join(sub, "*.csv"), ...ENGINE]);
    expect(code).toBe(1);
    expect(err).toContain("ledger-missing");
    expect(err).toContain("--glob");
  });
});
