import { createWriteStream, readFileSync } from "node:fs";
import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edgeId } from "../core/graph/edge-list.ts";
import { problemMessage } from "../i18n/index.ts";
import { csvField } from "./csv.ts";
import {
  type GraphFileProgress,
  type GraphFileResult,
  isoSeconds,
  JSON_LIMIT_BYTES,
  MAX_PROBLEMS,
  readGraphFile,
} from "./graph-file.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "graphs");
const fixture = (name: string) => join(FIXTURES, name);
const DAY = 86_400;
const JAN_1_2025 = 1_735_689_600;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-graph-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function temp(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

function ok(result: GraphFileResult) {
  if (!result.ok) throw new Error(`expected a graph, got ${JSON.stringify(result.problems)}`);
  return result;
}

/** The problems as (code, line, path, params) for exact comparison. */
async function problems(path: string, options = {}) {
  const result = await readGraphFile(path, options);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map(({ code, line, path, params }) => ({ code, line, path, params }));
}

describe("readGraphFile: formats", () => {
  it("reads a small CSV with timestamps, ids and a self-loop", async () => {
    const result = ok(await readGraphFile(fixture("small.csv")));
    expect(result.edges.nodeIds).toEqual(["a", "b", "c"]);
    expect([...result.edges.src]).toEqual([0, 1, 2]);
    expect([...result.edges.dst]).toEqual([1, 2, 0]);
    expect([...result.edges.amount]).toEqual([100, 80, 60]);
    // 2025-01-03T01:00:00+01:00 is midnight UTC.
    expect([...result.edges.ts]).toEqual([JAN_1_2025, JAN_1_2025 + DAY, JAN_1_2025 + 2 * DAY]);
    expect(result.edges.edgeIds).toEqual(["t1", "t2", "t3"]);
    expect(result.selfLoops).toEqual([{ line: 5, src: "c", dst: "c", amount: 5, id: "t4" }]);
    expect(result.rows).toBe(4);
    expect(result.hasTimestamps).toBe(true);
    expect(result.file).toBe(fixture("small.csv"));
  });

  it("reads a CSV with a BOM, CRLF, quotes, a line break in a field, any column order and case", async () => {
    const result = ok(await readGraphFile(fixture("quoted.csv")));
    expect(result.edges.nodeIds).toEqual(["bank-1", 'Acme "Holdings"', "y", "x"]);
    expect([...result.edges.src]).toEqual([0, 1, 2]);
    expect([...result.edges.dst]).toEqual([1, 0, 3]);
    expect([...result.edges.amount]).toEqual([1_250_000, 3_500, 7]);
    expect(result.edges.edgeIds).toBeNull();
    expect(result.edges.ts.every(Number.isNaN)).toBe(true);
    expect(result.hasTimestamps).toBe(false);
    expect(result.rows).toBe(3);
  });

  it("reads JSON Lines, detecting epoch milliseconds and naming id-less edges by row", async () => {
    const result = ok(await readGraphFile(fixture("edges.jsonl")));
    expect(result.edges.nodeIds).toEqual(["a", "b"]);
    expect([...result.edges.amount]).toEqual([10, 2.5]);
    expect([...result.edges.ts]).toEqual([JAN_1_2025, JAN_1_2025 + DAY]);
    expect(result.edges.edgeIds).toEqual(["p1", "2"]);
    expect(result.selfLoops).toEqual([{ line: 4, src: "b", dst: "b", amount: 1, id: null }]);
    expect(result.rows).toBe(3);
  });

  it("reads a JSON array, with epoch seconds, ISO dates and a missing ts", async () => {
    const result = ok(await readGraphFile(fixture("edges.json")));
    expect(result.edges.nodeIds).toEqual(["a", "b", "c"]);
    expect([...result.edges.ts]).toEqual([JAN_1_2025, JAN_1_2025 + DAY, Number.NaN]);
    expect(result.edges.edgeIds).toBeNull();
    expect(result.hasTimestamps).toBe(true);
  });

  it('reads { "edges": [...] } with numeric node ids', async () => {
    const result = ok(await readGraphFile(fixture("wrapped.json")));
    expect(result.edges.nodeIds).toEqual(["1001", "1002"]);
    expect(result.edges.edgeIds).toEqual(["w1", "w2"]);
    expect([...result.edges.amount]).toEqual([5, 7]);
  });

  it("keeps row numbers as edge names when self-loops are set apart", async () => {
    const path = await temp("shifted.csv", "src,dst,amount\na,a,1\na,b,2\nb,b,3\nb,a,4\n");
    const result = ok(await readGraphFile(path));
    expect(result.edges.edgeIds).toEqual(["2", "4"]);
    expect(result.selfLoops.map((s) => s.line)).toEqual([2, 4]);
  });

  it("applies a forced timestamp unit", async () => {
    const path = fixture("mixed-units.csv");
    expect([...ok(await readGraphFile(path, { tsUnit: "s" })).edges.ts]).toEqual([
      JAN_1_2025,
      JAN_1_2025 + 1,
      JAN_1_2025 * 1000 + 2000,
    ]);
    expect([...ok(await readGraphFile(path, { tsUnit: "ms" })).edges.ts]).toEqual([
      JAN_1_2025 / 1000,
      (JAN_1_2025 + 1) / 1000,
      JAN_1_2025 + 2,
    ]);
  });
});

describe("readGraphFile: problems, with codes and lines", () => {
  it("an empty file and a header alone are empty graphs", async () => {
    const empty = [{ code: "graph-empty", line: undefined, path: [], params: {} }];
    expect(await problems(fixture("empty.csv"))).toEqual(empty);
    expect(await problems(fixture("header-only.csv"))).toEqual(empty);
    expect(await problems(await temp("blank.jsonl", "\n\n"))).toEqual(empty);
    expect(await problems(await temp("empty.json", "[]"))).toEqual(empty);
  });

  it("names the missing columns and the ones found", async () => {
    expect(await problems(fixture("missing-columns.csv"))).toEqual([
      {
        code: "graph-missing-columns",
        line: 1,
        path: [],
        params: { missing: ["src", "dst"], found: ["from", "to", "amount"] },
      },
    ]);
  });

  it("refuses a header naming a column twice", async () => {
    const path = await temp("twice.csv", "src,dst,amount,SRC\na,b,1,c\n");
    expect(await problems(path)).toEqual([
      { code: "graph-bad-row", line: 1, path: ["src"], params: { reason: "duplicate-column" } },
    ]);
  });

  it("reports bad and negative amounts with their text", async () => {
    expect(await problems(fixture("bad-amount.csv"))).toEqual([
      { code: "graph-bad-amount", line: 2, path: ["amount"], params: { value: "1,000" } },
      { code: "graph-bad-amount", line: 3, path: ["amount"], params: { value: "abc" } },
    ]);
    expect(await problems(fixture("negative-amount.csv"))).toEqual([
      { code: "graph-negative-amount", line: 2, path: ["amount"], params: { value: "-5" } },
    ]);
  });

  it("reports timestamps that are not dates, and seconds mixed with milliseconds", async () => {
    expect(await problems(fixture("bad-timestamp.csv"))).toEqual([
      {
        code: "graph-bad-timestamp",
        line: 2,
        path: ["ts"],
        params: { value: "2025-02-30", reason: "format" },
      },
      {
        code: "graph-bad-timestamp",
        line: 3,
        path: ["ts"],
        params: { value: "yesterday", reason: "format" },
      },
    ]);
    expect(await problems(fixture("mixed-units.csv"))).toEqual([
      {
        code: "graph-bad-timestamp",
        line: 4,
        path: ["ts"],
        params: { value: JAN_1_2025 * 1000 + 2000, reason: "mixed-units" },
      },
    ]);
  });

  it("reports empty required cells", async () => {
    expect(await problems(fixture("missing-value.csv"))).toEqual([
      { code: "graph-missing-value", line: 2, path: ["src"], params: { column: "src" } },
      { code: "graph-missing-value", line: 3, path: ["amount"], params: { column: "amount" } },
    ]);
  });

  it("reports rows of the wrong width and broken quoting", async () => {
    expect(await problems(fixture("bad-row.csv"))).toEqual([
      { code: "graph-bad-row", line: 3, path: [], params: { reason: "field-count", expected: 3, found: 2 } },
      { code: "graph-bad-row", line: 4, path: [], params: { reason: "field-count", expected: 3, found: 4 } },
      { code: "graph-bad-row", line: 5, path: [], params: { reason: "text-after-quote" } },
    ]);
  });

  it("reports bad JSON lines, non-objects and missing keys in JSON Lines", async () => {
    const found = await problems(fixture("bad-json.jsonl"));
    expect(found.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: "graph-bad-json", line: 2 },
      { code: "graph-bad-row", line: 3 },
      { code: "graph-missing-columns", line: 4 },
    ]);
    expect(found[1]?.params).toEqual({ reason: "not-object", found: "array" });
    expect(found[2]?.params).toEqual({ missing: ["dst"], found: ["src", "amount"] });
  });

  it("reports a .json syntax error at its line, and a document of the wrong shape", async () => {
    const path = await temp(
      "bad.json",
      '[\n  {"src": "a", "dst": "b", "amount": 1},\n  {"src": "b" "dst": "a"}\n]\n',
    );
    const [syntax] = await problems(path);
    expect(syntax?.code).toBe("graph-bad-json");
    expect(syntax?.line).toBe(3);
    expect(await problems(fixture("bad-shape.json"))).toEqual([
      { code: "graph-bad-json", line: 1, path: [], params: { reason: "shape" } },
    ]);
  });

  it("finds the line of a bad element in a pretty-printed .json", async () => {
    expect(await problems(fixture("bad-elements.json"))).toEqual([
      { code: "graph-bad-row", line: 4, path: [], params: { reason: "not-object", found: "string" } },
      { code: "graph-negative-amount", line: 5, path: ["amount"], params: { value: "-1" } },
    ]);
  });

  it("refuses unknown extensions, missing files and folders", async () => {
    expect(await problems(fixture("edges.txt"))).toEqual([
      {
        code: "graph-unknown-format",
        line: undefined,
        path: [],
        params: { extension: ".txt", supported: [".csv", ".jsonl", ".ndjson", ".json"] },
      },
    ]);
    expect((await problems(fixture("no-such-file.csv"))).map((p) => p.code)).toEqual(["file-missing"]);
    const folder = join(dir, "folder.csv");
    await mkdir(folder);
    expect((await problems(folder)).map((p) => p.code)).toEqual(["file-is-directory"]);
    // A folder whose name has no graph extension is a folder too, not an unknown file type.
    const plain = join(dir, "plain-folder");
    await mkdir(plain);
    expect((await problems(plain)).map((p) => p.code)).toEqual(["file-is-directory"]);
  });

  it("refuses a .json over the size limit before reading it", async () => {
    const path = join(dir, "huge.json");
    const handle = await open(path, "w");
    await handle.truncate(JSON_LIMIT_BYTES + 1); // sparse: no disk space used
    await handle.close();
    expect(await problems(path)).toEqual([
      {
        code: "graph-too-large",
        line: undefined,
        path: [],
        params: { bytes: JSON_LIMIT_BYTES + 1, limit: JSON_LIMIT_BYTES },
      },
    ]);
  });

  it("stops after MAX_PROBLEMS problems", async () => {
    const rows = Array.from({ length: 3 * MAX_PROBLEMS }, (_, k) => `a${k},b,oops`).join("\n");
    const path = await temp("many-bad.csv", `src,dst,amount\n${rows}\n`);
    const found = await problems(path);
    expect(found).toHaveLength(MAX_PROBLEMS);
    expect(found.at(-1)?.line).toBe(MAX_PROBLEMS + 1);
  });
});

