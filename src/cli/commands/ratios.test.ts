/** `halqa ratios`: the formulas are message keys in the JSON and words in each language on the terminal. */
import { beforeAll, describe, expect, it } from "vitest";
import { ratiosReport } from "../../core/reports/ratios-report.ts";
import { hasMessage, message } from "../../i18n/message.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { RatiosReport } from "../../schema/reports/ratios.ts";
import { captureIo } from "../../testing/capture-io.ts";
import { ratiosCommand } from "./ratios.ts";

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

describe("halqa ratios", () => {
  it("gives each formula as a key of the catalogue, in English and Arabic, and the schema accepts it", () => {
    const report = ratiosReport(dataset, { asOf: "2026-06-30" });
    expect(RatiosReport.safeParse(report).success).toBe(true);
    expect(report.ratios.length).toBeGreaterThan(0);
    for (const r of report.ratios)
      for (const lang of ["en", "ar"] as const) {
        expect(hasMessage(lang, r.formula)).toBe(true);
        if (r.note) expect(hasMessage(lang, r.note.key), r.note.key).toBe(true);
      }
    // Notes carry a key, ids and raw numbers, never words: the faces phrase them.
    expect(report.ratios.filter((r) => r.note).length).toBeGreaterThan(1);
  });

  it("keeps Nvidia's guarantees apart from its direct financing, and names OpenAI's estimated payments", () => {
    const { ratios } = ratiosReport(dataset, { asOf: "2026-12-07" });
    const byId = new Map(ratios.map((r) => [r.id, r]));
    const direct = byId.get("nvidia-deal-financing-to-revenue");
    const contingent = byId.get("nvidia-contingent-to-revenue");
    // $50.7B and $111.3B of FY2025's $130.5B; the one ratio was 1.24× before.
    expect(direct?.value).toBeCloseTo(50.68 / 130.5, 3);
    expect(direct?.inputs[0]?.from).not.toContain("nvidia-openai-ohio-guarantee");
    expect(contingent?.value).toBeCloseTo(111.3 / 130.5, 3);
    expect(contingent?.inputs[0]?.from).toContain("nvidia-openai-ohio-guarantee");
    const openai = byId.get("openai-commitments-to-revenue");
    const estimated = openai?.inputs.find((i) => i.label.key === "report.ratios.input.openaiEstimated");
    expect(estimated?.from).toContain("openai-nvidia-10gw-systems");
    expect(estimated?.value).toBeGreaterThanOrEqual(500e9);
    // Dollars per GW: an analyst's estimate is not a price the deal states, so it is named, not in the median.
    const perGw = byId.get("usd-per-gw");
    expect(perGw?.inputs.map((i) => i.from)).not.toContain("deals:openai-nvidia-10gw-systems");
    expect(perGw?.notes?.map((n) => n.values.deal)).toContain("openai-nvidia-10gw-systems");
  });

  it.each(["en", "ar"] as const)("prints the formulas in %s", (lang) => {
    const io = captureIo();
    expect(ratiosCommand(dataset, { lang, json: false, asOf: "2026-06-30" }, io)).toBe(0);
    const report = ratiosReport(dataset, { asOf: "2026-06-30" });
    for (const r of report.ratios) {
      expect(io.out()).toContain(message(lang, r.formula as Parameters<typeof message>[1]));
      expect(io.out()).not.toContain(r.formula);
    }
  });

  it("gives each input's label and each missing input as a key of the catalogue, in English and Arabic", () => {
    const report = ratiosReport(dataset, { asOf: "2026-06-30" });
    const texts = report.ratios.flatMap((r) => [
      ...r.inputs.map((i) => i.label),
      ...r.published.map((i) => i.label),
      ...r.missing,
    ]);
    expect(report.ratios.some((r) => r.missing.length > 0)).toBe(true);
    for (const t of texts) {
      expect(t.key).toMatch(/^report\.ratios\.(input|missingInput)\./);
      for (const lang of ["en", "ar"] as const)
        expect(hasMessage(lang, t.key), `${lang} ${t.key}`).toBe(true);
    }
  });

  it.each(["en", "ar"] as const)("names the records an input is read from, never by id, in %s", (lang) => {
    const io = captureIo();
    ratiosCommand(dataset, { lang, json: false, asOf: "2026-06-30" }, io);
    const report = ratiosReport(dataset, { asOf: "2026-06-30" });
    const refs = report.ratios.flatMap((r) => [...r.inputs, ...r.published].map((i) => i.from));
    expect(refs.some((ref) => ref.startsWith("financials:"))).toBe(true);
    expect(refs.some((ref) => ref.startsWith("deals:"))).toBe(true);
    expect(io.out()).not.toMatch(/\b(deals|financials|parameters|indicators):[a-z0-9]/);
    for (const ref of refs) expect(io.out()).not.toContain(ref);
    // A deal id inside an input's label is its title too.
    expect(io.out()).not.toContain("oracle-michigan-campus-financing");
  });

  it("writes no English words in Arabic, outside isolated outlets and data labels", () => {
    const io = captureIo();
    ratiosCommand(dataset, { lang: "ar", json: false, asOf: "2026-06-30" }, io);
    // Drop what stays Latin on purpose: the sources' outlets in brackets at the end of a line, then a
    // figure's own label from the data (English only) in parentheses after the figure's name.
    const words = io
      .out()
      .split("\n")
      .map((line) =>
        line
          .replace(/[\u2066-\u2069]/g, "")
          .replace(/ \[.*\]$/, "")
          .replace(/ \([A-Za-z][^)]*\)$/, ""),
      )
      .join("\n");
    expect(words).not.toMatch(/[A-Za-z]{2,}/);
    for (const english of ["revenue", "share of", "contracted backlog", "Tunguz", "Oracle RPO"])
      expect(words).not.toContain(english);
  });

  it.each(["en", "ar"] as const)(
    "reads CoreWeave's backlog against its reported figure in %s, the gap and shares beside",
    (lang) => {
      const report = ratiosReport(dataset, { asOf: "2026-06-30" });
      const notes = report.ratios.find((r) => r.id === "coreweave-customer-concentration")?.notes ?? [];
      const head = notes[0];
      expect(head?.key).toBe("report.ratios.note.reportedBacklog");
      const { reported = 0, inDeals = 0, gap = 0 } = (head?.values ?? {}) as Record<string, number>;
      expect(inDeals + gap).toBeCloseTo(reported, 0);
      const shares = notes.filter((n) => n.key === "report.ratios.note.reportedBacklogShare");
      const sum = shares.reduce((s, n) => s + (n.values.share as number), 0);
      expect(sum).toBeCloseTo(inDeals / reported, 6);
      for (const n of notes) expect(hasMessage(lang, n.key), n.key).toBe(true);
      const io = captureIo();
      ratiosCommand(dataset, { lang, json: false, asOf: "2026-06-30" }, io);
      expect(io.out()).toContain(
        lang === "en" ? "reported backlog of $55.6B" : "55.6 مليار دولار (الربع الثالث 2025)",
      );
      expect(io.out()).toContain(lang === "en" ? "Microsoft" : "مايكروسوفت");
    },
  );
});
