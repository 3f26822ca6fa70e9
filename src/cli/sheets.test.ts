/** `halqa company`, `halqa deal`, `halqa changes` on the hand-checkable fixture, as a reader sees them. */
import { beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { loadSheetsFixture } from "../testing/sheets-fixture.ts";
import { main } from "./main.ts";

let dir: string;
beforeAll(async () => {
  dir = (await loadSheetsFixture()).dir;
});

async function run(args: string[]): Promise<string> {
  const io = captureIo();
  const code = await main([...args, "--data", dir, "--as-of", "2025-12-31"], io);
  expect(code, io.err()).toBe(0);
  const out = io.out();
  // A missing message parameter or an object printed raw is a bug a reader would see.
  expect(out).not.toMatch(/undefined|NaN|\[object /);
  return out;
}

describe("company, deal and changes tables", () => {
  it("company in English: names, amounts, the reason the LOI is left out, numbered sources", async () => {
    const out = await run(["company", "Beta Cloud", "--basis", "committed"]);
    expect(out).toContain("Beta Cloud (NYSE:BETA)");
    expect(out).toContain("Alpha puts 30 into Beta");
    // The LOI left out, in the table of what the totals leave out and why (whichever reason the engine gives).
    expect(out).toMatch(/│ Alpha to invest up to 100 in Beta │ Receives │ \$100 +│ \S/);
    expect(out).toContain("Counted in all: receives $40, pays $50.");
    expect(out).toContain("Site One");
    expect(out).toMatch(/^\[1\] /m);
  });

  it("company in Arabic, found by its Arabic name: Arabic headings and names", async () => {
    const out = await run(["company", "بيتا السحابية", "--lang", "ar", "--basis", "committed"]);
    expect(out).toContain("البيانات المالية");
    expect(out).toContain("ألفا تضخ 30 في بيتا");
    expect(out).toContain("الصفقات: الأموال التي تتلقاها");
    expect(out).toContain("الإيرادات");
  });

  it("deal: the timeline, the replacement seen from the replaced deal, what counts per basis", async () => {
    const out = await run(["deal", "loi-ab"]);
    expect(out).toContain("Letter of intent");
    expect(out).toContain("replaced by Alpha puts 30 into Beta on 2025-06-01");
    expect(out).toMatch(/committed: nothing counted/);
    expect(out).toContain("no figure on this basis");
    const ar = await run(["deal", "loi-ab", "--lang", "ar"]);
    expect(ar).toContain("حلّت محلها صفقة «ألفا تضخ 30 في بيتا»");
    expect(ar).toContain("الخط الزمني");
  });

  it("changes: newest first, with the replacement and the deal titles", async () => {
    const out = await run(["changes", "--since", "2025-06-01", "--until", "2025-07-31"]);
    expect(out).toContain("4 changes from 2025-06-01 to 2025-07-31");
    expect(out.indexOf("2025-07-01")).toBeLessThan(out.indexOf("2025-06-01 │"));
    // The narrow table wraps the change onto two lines; --wide keeps it whole.
    expect(out).toMatch(/replaced by Alpha puts +│[^\n]*\n[^\n]*│ 30 into Beta/);
    const wide = await run(["changes", "--since", "2025-06-01", "--until", "2025-07-31", "--wide"]);
    expect(wide).toContain("replaced by Alpha puts 30 into Beta");
    const ar = await run(["changes", "--since", "2025-06-01", "--until", "2025-07-31", "--lang", "ar"]);
    expect(ar).toContain("الأحدث أولًا");
  });

  it("every line fits 100 columns in both languages on the bundled data, but a source's address", async () => {
    const width = (line: string) => [...line.replace(/[\u2066-\u2069]/g, "")].length;
    for (const lang of ["en", "ar"])
      for (const args of [
        ["company", "oracle"],
        ["deal", "nvidia-openai-10gw-loi"],
        ["changes", "--since", "2026-01-01"],
      ]) {
        const io = captureIo();
        expect(await main([...args, "--lang", lang, "--as-of", "2026-12-01"], io), io.err()).toBe(0);
        const lines = io.out().split("\n");
        // A source's address stays whole, beside its number or, past 100 columns, on a line of its own.
        const wide = lines.filter((line) => width(line) > 100 && !/^(\[\d+\] )?\S+:\/\/\S+$/.test(line));
        expect(wide, `${args[0]} ${lang}`).toEqual([]);
      }
  }, 120_000);

  // The deal page shows a deal's notes; the terminal once left them out. They read in the reader's
  // language, from the translation memory, under their own heading.
  it("deal: the deal's notes, in English and in Arabic", async () => {
    const notesOf = async (lang: string) => {
      const io = captureIo();
      const args = ["deal", "nvidia-openai-10gw-loi", "--lang", lang, "--as-of", "2026-12-01"];
      expect(await main(args, io), io.err()).toBe(0);
      return io.out().replace(/\s+/g, " ");
    };
    expect(await notesOf("en")).toContain(
      "Notes ───── Non-binding LOI: initial $10B at a definitive agreement, the rest tied to each GW deployed;",
    );
    expect(await notesOf("ar")).toContain(
      "ملاحظات ─────── خطاب نوايا غير ملزم: 10 مليارات دولار أولية عند توقيع اتفاق نهائي،",
    );
  }, 60_000);

  it("--json prints the report objects", async () => {
    const company = JSON.parse(await run(["company", "beta", "--json"]));
    expect(company.entity.id).toBe("beta");
    const changes = JSON.parse(await run(["changes", "--since", "2025-01-01", "--json"]));
    expect(changes.count).toBeGreaterThan(0);
  });
});