describe("messages", () => {
  it("every code the reader raises has an English and an Arabic message", () => {
    const source = ["graph-file.ts", "edge-builder.ts"]
      .map((file) => readFileSync(join(import.meta.dirname, file), "utf8"))
      .join("\n");
    const codes = new Set([...source.matchAll(/"(graph-[a-z-]+)"/g)].map((m) => m[1] as string));
    expect(codes.size).toBe(11);
    for (const code of codes) {
      for (const lang of ["en", "ar"] as const) expect(problemMessage(lang, code, {}), code).not.toBe(code);
    }
  });
});

describe("readGraphFile: streaming", () => {
  it("streams 200 000 rows and reports progress on the way and at the end", async () => {
    const rows = 200_000;
    const path = join(dir, "big.csv");
    const out = createWriteStream(path);
    out.write("src,dst,amount,ts\n");
    for (let k = 0; k < rows; k++) out.write(`n${k % 1000},n${(k * 7 + 1) % 1000},${k},${JAN_1_2025 + k}\n`);
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const seen: GraphFileProgress[] = [];
    const result = ok(await readGraphFile(path, { onProgress: (p) => seen.push(p) }));
    expect(result.rows).toBe(rows);
    expect(result.edges.src.length + result.selfLoops.length).toBe(rows);
    expect(result.edges.nodeIds).toHaveLength(1000);
    expect(result.edges.ts[result.edges.ts.length - 1]).toBe(JAN_1_2025 + rows - 1);
    expect(seen.length).toBe(Math.floor(rows / 65_536) + 1);
    expect(seen.map((p) => p.rows)).toEqual([65_536, 131_072, 196_608, rows]);
    const last = seen.at(-1) as GraphFileProgress;
    expect(last.bytesRead).toBe(last.totalBytes);
    expect(seen.every((p, k) => k === 0 || p.bytesRead >= (seen[k - 1] as GraphFileProgress).bytesRead)).toBe(
      true,
    );
  });
});

