/** The command line end to end, in process: arguments in, text or JSON and an exit code out. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { tempDataset } from "../testing/temp-dataset.ts";
import { TINY_DIR } from "../testing/tiny.ts";
import { main } from "./main.ts";

async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIo(env);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const TINY = ["--data", TINY_DIR, "--as-of", "2026-01-01"];

describe("halqa data validate", () => {
  it("exits 0 on a valid folder", async () => {
    const r = await run(["data", "validate", TINY_DIR]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Valid: 1 file, 14 records\.$/);
  });

  it("exits 1 listing every problem with file:line:col, code, path and message, and no stack trace", async () => {
    const dir = await tempDataset({
      "bad.yaml": "entities:\n  - { id: x, name: { en: X, ar: X }, kind: alien }\n",
    });
    const r = await run(["data", "validate", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("bad.yaml:2:");
    expect(r.out).toContain("[missing-arabic]  entities[0].name.ar:");
    expect(r.out).toContain("[invalid-enum]  entities[0].kind: must be one of: ai-lab");
    expect(r.out).toContain("2 problems in 1 file.");
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  });

  it("speaks Arabic with --lang ar and HALQA_LANG=ar", async () => {
    const dir = await tempDataset({
      "bad.yaml": "entities:\n  - { id: x, name: { en: X, ar: X }, kind: lab }\n",
    });
    const flag = await run(["data", "validate", dir, "--lang", "ar"]);
    expect(flag.out).toContain("يجب أن يُكتب الاسم العربي بالحروف العربية");
    const env = await run(["data", "validate", dir], { HALQA_LANG: "ar" });
    // Two problems in one file, the count agreeing with its nouns (dual, then "ملف واحد").
    expect(env.out).toContain("مشكلتان في ملف واحد.");
  });

  it("gives programs the problems as JSON", async () => {
    const dir = await tempDataset({ "bad.yaml": "deals: 3\n" });
    const r = await run(["data", "validate", dir, "--json"]);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(false);
    expect(json.problems[0]).toMatchObject({
      code: "invalid-type",
      file: "bad.yaml",
      line: 1,
      path: "deals",
    });
  });
});

describe("halqa flows", () => {
  it("prints the committed flows of the tiny dataset with totals per year", async () => {
    const r = await run(["flows", ...TINY]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("basis: committed · USD");
    // The total is the layout's headline line now (the per-year table has no Total row).
    expect(r.out).toMatch(/│ 2026 │ \$45\s+│/);
    expect(r.out).toContain("5 flows, $110 in all.");
    expect(r.out).toContain("1 flow left out on this basis (conditional 1)");
  });

  it("returns the same numbers as JSON, filtered by year and entity", async () => {
    const r = await run([
      "flows",
      ...TINY,
      "--basis",
      "announced",
      "--year",
      "2025",
      "--entity",
      "chips",
      "--json",
    ]);
    const json = JSON.parse(r.out);
    expect(json.basis).toBe("announced");
    expect(json.rows.every((row: { year: number }) => row.year === 2025)).toBe(true);
    // Chips' 100 to Lab spread over 2025-2026 (25 + 25 in 2025); the chips LOI (40, a chip-supply
    // deal with no period) is a term contract with no known years: apart, in no year's total.
    expect(json.total.value).toBeCloseTo(25 + 25);
    expect(json.undated.map((u: { deal: string }) => u.deal)).toEqual(["cloud-buys-chips"]);
    expect(json.undatedTotal.value).toBeCloseTo(40);
  });

  it.each([
    [["--basis", "hoped"], /--basis must be one of announced, committed, paid/],
    [["--year", "25"], /--year must be a four-digit year/],
    [["--year", "2025", "--from", "2024"], /give --year, or --from\/--to, not both/],
    [["--from", "2027", "--to", "2025"], /--from \(2027\) is after --to \(2025\)/],
    [["--entity", "lb"], /unknown entity "lb"/],
    [["--as-of", "yesterday"], /--as-of must be an ISO date/],
    [["--lang", "fr"], /--lang must be one of en, ar/],
    [["--lang", "ar-"], /--lang must be one of en, ar|[\u0600-\u06FF]/],
  ])("rejects bad usage %j with exit 2 and a clear message", async (args, message) => {
    const r = await run(["flows", ...TINY, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("takes --lang as BCP 47 reads a tag: AR and ar-SA are Arabic, en_GB English", async () => {
    for (const [tag, arabic] of [
      ["AR", true],
      ["ar-SA", true],
      ["en_GB", false],
    ] as const) {
      const r = await run(["flows", ...TINY, "--lang", tag]);
      expect(r.code, tag).toBe(0);
      expect(/[\u0600-\u06FF]/.test(r.out), tag).toBe(arabic);
    }
  });

  it("exits 1 with the problems when the dataset is broken", async () => {
    const dir = await tempDataset({ "bad.yaml": "sources: [1]\n" });
    const r = await run(["flows", "--data", dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("bad.yaml:1:");
  });
});

describe("halqa summary, data stats, export and schema", () => {
  it("summarises the dataset for people and programs", async () => {
    const text = await run(["summary", ...TINY]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("Totals by value basis");
    const json = JSON.parse((await run(["data", "stats", ...TINY, "--json"])).out);
    expect(json.counts.deals).toBe(4);
    expect(json.money.committed.value).toBeCloseTo(110);
    expect(json.gigawatts.announced.value).toBeCloseTo(2);
  });

  it("exports JSON with ids resolved and CSV tables, atomically to a file", async () => {
    const json = JSON.parse((await run(["data", "export", ...TINY])).out);
    expect(json.format).toBe("halqa.dataset");
    expect(json.deals[0].flows[0].from).toEqual({
      id: "chips",
      name: { en: "Chips Inc", ar: "شركة الرقائق" },
    });
    const dir = await tempDataset({});
    const out = join(dir, "figures.csv");
    const r = await run(["data", "export", ...TINY, "--format", "csv", "--out", out]);
    expect(r.code).toBe(0);
    const csv = await readFile(out, "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "record,record_id,field,subject,counterparty,metric,period,unit,value,low,high,point,preferred,estimate,confidence,as_of,sources,source_urls,quote",
    );
    expect(csv).toContain("financial,lab/revenue/2025,figure,lab,,revenue,2025,USD,12,,,12,false");
  });

  it("prints a JSON Schema that describes the dataset files", async () => {
    const schema = JSON.parse((await run(["data", "schema"])).out);
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toEqual([
      "sources",
      "entities",
      "deals",
      "financials",
      "indicators",
      "sites",
      "parameters",
      "translations",
    ]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("prints help and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: halqa");
  });
});
