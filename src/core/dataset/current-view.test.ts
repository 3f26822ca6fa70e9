import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandFlows } from "../flows/expand.ts";
import type { Deal } from "../model/deal.ts";
import type { Figure } from "../model/figure.ts";
import { currentView, figureInForce, tierAsOf } from "./current-view.ts";

const S = ["s"];

function deal(
  id: string,
  statuses: [Deal["status"][number]["status"], string][],
  extra: Partial<Deal> = {},
): Deal {
  return {
    id,
    title: { en: id, ar: "صفقة" },
    type: "equity-investment",
    announced: statuses[0]?.[1] ?? "2025-01-01",
    status: statuses.map(([status, date]) => ({ status, date })),
    parties: [{ entity: "a", role: "investor" }],
    flows: [
      {
        kind: "cash",
        from: "a",
        to: "b",
        unit: "USD",
        conditional: false,
        announced: { value: 100, sources: S },
      },
    ],
    sources: S,
    ...extra,
  };
}

describe("currentView — replacements", () => {
  const loi = deal("loi", [["loi", "2025-01-10"]]);
  const equity = deal("equity", [["signed", "2025-06-01"]], {
    links: [{ type: "replaces", deal: "loi" }],
  });

  it("a replaced deal counts until its replacement's date and not after", () => {
    const before = currentView([loi, equity], "2025-05-31");
    expect(before.byId.get("loi")?.standing).toBe("announced");
    expect(before.byId.has("equity")).toBe(false);
    const after = currentView([loi, equity], "2025-06-01");
    expect(after.byId.get("loi")?.standing).toBe("replaced");
    expect(after.byId.get("loi")?.replacedBy).toEqual({ by: "equity", from: "2025-06-01" });
    expect(after.byId.get("equity")?.standing).toBe("binding");
  });

  it("a terminated replacement does not replace", () => {
    const dropped = deal(
      "equity",
      [
        ["signed", "2025-06-01"],
        ["terminated", "2025-07-01"],
      ],
      {
        links: [{ type: "replaces", deal: "loi" }],
      },
    );
    expect(currentView([loi, dropped], "2025-08-01").byId.get("loi")?.standing).toBe("announced");
  });

  it("flows leave the replaced deal out on the announced and committed bases, keep what it paid", () => {
    const paidLoi = deal("loi", [["signed", "2025-01-10"]]);
    (paidLoi.flows[0] as Deal["flows"][number]).paid = { value: 7, asOf: "2025-03-01", sources: S };
    for (const basis of ["announced", "committed"] as const) {
      const result = expandFlows({ deals: [paidLoi, equity] }, { basis, asOf: "2025-12-31" });
      expect(result.rows.map((r) => r.deal)).not.toContain("loi");
      expect(result.excluded.find((e) => e.deal === "loi")).toMatchObject({
        reason: "replaced",
        replacedBy: { by: "equity", from: "2025-06-01" },
      });
    }
    const paid = expandFlows({ deals: [paidLoi, equity] }, { basis: "paid", asOf: "2025-12-31" });
    expect(paid.total.value).toBe(7);
  });
});

describe("currentView — certainty tiers", () => {
  it("reads the tier of the last status that is not a revision", () => {
    const d = deal("d", [
      ["talks", "2025-01-01"],
      ["revised", "2025-02-01"],
      ["signed", "2025-03-01"],
      ["revised", "2025-04-01"],
    ]);
    expect(tierAsOf(d, "2025-01-15")).toBe("reported");
    expect(tierAsOf(d, "2025-02-15")).toBe("reported");
    expect(tierAsOf(d, "2025-03-15")).toBe("binding");
    expect(tierAsOf(d, "2025-04-15")).toBe("binding");
    expect(tierAsOf(deal("m", [["mou", "2025-01-01"]]), "2025-02-01")).toBe("announced");
  });

  it("press-only deals stay out of the announced totals unless asked for", () => {
    const talks = deal("talks", [["talks", "2025-01-01"]]);
    const signed = deal("signed", [["signed", "2025-01-01"]]);
    const byDefault = expandFlows({ deals: [talks, signed] }, { basis: "announced", asOf: "2025-12-31" });
    expect(byDefault.total.value).toBe(100);
    expect(byDefault.excluded).toMatchObject([{ deal: "talks", reason: "reported-only" }]);
    const all = expandFlows(
      { deals: [talks, signed] },
      { basis: "announced", asOf: "2025-12-31", includeReported: true },
    );
    expect(all.total.value).toBe(200);
    expect(all.rows.find((r) => r.deal === "talks")?.tier).toBe("reported");
  });

  it("marks rows whose figure is an estimate", () => {
    const est = deal("est", [["loi", "2025-01-01"]]);
    (est.flows[0] as Deal["flows"][number]).announced = { high: 500, estimate: true, sources: S };
    const rows = expandFlows({ deals: [est] }, { basis: "announced", asOf: "2025-12-31" }).rows;
    expect(rows.map((r) => r.estimate)).toEqual([true]);
  });
});

describe("figureInForce — dated revisions", () => {
  const revised: Figure = {
    high: 105,
    asOf: "2026-08-17",
    sources: S,
    alternatives: [
      { value: 250, asOf: "2026-07-27", sources: S },
      { high: 120, asOf: "2026-08-14", sources: S },
      { value: 999, sources: S, note: "an undated conflicting report, never a revision" },
    ],
  };

  it("takes the latest reading dated on or before the as-of date", () => {
    expect(figureInForce(revised, "2026-07-30").value).toBe(250);
    expect(figureInForce(revised, "2026-08-15").high).toBe(120);
    expect(figureInForce(revised, "2026-08-17").high).toBe(105);
    expect(figureInForce(revised, "2026-07-01").high).toBe(105);
  });

  it("keeps the other readings beside the one in force", () => {
    const early = figureInForce(revised, "2026-07-30");
    expect(early.alternatives?.map((a) => a.value ?? a.high)).toEqual([105, 120, 999]);
  });

  it("an undated figure is the current reading", () => {
    const undated: Figure = {
      value: 1,
      sources: S,
      alternatives: [{ value: 2, asOf: "2020-01-01", sources: S }],
    };
    expect(figureInForce(undated, "2030-01-01")).toBe(undated);
  });

  it("property: the reading in force is one of the figure's readings, and none later than the date is chosen over an earlier one", () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: 0, max: 1000 }), asOf: day }), {
          minLength: 1,
          maxLength: 5,
        }),
        day,
        (readings, asOf) => {
          const [first, ...rest] = readings as [
            { value: number; asOf: string },
            ...{ value: number; asOf: string }[],
          ];
          const figure: Figure = {
            ...first,
            sources: S,
            alternatives: rest.map((r) => ({ ...r, sources: S })),
          };
          const chosen = figureInForce(figure, asOf);
          expect(readings.some((r) => r.value === chosen.value && r.asOf === chosen.asOf)).toBe(true);
          const dated = readings.filter((r) => r.asOf <= asOf);
          if (first.asOf <= asOf || dated.length === 0) expect(chosen.asOf).toBe(first.asOf);
          else
            expect(chosen.asOf).toBe(
              dated
                .map((r) => r.asOf)
                .sort()
                .at(-1),
            );
        },
      ),
      { numRuns: 300 },
    );
  });
});