describe("ISO timestamps", () => {
  it("reads dates, date-times and offsets as UTC seconds", () => {
    expect(isoSeconds("2025-01-01")).toBe(JAN_1_2025);
    expect(isoSeconds("2025-01-01T00:00:00Z")).toBe(JAN_1_2025);
    expect(isoSeconds("2025-01-01 06:30")).toBe(JAN_1_2025 + 6.5 * 3600);
    expect(isoSeconds("2025-01-01T05:30:00+05:30")).toBe(JAN_1_2025);
    expect(isoSeconds("2024-12-31T19:00:00-0500")).toBe(JAN_1_2025);
    expect(isoSeconds("2025-01-01T00:00:00.250Z")).toBe(JAN_1_2025 + 0.25);
    expect(isoSeconds("1970-01-01")).toBe(0);
    expect(isoSeconds("0050-01-01")).toBe(new Date("0050-01-01T00:00:00Z").getTime() / 1000);
  });

  it("rejects impossible dates and times", () => {
    for (const text of [
      "2025-02-29",
      "2025-13-01",
      "2025-01-01T24:00",
      "2025-01-01T10:60",
      "2025/01/01",
      "1/2/2025",
    ]) {
      expect(isoSeconds(text), text).toBeNaN();
    }
    expect(isoSeconds("2024-02-29")).toBe(Date.UTC(2024, 1, 29) / 1000);
  });
});

