/** The circularity commands end to end, in process: loops, circularity, exposure, ratios. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { captureIo } from "../testing/capture-io.ts";
import { tempDataset } from "../testing/temp-dataset.ts";
import { TINY_DIR } from "../testing/tiny.ts";
import { main } from "./main.ts";

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const TINY = ["--data", TINY_DIR, "--as-of", "2026-01-01"];
const GRAPHS = fileURLToPath(new URL("../io/fixtures/graphs/", import.meta.url));

describe("halqa loops", () => {
  it("prints the tiny ring with its deals, sources and flags", async () => {
    const r = await run(["loops", ...TINY]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("1 loop found.\n");
    expect(r.out).toContain("#1  Chips Inc → Lab → Cloud Co → Chips Inc");
    expect(r.out).toContain("bottleneck $40 · total $215");
    expect(r.out).toContain("rests on a non-binding deal");
    expect(r.out).toContain("[Press A 2025-01-10]");
  });

  it("names the outlets of the bundled data in Arabic, set apart by the Arabic semicolon", async () => {
    const r = await run(["loops", "--lang", "ar", "--limit", "200"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("موقع إخباري عربي غير مسمّى؛ ");
    expect(r.out).not.toContain("Unknown Arabic outlet");
  });

  it("counts loops, by length, as text and JSON", async () => {
    expect((await run(["loops", ...TINY, "--count", "--by-length"])).out).toBe("1\n3 steps: 1");
    const json = JSON.parse((await run(["loops", ...TINY, "--json"])).out);
    expect(json).toMatchObject({ basis: "announced", found: 1, truncated: false, byLength: { 3: 1 } });
    expect(json.loops[0].steps[0].deals[0].sources).toEqual(["press-a"]);
  });

  it("finds time-respecting loops within a window only", async () => {
    expect((await run(["loops", ...TINY, "--temporal", "--window", "111d", "--count"])).out).toBe("2");
    expect((await run(["loops", ...TINY, "--temporal", "--window", "110d", "--count"])).out).toBe("0");
  });

  it("reads a user's edge list with --graph, reporting self-loops apart", async () => {
    const r = await run(["loops", "--graph", `${GRAPHS}small.csv`, "--json"]);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ rows: 4, edges: 3, found: 1, selfLoopCount: 1 });
    expect(json.loops[0].steps.map((s: { edges: string[] }) => s.edges[0])).toEqual(["t1", "t2", "t3"]);
  });

  it.each([
    [["--graph", `${GRAPHS}bad-amount.csv`], 1, /graph-bad-amount/],
    [["--graph", `${GRAPHS}empty.csv`], 1, /graph-empty/],
    [["--graph", `${GRAPHS}missing-columns.csv`], 1, /graph-missing-columns/],
    [["--graph", "/nonexistent/edges.csv"], 1, /file-missing/],
    [["--window", "soon", "--temporal"], 2, /--window must be a duration/],
    [["--max-length", "0"], 2, /--max-length must be a positive whole number/],
    [["--by-length"], 2, /--by-length goes with --count/],
    [["--types", "gift"], 2, /--types must be one of/],
    [["--min-amount", "-5"], 2, /--min-amount must be a non-negative number/],
  ])("rejects %j with exit %i and a clear message", async (args, code, message) => {
    const r = await run(["loops", ...TINY, ...args]);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("refuses --temporal on a graph without timestamps", async () => {
    const dir = await tempDataset({ "e.csv": "src,dst,amount\na,b,1\nb,a,2\n" });
    const r = await run(["loops", "--graph", `${dir}/e.csv`, "--temporal"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("has no ts column");
  });
});

describe("halqa circularity", () => {
  it("reports each entity's own money coming back and the multiplier", async () => {
    const json = JSON.parse((await run(["circularity", ...TINY, "--json"])).out);
    // Ring chips → lab 100 → cloud 75 → chips 40: chips injects 60, lab leaks 25, cloud leaks 35.
    expect(json.totalFlow).toBe(215);
    expect(json.outsideTotal).toBe(60);
    expect(json.multiplier).toBeCloseTo(215 / 60, 12);
    const chips = json.nodes.find((n: { id: string }) => n.id === "chips");
    expect(chips.selfShare).toBeCloseTo(0.4, 12);
    expect(chips.outsideShare).toBeCloseTo(0.6, 12);
  });

  it("leads with own money back along the loop, and lists the chains behind each origin", async () => {
    const json = JSON.parse((await run(["circularity", ...TINY, "--json"])).out);
    // One loop: ρ = (100/100)·(75/100)·(40/75) = 0.4 of each entity's throughput comes back round it.
    expect(json.loopSearch).toEqual({ cycles: 1, maxLength: 8, complete: true });
    const chips = json.nodes.find((n: { id: string }) => n.id === "chips");
    expect(chips.loops.share).toBeCloseTo(0.4, 12);
    expect(chips.loops.top[0].path).toEqual(["chips", "lab", "cloud"]);
    expect(chips.loops.top[0].bottleneck).toBe(40);
    const cloud = json.nodes.find((n: { id: string }) => n.id === "cloud");
    expect(cloud.origins[0].paths[0]).toMatchObject({ path: ["chips", "lab", "cloud"], amount: 45 });
    // Prose wraps at 100 columns (src/cli/prose.ts): the sentence is read with its line breaks as spaces.
    const text = (await run(["circularity", ...TINY, "--entity", "cloud"])).out.replace(/\n/g, " ");
    expect(text).toContain("Own money back along loops 40% ($30)");
    expect(text).toContain("Cloud Co → Chips Inc → Lab → Cloud Co");
    expect(text).toContain("Chips Inc → Lab → Cloud Co");
    // Each step of the loop names the deal behind it, so the loop can be checked against the data.
    expect(json.loopSteps).toContainEqual({
      from: "cloud",
      to: "chips",
      amount: 40,
      deals: [{ deal: "cloud-buys-chips", amount: 40 }],
    });
    expect(json.loopSteps).toHaveLength(3);
    expect(text).toContain("Cloud Co → Chips Inc $40: Cloud buys chips $40");
  });

  it("runs the null model with a seed, reproducibly", async () => {
    const a = JSON.parse(
      (await run(["circularity", ...TINY, "--json", "--null-model", "19", "--seed", "3"])).out,
    );
    const b = JSON.parse(
      (await run(["circularity", ...TINY, "--json", "--null-model", "19", "--seed", "3"])).out,
    );
    expect(a.nullModel).toEqual(b.nullModel);
    expect(a.nullModel.samples).toBe(19);
  });

  it("speaks Arabic", async () => {
    const out = (await run(["circularity", ...TINY, "--lang", "ar"])).out;
    expect(out).toContain("مضاعف الدوران");
    expect(out).toContain("أموال الجهة العائدة إليها عبر الحلقات");
    // The narrow table wraps a loop onto lines; --wide prints it on one.
    const wide = (await run(["circularity", ...TINY, "--lang", "ar", "--wide"])).out;
    expect(wide).toContain("شركة الرقائق ← المختبر ← شركة السحابة");
    const tableLines = out.split("\n").filter((line) => /^[┌│├└]/.test(line));
    expect(tableLines.length).toBeGreaterThan(0);
    for (const line of tableLines)
      expect([...line.replace(/[\u2066-\u2069]/g, "")].length).toBeLessThanOrEqual(100);
  });
});

describe("halqa exposure and ratios", () => {
  it("shows one entity's counterparties and rank", async () => {
    const r = await run(["exposure", "lab", ...TINY, "--json"]);
    const json = JSON.parse(r.out);
    expect(json.customers.counterparties.map((c: { id: string }) => c.id)).toEqual(["chips"]);
    expect(json.suppliers.counterparties[0]).toMatchObject({ id: "cloud", amount: 75, share: 1 });
    expect(json.rank.pageRankRank).toBeGreaterThan(0);
  });

  it("gives shares of REPORTED revenue per year, says when revenue is unknown, and --json is only the exposure", async () => {
    const lab = await run(["exposure", "lab", ...TINY]);
    // The tiny lab reported revenue of $10 in 2025 and sold nothing in the dataset: all of it is outside.
    expect(lab.out).toContain("Reported revenue $10");
    expect(lab.out).toMatch(/Outside the dataset[^\n]*\$10[^\n]*100%/);
    const chips = await run(["exposure", "chips", ...TINY, "--year", "2025"]);
    expect(chips.out).toContain("Reported revenue unknown for this year");
    const ar = await run(["exposure", "lab", ...TINY, "--lang", "ar"]);
    expect(ar.out).toContain("الإيرادات المُفصح عنها");
    expect(ar.out).toContain("خارج قاعدة البيانات");
    const json = JSON.parse((await run(["exposure", "chips", ...TINY, "--json"])).out);
    expect(json).not.toHaveProperty("dataset");
    expect(json).not.toHaveProperty("lang");
    expect(json.revenue.years[0]).toMatchObject({ period: "2025", status: "revenue-unknown", split: null });
    expect((await run(["exposure", "chips", ...TINY, "--year", "25"])).code).toBe(2);
  });

  it("names the years whose receipts bind nobody as a sentence does, with the last joined by and / و", async () => {
    const asOf = ["--as-of", "2026-06-30"];
    const en = (await run(["exposure", "nvidia", ...asOf])).out.replace(/\s+/g, " ");
    expect(en).toContain("rest on deals that bind nobody yet");
    expect(en).toMatch(/in FY2026 and \$500B in FY2027/);
    const ar = (await run(["exposure", "nvidia", ...asOf, "--lang", "ar"])).out.replace(/\s+/g, " ");
    expect(ar).toMatch(/2026 و500 مليار دولار في السنة المالية 2027/);
    // Under who pays it: the part on deals that bind nobody, with whom, and the HHI without it.
    expect(en).toMatch(
      /rest on deals that bind nobody yet \(\$500B with OpenAI[^)]*\); on the binding flows alone the HHI is 0\.\d+/,
    );
    expect(ar).toContain("وعلى التدفقات الملزمة وحدها يبلغ مؤشر هيرفندال-هيرشمان");
    // The calendar years a fiscal year covers, and the investees, are prose too.
    expect(en).toMatch(/The period covers [\d.]+% of 2021 and [\d.]+% of 2022/);
    expect(ar).toMatch(/تغطي الفترة [\d.]+% من 2021 و[\d.]+% من 2022/);
    // Money from its investees says how much of it rests on deals that bind nobody (the 10 GW LOI).
    expect(en).toMatch(
      /from CoreWeave, OpenAI and Valor Compute Infrastructure; of which \$500B rest on deals/,
    );
    expect(ar).toMatch(/منها 500 مليار دولار تستند إلى صفقات لا تُلزم أحدًا بعد/);
  });

  it("ranks all entities, and refuses an unknown id", async () => {
    expect((await run(["exposure", "--rank", ...TINY])).out).toContain("PageRank");
    const bad = await run(["exposure", "labb", ...TINY]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown entity "labb"');
    expect((await run(["exposure", ...TINY])).code).toBe(2);
  });

  it("lists the ratios with what is missing on a dataset that lacks their inputs", async () => {
    const json = JSON.parse((await run(["ratios", ...TINY, "--json"])).out);
    const oracle = json.ratios.find((r: { id: string }) => r.id === "oracle-rpo-to-fcf");
    expect(oracle.value).toBeNull();
    // What is missing is a message key each face phrases ("Oracle RPO", "Oracle annual free cash flow").
    expect(oracle.missing.map((m: { key: string }) => m.key)).toEqual([
      "report.ratios.missingInput.oracleRpo",
      "report.ratios.missingInput.oracleFcf",
    ]);
  });
});
