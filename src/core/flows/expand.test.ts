import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dealsArb } from "../../testing/arbitrary.ts";
import { amountOf } from "../dataset/figures.ts";
import type { Deal } from "../model/deal.ts";
import { BASES, type Basis, expandFlows, layerFigure } from "./expand.ts";
import { overlapGraph } from "./overlaps.ts";

const AS_OF = "2030-12-31";
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function rowsByDealFlow(deals: Deal[], basis: Basis) {
  const result = expandFlows({ deals }, { basis, asOf: AS_OF });
  const sums = new Map<string, number>();
  for (const row of result.rows) {
    const key = `${row.deal}#${row.flow}`;
    sums.set(key, (sums.get(key) ?? 0) + row.amount.value);
  }
  return { result, sums };
}

describe("expandFlows — properties on random deal sets", () => {
  it("yearly parts of every counted flow sum to the flow's amount, on each basis", () => {
    fc.assert(
      fc.property(dealsArb, (deals) => {
        for (const basis of BASES) {
          const { sums } = rowsByDealFlow(deals, basis);
          for (const deal of deals) {
            deal.flows.forEach((flow, i) => {
              const sum = sums.get(`${deal.id}#${i + 1}`);
              if (sum === undefined) return;
              const figure = layerFigure(flow, basis);
              expect(figure).toBeDefined();
              expect(close(sum, amountOf(figure as NonNullable<typeof figure>).value)).toBe(true);
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never counts two overlapping deals", () => {
    fc.assert(
      fc.property(dealsArb, (deals) => {
        const graph = overlapGraph(deals);
        for (const basis of BASES) {
          const counted = new Set(expandFlows({ deals }, { basis, asOf: AS_OF }).rows.map((r) => r.deal));
          for (const id of counted) {
            for (const other of graph.get(id) ?? []) expect(counted.has(other)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("excludes conditional flows from the committed basis and keeps them on the announced one", () => {
    fc.assert(
      fc.property(dealsArb, (deals) => {
        const committed = expandFlows({ deals }, { basis: "committed", asOf: AS_OF });
        expect(committed.rows.every((r) => !r.conditional)).toBe(true);
        const announced = expandFlows({ deals }, { basis: "announced", asOf: AS_OF });
        // On the announced basis money leaves the totals only through the deal's lineage or tier.
        for (const ex of announced.excluded)
          expect(["overlap", "terminated", "replaced", "reported-only"]).toContain(ex.reason);
      }),
      { numRuns: 300 },
    );
  });

  it("totals equal the sum of rows and of the yearly totals; a year window keeps only its years", () => {
    fc.assert(
      fc.property(dealsArb, fc.integer({ min: 2020, max: 2034 }), (deals, year) => {
        const all = expandFlows({ deals }, { basis: "announced", asOf: AS_OF });
        const sumRows = all.rows.reduce((s, r) => s + r.amount.value, 0);
        const sumYears = all.byYear.reduce((s, y) => s + y.amount.value, 0);
        expect(close(all.total.value, sumRows)).toBe(true);
        expect(close(all.total.value, sumYears)).toBe(true);
        const one = expandFlows({ deals }, { basis: "announced", asOf: AS_OF, fromYear: year, toYear: year });
        expect(one.rows.every((r) => r.year === year)).toBe(true);
        const expected = all.byYear.find((y) => y.year === year)?.amount.value ?? 0;
        expect(close(one.total.value, expected)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("the committed total never exceeds the announced total when each flow's committed ≤ announced", () => {
    fc.assert(
      fc.property(dealsArb, (deals) => {
        const noLinks = deals.map((d) => ({ ...d, links: [] }));
        const announced = expandFlows({ deals: noLinks }, { basis: "announced", asOf: AS_OF }).total.value;
        const committed = expandFlows({ deals: noLinks }, { basis: "committed", asOf: AS_OF }).total.value;
        expect(committed).toBeLessThanOrEqual(announced + 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});