describe("readGraphFile: round trip (property)", () => {
  const ID = fc.constantFrom("a", "b", "c", "d", "x,y", 'q"t', "line\nbreak", "Zoë", "شركة", "a b");
  const edge = fc.record({
    src: ID,
    dst: ID,
    amount: fc.oneof(fc.nat({ max: 1e9 }), fc.double({ min: 0, max: 1e12, noNaN: true })),
    ts: fc.option(fc.integer({ min: 0, max: 4_000_000_000 }), { nil: undefined }),
    id: fc.option(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { nil: undefined }),
  });

  it("random edge lists written as CSV with random quoting read back identically", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(edge, { minLength: 1, maxLength: 12 }),
        fc.shuffledSubarray(["src", "dst", "amount", "ts", "id", "note"] as const, { minLength: 6 }),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        async (edges, columns, quoting, eol, iso) => {
          const cell = (value: string, k: number) =>
            quoting[k % quoting.length] ? `"${value.replaceAll('"', '""')}"` : csvField(value);
          const lines = [columns.map((c, k) => cell(c.toUpperCase(), k)).join(",")];
          edges.forEach((e, r) => {
            const values: Record<(typeof columns)[number], string> = {
              src: e.src,
              dst: e.dst,
              amount: String(e.amount),
              ts: e.ts === undefined ? "" : iso ? new Date(e.ts * 1000).toISOString() : String(e.ts),
              id: e.id ?? "",
              note: "x",
            };
            lines.push(columns.map((c, k) => cell(values[c], r + k)).join(","));
          });
          const path = await temp(`round-${run++}.csv`, `\uFEFF${lines.join(eol)}${eol}`);
          const result = ok(await readGraphFile(path));

          const kept = edges.map((e, r) => ({ ...e, row: r + 1 })).filter((e) => e.src !== e.dst);
          const nodes: string[] = [];
          for (const e of kept) for (const v of [e.src, e.dst]) if (!nodes.includes(v)) nodes.push(v);
          expect(result.rows).toBe(edges.length);
          expect(result.edges.nodeIds).toEqual(nodes);
          expect([...result.edges.src]).toEqual(kept.map((e) => nodes.indexOf(e.src)));
          expect([...result.edges.dst]).toEqual(kept.map((e) => nodes.indexOf(e.dst)));
          expect([...result.edges.amount]).toEqual(kept.map((e) => e.amount));
          expect([...result.edges.ts]).toEqual(kept.map((e) => e.ts ?? Number.NaN));
          // Every edge is known by its id, or else by its data row, even when self-loops were set apart.
          const names = kept.map((_, i) => edgeId(result.edges, i));
          expect(names).toEqual(kept.map((e) => e.id ?? String(e.row)));
          if (kept.every((e, i) => e.id === undefined && e.row === i + 1))
            expect(result.edges.edgeIds).toBeNull();
          expect(result.selfLoops.map((s) => s.src)).toEqual(
            edges.filter((e) => e.src === e.dst).map((e) => e.src),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("readGraphFile: no silent guesses (issue 12)", () => {
  it("refuses bytes that are not UTF-8 instead of merging caf\\xe9 and caf\\xe8 into one account", async () => {
    for (const [name, body] of [
      ["latin1.csv", "src,dst,amount\ncaf\xe9,b,10\nb,caf\xe8,10\n"],
      ["latin1.jsonl", '{"src":"caf\xe9","dst":"b","amount":10}\n{"src":"b","dst":"caf\xe8","amount":10}\n'],
      ["latin1.json", '[{"src":"caf\xe9","dst":"b","amount":10},\n{"src":"b","dst":"caf\xe8","amount":10}]'],
    ]) {
      const path = join(dir, name as string);
      await writeFile(path, Buffer.from(body as string, "latin1"));
      const [first] = await problems(path);
      expect(first?.code).toBe("invalid-utf8");
      expect(first?.line).toBe(name === "latin1.csv" ? 2 : 1);
    }
  });

  it("refuses 1e309 (infinity) as an amount in CSV, JSON Lines and JSON", async () => {
    const csv = await temp("inf.csv", "src,dst,amount\na,b,1e309\nb,a,5\n");
    expect(await problems(csv)).toEqual([
      {
        code: "graph-bad-amount",
        line: 2,
        path: ["amount"],
        params: { value: "1e309", reason: "not-finite" },
      },
    ]);
    const json = await temp("inf.json", '[\n{"src":"a","dst":"b","amount":-1e309}\n]');
    expect(await problems(json)).toEqual([
      {
        code: "graph-bad-amount",
        line: 2,
        path: ["amount"],
        params: { value: "-Infinity", reason: "not-finite" },
      },
    ]);
    const jsonl = await temp("inf.jsonl", '{"src":"a","dst":"b","amount":1e400}\n');
    expect((await problems(jsonl))[0]?.params).toEqual({ value: "Infinity", reason: "not-finite" });
  });

  it("accepts a byte-order mark and names line and column of a JSON syntax error", async () => {
    const bom = await temp("bom.jsonl", '\ufeff{"src":"a","dst":"b","amount":1}\n');
    expect((await readGraphFile(bom)).ok).toBe(true);
    const path = await temp("col.json", '[\n  {"src": "b" "dst": "a"}\n]\n');
    expect(await problems(path)).toEqual([
      {
        code: "graph-bad-json",
        line: 2,
        path: [],
        params: { reason: "syntax", line: 2, column: 15, found: '"' },
      },
    ]);
  });
});
