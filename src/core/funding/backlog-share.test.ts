import { describe, expect, it } from "vitest";
import { dataset, deal } from "../../testing/power-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { backlogChecks, backlogShare } from "./backlog-share.ts";

const rpo = (period: string, value: number) => ({
  entity: "cloud",
  metric: "rpo",
  period,
  unit: "USD",
  value,
  sources: ["filing"],
});

/** A cloud's backlog of 100, then 400 after a 250 contract, then 500. */
const DATA = dataset({
  financials: [rpo("FY2026-Q2", 500), rpo("FY2025-Q4", 100), rpo("FY2026-Q1", 400)] as Dataset["financials"],
  deals: [
    deal("reported", [{ kind: "cash", from: "lab", to: "cloud", unit: "USD", value: 250 }], {
      status: [{ status: "announced", date: "2025-09" }],
      period: { start: "2027", years: 5 },
    }),
  ],
});
// The fixture's deal() writes a committed layer; a press report has only an announced one.
const announcedOnly = {
  ...DATA,
  deals: DATA.deals.map((d) => ({
    ...d,
    flows: d.flows.map(({ committed, ...f }) => ({ ...f, announced: committed })),
  })),
} as Dataset;

describe("a contract's share of its seller's backlog", () => {
  it("finds the jump it explains and its share of each backlog from then on", () => {
    const c = backlogShare(announcedOnly, { deal: "reported", asOf: "2026-01-01" });
    expect(c).toMatchObject({
      buyer: "lab",
      seller: "cloud",
      contract: 250,
      contractLayer: "announced",
      start: "2027",
      status: "announced",
      binding: false,
      inBacklog: true,
      jump: { from: "FY2025-Q4", to: "FY2026-Q1", rise: 300, contractShareOfRise: 250 / 300 },
    });
    expect(c?.backlog.map((b) => [b.period, b.share])).toEqual([
      ["FY2025-Q4", null],
      ["FY2026-Q1", 250 / 400],
      ["FY2026-Q2", 250 / 500],
    ]);
  });

  it("counts a signed contract with a committed figure as binding", () => {
    const signed = {
      ...DATA,
      deals: DATA.deals.map((d) => ({ ...d, status: [{ status: "signed" as const, date: "2025-09" }] })),
    };
    expect(backlogShare(signed, { deal: "reported", asOf: "2026-01-01" })?.binding).toBe(true);
    // …but not before it was signed.
    expect(backlogShare(signed, { deal: "reported", asOf: "2025-06-01" })?.binding).toBe(false);
  });

  it("does not place a contract larger than every rise in the backlog", () => {
    const big = {
      ...announcedOnly,
      deals: announcedOnly.deals.map((d) => ({
        ...d,
        flows: d.flows.map((f) => ({ ...f, announced: { value: 900, sources: ["s"] } })),
      })),
    } as Dataset;
    expect(backlogShare(big, { deal: "reported", asOf: "2026-01-01" })?.inBacklog).toBe(false);
  });

  it("lists a buyer's contracts with sellers that report a backlog; none for others", () => {
    expect(backlogChecks(announcedOnly, { entity: "lab", asOf: "2026-01-01" }).map((c) => c.deal)).toEqual([
      "reported",
    ]);
    expect(backlogChecks(announcedOnly, { entity: "cloud", asOf: "2026-01-01" })).toEqual([]);
    expect(backlogShare(announcedOnly, { deal: "missing", asOf: "2026-01-01" })).toBeUndefined();
  });

  it("checks a reported total through its parts, never beside them", () => {
    const part = (id: string, value: number) => ({
      ...deal(id, [{ kind: "cash", from: "lab", to: "cloud", unit: "USD", value }], {
        status: [{ status: "signed", date: "2025-09" }],
      }),
      links: [{ type: "part-of" as const, deal: "total" }],
    });
    const withTotal = {
      ...announcedOnly,
      deals: [
        ...announcedOnly.deals.map((d) => ({ ...d, id: "total" })),
        part("first", 100),
        part("second", 150),
      ],
    } as Dataset;
    expect(backlogChecks(withTotal, { entity: "lab", asOf: "2026-01-01" }).map((c) => c.deal)).toEqual([
      "second",
      "first",
    ]);
  });
});
