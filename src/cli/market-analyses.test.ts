/** `halqa economics`, `tracker` and `market` end to end on the bundled data, in English and Arabic. */
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { captureIo } from "../testing/capture-io.ts";
import { tempDataset } from "../testing/temp-dataset.ts";
import { main } from "./main.ts";

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe("halqa economics", () => {
  it("shows each analysis with its published figure and sources, in English and Arabic", async () => {
    const en = await run(["economics"]);
    expect(en.code).toBe(0);
    for (const text of [
      "$650.2B",
      "reproduced",
      "$819.2B",
      "differs",
      "jpmorgan-target-return",
      "Morgan Stanley 2025-07",
    ])
      expect(en.out).toContain(text);
    const ar = await run(["economics", "--lang", "ar"]);
    expect(ar.code).toBe(0);
    expect(ar.out).toContain("مطابق");
    expect(ar.out).toContain("سنوات");
  });

  it("takes --set with suffixes, and rejects unknown keys (exit 2) and bad values", async () => {
    const json = JSON.parse(
      (await run(["economics", "--json", "--set", "bain-dc-capex-per-year-2030=600B"])).out,
    );
    const bain = json.analyses.find((a: { id: string }) => a.id === "bain-revenue-needed");
    expect(bain.outputs[0].value).toBeCloseTo(2.4e12, -6);
    expect(bain.inputs[0].dataValue).toBe(500e9);
    const unknown = await run(["economics", "--set", "magic=1"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no analysis reads "magic"');
    expect((await run(["economics", "--set", "jpmorgan-target-return=ten"])).code).toBe(2);
  });
});

describe("halqa tracker", () => {
  it("shows absent values as absent, the stage and the window", async () => {
    const r = await run(["tracker", "--as-of", "2026-11-21"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("absent");
    // The stage and how many signals it rests on are two columns of the layout's table (issue 13).
    expect(r.out).toMatch(/transitioning\s+│ 1\/3/);
    expect(r.out).toContain("2027-10-13");
    // What no source reports is said once, not as rows and columns of "absent" (issue 15).
    expect(r.out).toContain("Not reported by any source: Utilisation, Power-contract coverage.");
    expect(r.out).toMatch(/No source gives any signal for \d+ operators \(stage unknown\): xAI, /);
    expect(r.out).not.toMatch(/│ xAI /);
    const arAll = await run(["tracker", "--as-of", "2026-11-21", "--lang", "ar"]);
    expect(arAll.out).toContain("لا يذكرها أي مصدر: نسبة الاستغلال، تغطية عقود الطاقة.");
    // Table lines fit 100 columns in both languages (the isolates take no width).
    for (const out of [r.out, arAll.out])
      for (const line of out.split("\n").filter((l) => /^[┌│├└]/.test(l)))
        expect([...line.replace(/[\u2066-\u2069]/g, "")].length, line).toBeLessThanOrEqual(100);
    const ar = await run(["tracker", "--as-of", "2026-11-21", "--lang", "ar", "--entity", "openai"]);
    expect(ar.out).toContain("غير متاح");
    expect(ar.out).toContain("دائرية");
    const json = JSON.parse(
      (await run(["tracker", "--json", "--entity", "anthropic", "--as-of", "2026-11-21"])).out,
    );
    expect(json.operators[0].stage.stage).toBe("transitioning");
    expect(json.operators[0].latest.utilisation).toBeNull();
    expect((await run(["tracker", "--entity", "nobody"])).code).toBe(2);
  });

  it("exits 1 with file:line problems for a bad tracker.csv, and data validate lists them", async () => {
    const dir = await tempDataset({});
    await cp(BUNDLED_DATA_DIR, join(dir, "data"), { recursive: true });
    await writeFile(
      join(dir, "data", "tracker.csv"),
      "entity,period,signal,value,unit,source\nopenai,2024,usage-revenue-share,270,percent,seed-arabian-business-circular-economy\n",
    );
    const r = await run(["tracker", "--data", join(dir, "data")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("tracker.csv:2");
    expect(r.err).toContain("percent-over-100");
    const v = await run(["data", "validate", join(dir, "data")]);
    expect(v.code).toBe(1);
    expect(v.out).toContain("tracker.csv:2");
  });
});

describe("halqa market", () => {
  it("shows the concentration figures and the fund's share in the loop", async () => {
    const r = await run(["market", "--as-of", "2026-11-21"]);
    expect(r.code).toBe(0);
    for (const text of ["40%", "3.5%", "75%", "90%", "> 1%", "17.1%", "The Motley Fool 2025-01-03"])
      expect(r.out).toContain(text);
    const ar = await run(["market", "--as-of", "2026-11-21", "--lang", "ar"]);
    expect(ar.out).toContain("حصة الصندوق الواقعة في الحلقة");
  });

  it("takes the user's weights and exposures, and exits 1 on bad rows with their lines", async () => {
    const dir = await tempDataset({
      "w.csv": "entity,weight\nnvidia,10\napple,10\n",
      "e.csv": "entity,exposure\napple,50\n",
      "bad.csv": "entity,weight\nnvidia,ten\n",
    });
    const json = JSON.parse(
      (await run(["market", "--json", "--weights", join(dir, "w.csv"), "--exposure", join(dir, "e.csv")]))
        .out,
    );
    expect(json.fund.share).toBeCloseTo(0.1 + 0.05, 12);
    const bad = await run(["market", "--weights", join(dir, "bad.csv")]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("bad.csv:2");
    expect(bad.err).toContain("invalid-number");
    expect((await run(["market", "--measure", "vibes"])).code).toBe(2);
  });
});
