/**
 * `halqa power` as a reader sees it: every line within the terminal's 100 columns in English and Arabic
 * (with and without a delay), every column of every table with `--wide`, records by name and never by
 * id; and the power layout's composed cells (a campus of several sites, the GW counted elsewhere).
 */
import { describe, expect, it } from "vitest";
import type { PowerResult } from "../../core/power/balance.ts";
import type { CampusRow } from "../../core/power/by-owner.ts";
import { countedCampuses, powerLayout } from "../../core/reports/power-report.ts";
import { formatColumnValue } from "../../i18n/format-cell.ts";
import { LANGS } from "../../i18n/lang.ts";
import { messageOrKey } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import { captureIo } from "../../testing/capture-io.ts";
import { dataset, deal, site } from "../../testing/power-fixture.ts";
import { main } from "../main.ts";

async function power(...args: string[]): Promise<string> {
  const io = captureIo();
  const code = await main(["power", ...args, "--as-of", "2026-11-21"], io);
  expect(code, io.err()).toBe(0);
  return io.out();
}

/** Columns a line takes in a terminal: bidi isolates and marks take none, the hourglass two. */
function columns(line: string): number {
  const chars = [...line.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "")];
  return chars.length + chars.filter((c) => c === "⏳").length;
}

const widest = (text: string) => Math.max(...text.split("\n").map(columns));

// Each run loads the bundled dataset and prints six tables; on a shared machine that takes seconds.
describe("halqa power in the terminal", { timeout: 120_000 }, () => {
  it("says which chips deliveries are in no year, by name, in both languages, and --json lists them", async () => {
    // OpenAI's Nvidia (10 GW) and AMD (6 GW) orders start in H2 2026 with no end: they had all landed
    // in 2026, making its capacity 26.7 GW where the dated records give 12.2 GW.
    const en = await power();
    expect(en).toMatch(
      /Not in any year: Nvidia's 10 GW for OpenAI from 2026 and AMD's 6 GW for OpenAI from\s+2026\./,
    );
    const ar = await power("--lang", "ar");
    expect(ar).toContain("خارج السنوات كلها: 10 جيجاوات من إنفيديا إلى أوبن أيه آي بدءًا من 2026");
    const json = JSON.parse(await power("--json")) as PowerResult;
    expect(json.undated?.deliveries.map((d) => [d.deal, d.gw, d.startYear])).toEqual([
      ["openai-nvidia-10gw-systems", 10, 2026],
      ["openai-amd-6gw", 6, 2026],
    ]);
    expect(json.years.find((y) => y.year === 2026)?.capacityGw).toBeLessThan(15);
  });

  for (const lang of LANGS)
    it(`keeps every line within 100 columns in ${lang}, with a delay too, and --wide shows every column`, async () => {
      for (const args of [
        ["--delay-months", "12"],
        ["--entity", "openai", "--basis", "committed"],
      ]) {
        const text = await power(...args, "--lang", lang);
        expect(widest(text), `${lang} ${args.join(" ")}`).toBeLessThanOrEqual(100);
      }
      const wide = await power("--delay-months", "12", "--wide", "--lang", lang);
      expect(widest(wide)).toBeGreaterThan(100);
      // Each table's heading row in --wide holds every heading of its layout.
      for (const t of powerLayout("announced", true).tables)
        for (const c of t.columns)
          expect(wide, `${t.id} ${c.id}`).toContain(messageOrKey(lang, c.label).split(" ")[0]);
    });

  it("names sites, indicators, parameters and sources, never their ids", async () => {
    const text = await power("--wide");
    for (const id of [
      "sites:",
      "indicators:",
      "parameters:",
      "goldman-global-dc-power-demand-growth-2030",
      "power-utilisation-ai-dc",
      "latitude-media-utility-dive-cre360-ercot-large-loads",
      "meta-hyperion",
    ])
      expect(text).not.toContain(id);
    expect(text).toContain("Goldman Sachs");
    expect(text).toContain("Hyperion (Meta)");
    expect(text).toMatch(/Average utilisation of AI data-centre capacity \*/);
    // A figure reads in its unit, its range beside it, and the unit in words for the CSV.
    expect(text).toMatch(/│ 75% +│ percent +│ 73% – 77% +│/);
    // The price is money over its unit, never the unit's id ("80.6 USD-per-MWh" before).
    expect(text).toMatch(/│ \$80\.6\/MWh /);
    expect(text).not.toContain("USD-per-MWh");
  });
});

describe("the power layout's composed cells", () => {
  const data = dataset({
    sites: [
      site("north", { name: { en: "North", ar: "الشمال" } }),
      site("south", { name: { en: "South", ar: "الجنوب" } }),
    ],
    deals: [deal("big-contract", [{ kind: "compute", from: "a", to: "b", unit: "GW", value: 3 }])],
  });
  const row = (extra: Partial<CampusRow>): CampusRow => ({
    id: "x",
    sites: [],
    flows: [],
    rule: "site",
    layer: "campus",
    owner: "a",
    kinds: [],
    capacityGw: 1,
    capacityKnown: true,
    countedGw: 1,
    sameAs: [],
    securedGw: 0,
    powerKnown: false,
    delayed: false,
    sources: [],
    ...extra,
  });
  const campuses = [
    row({ id: "pair", sites: ["north", "south"], capacityGw: 2, countedGw: 2 }),
    row({
      id: "big-contract/f1",
      flows: ["big-contract/f1"],
      layer: "compute",
      rule: "deal",
      capacityGw: 3,
      countedGw: 0.5,
      sameAs: [
        { host: "pair", gw: 2 },
        { host: "gone", gw: 0.5 },
      ],
    }),
    row({ id: "empty", capacityGw: 0, countedGw: 0 }),
  ];
  const table = powerLayout("announced", false).tables.find((t) => t.id === "campuses");
  const cell = (lang: "en" | "ar", id: string, column: string) => {
    const c = table?.columns.find((x) => x.id === column);
    const r = countedCampuses({ campuses }).find((x) => x.id === id);
    if (!c || !r) throw new Error(`no ${id} ${column}`);
    return formatColumnValue(lang, c, r, recordNames(data, lang));
  };

  it("lists only campuses with some GW, a campus of two sites by both names, a deal by its title", () => {
    expect(countedCampuses({ campuses } as Pick<PowerResult, "campuses">).map((c) => c.id)).toEqual([
      "pair",
      "big-contract/f1",
    ]);
    expect(cell("en", "pair", "campus")).toBe("North + South");
    expect(cell("ar", "pair", "campus")).toBe("الشمال + الجنوب");
    expect(cell("en", "big-contract/f1", "campus")).toBe("big-contract");
  });

  it("says where a line's GW are already counted, each host by name, in the language's list", () => {
    expect(cell("en", "big-contract/f1", "sameAs")).toBe("2 GW in North + South; 0.5 GW in gone");
    expect(cell("ar", "big-contract/f1", "sameAs")).toBe("2 جيجاوات في الشمال + الجنوب؛ 0.5 جيجاوات في gone");
    expect(cell("en", "pair", "sameAs")).toBe("—");
  });
});
