/**
 * `halqa flows` prints its tables from the flows layout: headings in both languages, long titles cut
 * to the layout's widths unless --wide, the same numbers as --json.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { flowsLayout } from "../../core/reports/flows-report.ts";
import { hasMessage } from "../../i18n/message.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { captureIo } from "../../testing/capture-io.ts";
import { type FlowsOptions, flowsCommand } from "./flows.ts";

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

function flows(options: Partial<FlowsOptions>): string {
  const io = captureIo();
  const base: FlowsOptions = { lang: "en", json: false, asOf: "2026-06-30", basis: "committed", unit: "USD" };
  expect(flowsCommand(dataset, { ...base, ...options }, io)).toBe(0);
  return io.out();
}

const tableLines = (text: string) => text.split("\n").filter((line) => /^[┌│├└]/.test(line));
const widest = (lines: string[]) => Math.max(...lines.map((line) => [...line].length));

describe("halqa flows from its layout", () => {
  it("has every heading of its layout in English and Arabic", () => {
    for (const unit of ["USD", "GW"] as const) {
      const layout = flowsLayout(unit);
      const keys = layout.tables.flatMap((t) => [t.title, ...t.columns.map((c) => c.label)]);
      for (const lang of ["en", "ar"] as const)
        expect(
          keys.filter((k) => !hasMessage(lang, k)),
          lang,
        ).toEqual([]);
    }
  });

  it.each(["en", "ar"] as const)("prints the headings of the layout in %s", (lang) => {
    const text = flows({ lang, fromYear: 2026, toYear: 2026 });
    const heading =
      lang === "en" ? ["Year", "Deal", "From", "To", "Amount"] : ["السنة", "الصفقة", "من", "إلى", "المبلغ"];
    for (const word of heading) expect(text).toContain(`│ ${word}`);
  });

  it("cuts long titles with … in the narrow table and prints them whole with --wide", () => {
    const narrow = flows({ fromYear: 2026, toYear: 2026 });
    const wide = flows({ fromYear: 2026, toYear: 2026, wide: true });
    expect(narrow).toContain("…");
    expect(widest(tableLines(wide))).toBeGreaterThan(widest(tableLines(narrow)));
    // A whole title of the year is in the wide table and not in the narrow one.
    const titles = dataset.deals.map((d) => d.title.en).filter((t) => t.length > 30 && wide.includes(t));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(narrow).not.toContain(t);
  });

  it("keeps the total of --json in its headline line", () => {
    const json = JSON.parse(flows({ json: true, fromYear: 2026, toYear: 2026 }));
    const text = flows({ fromYear: 2026, toYear: 2026 });
    expect(text).toContain(`${json.rows.length} flows, `);
    expect(json.total.value).toBeGreaterThan(0);
  });

  it("keeps a term contract with no end date out of every year and shows it apart", () => {
    // OpenAI's 10 GW of Nvidia systems: ~$500B (an estimate) from H2 2026, no end, no schedule. It
    // had all landed in 2026.
    const options = { json: true, basis: "announced" as const, asOf: "2026-12-07" };
    const json = JSON.parse(flows(options));
    const deal = "openai-nvidia-10gw-systems";
    expect(json.rows.filter((r: { deal: string }) => r.deal === deal)).toEqual([]);
    const apart = json.undated.filter((r: { deal: string }) => r.deal === deal);
    expect(apart).toHaveLength(1);
    expect(apart[0]).toMatchObject({ notBefore: 2026, estimate: true, amount: { value: 500e9 } });
    const sum = (xs: { amount: { value: number } }[]) => xs.reduce((s, x) => s + x.amount.value, 0);
    expect(sum(json.byYear)).toBeCloseTo(json.total.value, -3);
    expect(json.undatedTotal.value).toBeCloseTo(sum(json.undated), -3);
    // A one-off transaction keeps its date: Nvidia's $30B of equity in OpenAI's 2026 round.
    expect(
      json.rows.some((r: { deal: string; year: number }) => r.deal === "nvidia-openai-30b-equity-2026"),
    ).toBe(true);
    // A window before its start leaves it out; one after its start lists it, still in no year.
    expect(
      JSON.parse(flows({ ...options, toYear: 2025 })).undated.map((r: { deal: string }) => r.deal),
    ).not.toContain(deal);
    const late = JSON.parse(flows({ ...options, fromYear: 2028, toYear: 2028 }));
    expect(late.undated.map((r: { deal: string }) => r.deal)).toContain(deal);
    for (const lang of ["en", "ar"] as const) {
      const text = flows({ ...options, json: false, lang });
      expect(text).toContain(lang === "en" ? "Not in any year: " : "خارج كل السنوات: ");
    }
  });
});
