/**
 * The workbook opened as a spreadsheet program would: unzipped (by the system's unzip when there is
 * one, and by src/testing/xlsx-read.ts, both checking every entry's CRC), its XML read back: sheet names, cell values and types, number formats, right-to-left sheets, the sources sheet.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "@schema/dataset-file.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { sheetCells as cells, formatOf, unzipStored as unzip } from "../../../src/testing/xlsx-read.ts";
import { columnName, sheetNames, xlsx } from "./xlsx.ts";
import { type ExportWords, sourcesSheet, tableWorkbook } from "./xlsx-export.ts";
import { numberFormat } from "./xlsx-formats.ts";

const hasUnzip = (() => {
  try {
    execFileSync("unzip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const WORDS: ExportWords = {
  sources: "Sources",
  outlet: "Outlet",
  date: "Date",
  title: "Title",
  link: "Link",
  none: "No source.",
  notes: ["Source: halqa, as of 1 March 2026", "halqa credit"],
  formatDate: (iso) => `on ${iso}`,
  outletName: (english) => english,
  rtl: false,
};

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

describe("xlsx", () => {
  it("writes a table with numbers as numbers, formats by column, a bold header and notes", () => {
    const book = xlsx([
      {
        name: "Deals: loops [2025]",
        header: ["Company", "Amount", "Share"],
        rows: [
          ["Nvidia & <Co>", { value: 2.5e9, format: '"$"#,##0' }, { value: 0.415, format: "0.0%" }],
          ["OpenAI", null, Number.POSITIVE_INFINITY],
        ],
        notes: ["Source line", "Credit"],
      },
    ]);
    const files = unzip(book);
    expect([...files.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    // The sheet's name without the characters Excel refuses.
    expect(files.get("xl/workbook.xml")).toContain(
      '<sheet name="Deals loops 2025" sheetId="1" r:id="rId1"/>',
    );
    const sheet = files.get("xl/worksheets/sheet1.xml") ?? "";
    const styles = files.get("xl/styles.xml") ?? "";
    const read = cells(sheet);
    expect(read.get("A1")).toEqual({ type: "inlineStr", style: 1, value: "Company" });
    expect(read.get("A2")?.value).toBe("Nvidia & <Co>");
    expect(sheet).toContain("Nvidia &amp; &lt;Co&gt;");
    const amount = read.get("B2");
    expect(amount?.type).toBe("n");
    expect(Number(amount?.value)).toBe(2.5e9);
    expect(formatOf(styles, amount?.style ?? 0)).toBe('"$"#,##0');
    expect(formatOf(styles, read.get("C2")?.style ?? 0)).toBe("0.0%");
    expect(Number(read.get("C2")?.value)).toBe(0.415);
    // A missing value and a non-finite one are empty cells, never a zero.
    expect(read.has("B3")).toBe(false);
    expect(read.has("C3")).toBe(false);
    // A blank row, then the notes in the first column.
    expect(read.get("A5")?.value).toBe("Source line");
    expect(read.get("A6")?.value).toBe("Credit");
    expect(sheet).not.toContain("rightToLeft");
  });

  it.skipIf(!hasUnzip)("is an archive the system's unzip reads without a CRC error", () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-xlsx-"));
    const path = join(dir, "table.xlsx");
    writeFileSync(
      path,
      xlsx([{ name: "جدول", header: ["الشركة"], rows: [["إنفيديا"], [42]] }], { rtl: true }),
    );
    expect(execFileSync("unzip", ["-t", path]).toString()).toContain("No errors detected");
    const sheet = execFileSync("unzip", ["-p", path, "xl/worksheets/sheet1.xml"]).toString("utf8");
    expect(sheet).toContain('rightToLeft="1"');
    expect(cells(sheet).get("A2")?.value).toBe("إنفيديا");
    expect(cells(sheet).get("A3")).toEqual({ type: "n", style: 0, value: "42" });
  });

  it("names columns and sheets as spreadsheets do", () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(sheetNames(["a".repeat(40), "a".repeat(40), "", "Sources"])).toEqual([
      `${"a".repeat(30)}…`,
      `${"a".repeat(29)} 2`,
      "Sheet3",
      "Sources",
    ]);
    // Long titles end at a word, without an unclosed bracket.
    expect(sheetNames(["What counts (the gigawatts in the balance)"])).toEqual(["What counts…"]);
    expect(sheetNames(["Power secured by year and by owner of the campus"])).toEqual([
      "Power secured by year and by…",
    ]);
    for (const name of sheetNames(["ما الذي يُحتسب (الجيجاوات في الميزان)", "x".repeat(99)]))
      expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("a page table's workbook", () => {
  it("lists every cited source once, by outlet, date, title and link, under the table's own sheet", () => {
    const sources = tiny.sources ?? [];
    const [first, second] = sources;
    expect(first && second).toBeTruthy();
    const ids = [second?.id ?? "", first?.id ?? "", second?.id ?? "", "not-a-source"];
    const sheet = sourcesSheet(ids, sources, WORDS);
    expect(sheet.header).toEqual(["Outlet", "Date", "Title", "Link"]);
    expect(sheet.rows.map((row) => row[2])).toEqual([second?.title, first?.title]);
    expect(sheet.rows[0]?.[3]).toBe(second?.url ?? second?.file);
    expect(sheet.rows[0]?.[1]).toBe(second?.date ? `on ${second.date}` : "");
    expect(sheet.notes).toEqual(WORDS.notes);
    // Outlets in the sheet's language, as the page names them.
    const named = sourcesSheet(ids, sources, { ...WORDS, outletName: (english) => `«${english}»` });
    expect(named.rows[0]?.[0]).toMatch(/^«.+»/);

    const files = unzip(
      tableWorkbook(
        { title: "Loops", header: ["Loop", "Amount"], rows: [["a → b", 1]], sourceIds: ids },
        sources,
        { ...WORDS, rtl: true },
      ),
    );
    expect(files.get("xl/workbook.xml")).toMatch(/<sheet name="Loops".*<sheet name="Sources"/);
    const cited = cells(files.get("xl/worksheets/sheet2.xml") ?? "");
    expect(cited.get("A1")?.value).toBe("Outlet");
    expect(cited.get("C2")?.value).toBe(second?.title);
    expect(files.get("xl/worksheets/sheet2.xml")).toContain('rightToLeft="1"');
  });

  it("says so when the table cites no source", () => {
    expect(sourcesSheet([], tiny.sources ?? [], WORDS).rows).toEqual([["No source."]]);
  });
});

describe("number formats by unit", () => {
  it("round as the page does: dollars whole, shares as percent, the column's decimals when it sets them", () => {
    expect(numberFormat("usd")).toBe('"$"#,##0');
    expect(numberFormat("share")).toBe("0.0%");
    expect(numberFormat("share", undefined, 2)).toBe("0.00%");
    expect(numberFormat("number", undefined, 2)).toBe("#,##0.00");
    expect(numberFormat("number", undefined, 0)).toBe("#,##0");
    expect(numberFormat("number")).toBe("#,##0.0");
    expect(numberFormat("year", undefined, 2)).toBe("0");
    expect(numberFormat("figure", "USD")).toBe('"$"#,##0');
    expect(numberFormat("figure", "percent")).toBeUndefined();
    expect(numberFormat("text")).toBeUndefined();
  });
});
