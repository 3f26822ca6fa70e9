/** The deals' backlog against the seller's reported backlog: at the reported date, with the gap and the shares of the reported figure. */
import { describe, expect, it } from "vitest";
import { dataset, deal } from "../../testing/power-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { concentrationRatio } from "./concentration-ratio.ts";
import { calendarPeriodEnd, reportedBacklogNotes } from "./reported-backlog.ts";

const cash = (from: string, value: number) => ({
  kind: "cash" as const,
  from,
  to: "cloud",
  unit: "USD" as const,
  value,
});

const reported = (period: string, value: number) => ({
  entity: "cloud",
  metric: "backlog",
  period,
  unit: "USD",
  value,
  sources: ["s"],
});

/**
 * "cloud" has two customers in the deals: lab-b 100 over 2025–2028 (no payment) and lab-c 100 with no
 * term. It reports a backlog of 500 for 2026-Q4 and that lab-x buys 60% of its revenue (no priced deal).
 * On 2026-12-31 the deals leave 50 (two years of four ahead) + 100 = 150; 350 of the 500 is not in them.
 */
function data(backlog: number): Dataset {
  return dataset({
    deals: [
      deal("termed", [cash("lab-b", 100)], { period: { start: "2025-01-01", end: "2028-12-31" } }),
      deal("untimed", [cash("lab-c", 100)]),
    ],
    financials: [
      reported("2026-Q4", backlog),
      {
        entity: "cloud",
        metric: "customer-share",
        counterparty: "lab-x",
        period: "2026",
        unit: "percent",
        value: 60,
        sources: ["s"],
      },
    ],
  } as never) as unknown as Dataset;
}

describe("the deals' backlog against the reported backlog", () => {
  it("gives the deals' backlog at the reported date, the gap, and each share of the reported figure", () => {
    const [head, ...rest] = reportedBacklogNotes(data(500), "2027-06-30", "cloud");
    expect(head?.key).toBe("report.ratios.note.reportedBacklog");
    expect(head?.values).toMatchObject({
      entity: "cloud",
      period: "2026-Q4",
      reported: 500,
      date: "2026-12-31",
    });
    expect(head?.values.inDeals as number).toBeCloseTo(150, 0);
    expect(head?.values.gap as number).toBeCloseTo(350, 0);
    expect(head?.values.gapShare as number).toBeCloseTo(0.7, 2);
    const shares = rest.filter((t) => t.key === "report.ratios.note.reportedBacklogShare");
    expect(shares.map((t) => t.values.customer)).toEqual(["lab-c", "lab-b"]);
    expect(shares[0]?.values.share).toBeCloseTo(100 / 500, 6);
    expect(shares[1]?.values.share as number).toBeCloseTo(50 / 500, 2);
    expect(rest.at(-1)).toEqual({
      key: "report.ratios.note.reportedBacklogUnpriced",
      values: { customers: "lab-x" },
    });
  });

  it("is part of the concentration ratio, whose own shares stay those of the deals' backlog", () => {
    const ratio = concentrationRatio(data(500) as never, "2027-06-30", "cloud");
    expect(ratio.notes?.[0]?.key).toBe("report.ratios.note.reportedBacklog");
    expect(ratio.note?.values.share as number).toBeGreaterThan(0.5);
  });

  it("says so when the deals hold more than the company reports, never a negative gap", () => {
    const [head] = reportedBacklogNotes(data(120), "2027-06-30", "cloud");
    expect(head?.key).toBe("report.ratios.note.reportedBacklogBelowDeals");
    expect(head?.values.gap as number).toBeCloseTo(30, 0);
  });

  it("reads no reported figure dated after the as-of date", () => {
    expect(reportedBacklogNotes(data(500), "2026-12-30", "cloud")).toEqual([]);
    expect(concentrationRatio(data(500) as never, "2026-12-30", "cloud").notes).toBeUndefined();
  });

  it("dates calendar periods by their last day, and no other", () => {
    expect(calendarPeriodEnd("2025-Q3")).toBe("2025-09-30");
    expect(calendarPeriodEnd("2025-Q1")).toBe("2025-03-31");
    expect(calendarPeriodEnd("2024")).toBe("2024-12-31");
    expect(calendarPeriodEnd("FY2026")).toBeUndefined();
  });
});
