import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCsvDialect } from "./csv-check.ts";
import { ingestLedger } from "./ledger/ingest.ts";

const dir = mkdtempSync(join(tmpdir(), "halqa-csv-check-"));
const file = (name: string, body: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

describe("checkCsvDialect", () => {
  it("passes a well-formed file, quoted fields and a BOM included", async () => {
    const path = file("ok.csv", '\ufeffsrc,dst,amount\n"a, inc",b,1\r\n"say ""x""",c,2\n');
    expect(await checkCsvDialect(path, "ok.csv")).toBeNull();
  });
  it("names the line of an unclosed quote, a ragged row and invalid UTF-8", async () => {
    const quote = file("q.csv", 'src,dst,amount\n"x,b,10\nb,x,10\n');
    expect(await checkCsvDialect(quote, "q.csv")).toMatchObject({
      code: "csv-bad-row",
      line: 2,
      params: { reason: "unclosed-quote" },
    });
    const ragged = file("r.csv", "src,dst,amount\na,b,1\na,b,1,extra\n");
    expect(await checkCsvDialect(ragged, "r.csv")).toMatchObject({
      code: "csv-bad-row",
      line: 3,
      params: { reason: "field-count", found: 4, expected: 3 },
    });
    const latin1 = file("l.csv", Buffer.from("src,dst,amount\nb,caf\xe8,1\n", "latin1"));
    expect(await checkCsvDialect(latin1, "l.csv")).toMatchObject({ code: "invalid-utf8", line: 2 });
  });
  it("does not judge the record a sample cuts", async () => {
    const path = file("cut.csv", 'src,dst,amount\na,b,1\n"long quoted name",c,2\n');
    // 25 bytes end inside the quoted field of line 3.
    expect(await checkCsvDialect(path, "cut.csv", 25)).toBeNull();
    expect(await checkCsvDialect(path, "cut.csv")).toBeNull();
  });
});

describe("ledger ingest reads CSV by halqa's rules, not DuckDB's guess", () => {
  it('refuses an unclosed quote that would make the account `"x` and hide the cycle', async () => {
    const path = file("ledger-q.csv", 'src,dst,amount,ts\n"x,b,10,2025-01-01\nb,x,10,2025-01-02\n');
    const result = await ingestLedger(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "csv-bad-row", line: 2 });
  });
  it("says which row is ragged instead of 'missing columns' while listing them", async () => {
    const path = file("ledger-r.csv", "src,dst,amount,ts\nx,b,10,2025-01-01,zz\nb,x,10,2025-01-02\n");
    const result = await ingestLedger(path);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({
        code: "csv-bad-row",
        line: 2,
        params: { reason: "field-count", found: 5, expected: 4 },
      });
    } else expect.unreachable("a ragged ledger was accepted");
  });
});

describe("ledger ingest of JSON Lines", () => {
  it("names the line and byte offset of invalid UTF-8 instead of DuckDB's words", async () => {
    const path = file(
      "ledger-l1.jsonl",
      Buffer.from(
        '{"src":"b","dst":"a","amount":1,"ts":"2025-01-01"}\n{"src":"caf\xe9","dst":"b","amount":1,"ts":"2025-01-02"}\n',
        "latin1",
      ),
    );
    const result = await ingestLedger(path);
    if (result.ok) expect.unreachable("a Latin-1 ledger was accepted");
    else expect(result.problems[0]).toMatchObject({ code: "invalid-utf8", line: 2, params: { offset: 62 } });
  });
});
