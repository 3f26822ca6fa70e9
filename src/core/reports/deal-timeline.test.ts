import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSheetsFixture } from "../../testing/sheets-fixture.ts";
import { BASES, expandFlows } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { dealTimeline } from "./deal-timeline.ts";

let data: Dataset;
beforeAll(async () => {
  data = (await loadSheetsFixture()).dataset;
});

const count = (id: string, asOf: string, basis: (typeof BASES)[number]) => {
  const report = dealTimeline(data, id, { asOf });
  const flows = report?.counts.find((c) => c.basis === basis)?.flows ?? [];
  return flows[0];
};

describe("dealTimeline", () => {
  it("a purchase funded by a replaced deal names the replacement (its financing as announced is gone)", () => {
    // The LOI funds the lease; the round replaced the LOI on 2025-06-01 (OpenAI's 10 GW of Nvidia
    // systems and the $100B LOI, on the bundled data). Before the round, the link is plain.
    const deals = data.deals.map((d) =>
      d.id === "loi-ab"
        ? { ...d, links: [...(d.links ?? []), { type: "funds" as const, deal: "lease-bc" }] }
        : d,
    );
    const link = (asOf: string) =>
      dealTimeline({ ...data, deals }, "lease-bc", { asOf })?.links.find((l) => l.deal === "loi-ab");
    expect(link("2025-12-31")).toMatchObject({
      direction: "in",
      type: "funds",
      replacedBy: { by: "equity-ab", from: "2025-06-01" },
    });
    expect(link("2025-03-01")?.replacedBy).toBeNull();
  });

  it("is undefined for an unknown deal", () => {
    expect(dealTimeline(data, "nope", { asOf: "2025-12-31" })).toBeUndefined();
  });

  it("a replaced LOI: its events, its replacement seen from it, nothing committed", () => {
    const report = dealTimeline(data, "loi-ab", { asOf: "2025-12-31" });
    expect(report?.events.map((e) => [e.date, e.status, e.after])).toEqual([
      ["2025-01-10", "loi", false],
      ["2025-06-01", "revised", false],
    ]);
    expect(report?.status).toBe("revised");
    expect(report?.binding).toBe(false);
    expect(report?.links).toEqual([
      {
        direction: "in",
        type: "replaces",
        deal: "equity-ab",
        title: { en: "Alpha puts 30 into Beta", ar: "ألفا تضخ 30 في بيتا" },
        date: "2025-06-01",
        note: "the round replaces the LOI",
        replacedBy: null,
      },
    ]);
    // An LOI's conditional tranche is never a commitment, whatever else excludes it.
    const committed = count("loi-ab", "2025-12-31", "committed");
    expect(committed?.counted).toBeNull();
    expect(committed?.excluded.length).toBeGreaterThan(0);
    // On the announced basis the 100 is either counted or left out with a reason: never lost.
    const announced = count("loi-ab", "2025-12-31", "announced");
    const seen =
      (announced?.counted?.value ?? 0) + (announced?.excluded ?? []).reduce((s, e) => s + e.amount.value, 0);
    expect(seen).toBe(100);
    expect(count("loi-ab", "2025-12-31", "paid")?.why).toBe("no-figure");
  });

  it("the replacing deal names what it replaces", () => {
    const report = dealTimeline(data, "equity-ab", { asOf: "2025-12-31" });
    expect(report?.links.map((l) => [l.direction, l.type, l.deal, l.date])).toEqual([
      ["out", "replaces", "loi-ab", "2025-01-10"],
    ]);
    expect(count("equity-ab", "2025-12-31", "committed")?.counted?.value).toBe(30);
  });

  it("a terminated deal counts until its termination, then is excluded as terminated", () => {
    expect(count("supply-ca", "2025-09-30", "committed")?.counted?.value).toBe(20);
    const after = count("supply-ca", "2025-10-01", "committed");
    expect(after?.counted).toBeNull();
    expect(after?.excluded.map((e) => [e.reason, e.amount.value])).toEqual([["terminated", 20]]);
  });

  it("a revised deal keeps its history; events after the as-of date are marked", () => {
    const report = dealTimeline(data, "rev-db", { asOf: "2025-05-01" });
    expect(report?.status).toBe("signed");
    expect(report?.latestStatus).toBe("revised");
    expect(report?.events.map((e) => e.after)).toEqual([false, true]);
  });

  it("a deal not yet reported on the date: nothing counted, and why", () => {
    expect(count("rumor-cd", "2025-10-31", "announced")?.why).toBe("not-reported");
  });

  it("figures carry ranges, quotes and the other sources' figures; sources are numbered once", () => {
    const loi = dealTimeline(data, "loi-ab", { asOf: "2025-12-31" });
    expect(loi?.figures[0]).toMatchObject({
      layer: "announced",
      range: true,
      quote: "up to 100",
      conditional: true,
    });
    const lease = dealTimeline(data, "lease-bc", { asOf: "2025-12-31" });
    expect(lease?.figures[0]?.alternatives.map((a) => [a.amount.value, a.sources])).toEqual([[60, ["s5"]]]);
    expect(lease?.sources.map((s) => [s.n, s.id])).toEqual([
      [1, "s3"],
      [2, "s5"],
    ]);
    expect(count("lease-bc", "2025-12-31", "committed")?.years.map((y) => [y.year, y.amount.value])).toEqual([
      [2025, 25],
      [2026, 25],
    ]);
  });

  it("property: what the timelines count adds up to the flows engine's total, on every basis and date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.constantFrom(...BASES), (day, basis) => {
        const asOf = new Date(Date.UTC(2024, 11, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const total = expandFlows(data, { basis, asOf }).total.value;
        const counted = data.deals
          .map(
            (d) =>
              dealTimeline(data, d.id, { asOf })?.counts.find((c) => c.basis === basis)?.counted.value ?? 0,
          )
          .reduce((a, b) => a + b, 0);
        expect(counted).toBeCloseTo(total, 9);
        // Every flow is counted, excluded with a reason, or says why not: never silent.
        for (const d of data.deals) {
          for (const f of dealTimeline(data, d.id, { asOf })?.counts.find((c) => c.basis === basis)?.flows ??
            []) {
            expect(f.counted !== null || f.excluded.length > 0 || f.why !== null).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("a term contract with no period reads 'from its year, years unknown', as the flows report keeps it apart", async () => {
    // On the tiny data the chips LOI (chip-supply, no period) was shown as all in 2025.
    const { loadTiny } = await import("../../testing/tiny.ts");
    const { countLines, COUNTS_TABLE } = await import("./deal-layout.ts");
    const tiny = await loadTiny();
    const report = dealTimeline(tiny, "cloud-buys-chips", { asOf: "2026-01-01" });
    const announced = report?.counts.find((c) => c.basis === "announced")?.flows[0];
    expect(announced).toMatchObject({ years: [], undatedFrom: 2025, counted: { value: 40 } });
    const line = countLines(report as NonNullable<typeof report>).find((l) => l.basis === "announced");
    const years = COUNTS_TABLE.columns.find((c) => c.id === "years");
    expect(years?.value(line as NonNullable<typeof line>)).toEqual({
      key: "report.sheet.deal.yearsUnknown",
      values: { first: { value: 2025, unit: "year" } },
    });
    // An equity investment spread over its period keeps its years.
    const spread = dealTimeline(tiny, "chips-invests-in-lab", { asOf: "2026-01-01" });
    const equity = spread?.counts.find((c) => c.basis === "announced")?.flows[0];
    expect(equity?.undatedFrom).toBeNull();
    expect(equity?.years.map((y) => y.year)).toEqual([2025, 2026]);
  });
});
