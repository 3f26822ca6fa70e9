import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSheetsFixture } from "../../testing/sheets-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import { firstDay, isoOfDay, lastDay } from "../time/dates.ts";
import { changesReport } from "./changes-report.ts";

let data: Dataset;
beforeAll(async () => {
  data = (await loadSheetsFixture()).dataset;
});

describe("changesReport", () => {
  it("June–July 2025: the round, the revised LOI, its replacement and the close, newest first", () => {
    const report = changesReport(data, { since: "2025-06-01", until: "2025-07-31" });
    expect(report.changes.map((c) => [c.date, c.kind, c.deal, c.first, c.replacedBy])).toEqual([
      ["2025-07-01", "closed", "equity-ab", false, null],
      ["2025-06-01", "announced", "equity-ab", true, null],
      ["2025-06-01", "replaced", "loi-ab", false, "equity-ab"],
      ["2025-06-01", "revised", "loi-ab", false, null],
    ]);
    expect(report.byKind).toEqual({ closed: 1, announced: 1, replaced: 1, revised: 1 });
    const closed = report.changes[0];
    expect(closed?.amount?.value).toBe(30);
    expect(closed?.parties).toEqual(["alpha", "beta"]);
    // An event without its own sources cites the deal's.
    expect(closed?.sources).toEqual(["s2"]);
  });

  it("both ends of the window are inclusive; a partial date counts from its first day", () => {
    const day = changesReport(data, { since: "2025-10-01", until: "2025-10-01" });
    expect(day.changes.map((c) => [c.kind, c.deal])).toEqual([["terminated", "supply-ca"]]);
    const november = changesReport(data, { since: "2025-11-01", until: "2025-11-01" });
    expect(november.changes.map((c) => [c.date, c.kind, c.estimate])).toEqual([["2025-11", "rumored", true]]);
    expect(changesReport(data, { since: "2025-10-02", until: "2025-10-31" }).count).toBe(0);
  });

  it("--entity keeps the deals it is party to or moves money in", () => {
    const report = changesReport(data, { since: "2025-01-01", until: "2025-12-31", entity: "delta" });
    expect(new Set(report.changes.map((c) => c.deal))).toEqual(new Set(["rev-db", "rumor-cd"]));
  });

  it("the sources are numbered in the order the changes cite them", () => {
    const report = changesReport(data, { since: "2025-01-01", until: "2025-12-31" });
    expect(report.sources.map((s) => s.n)).toEqual(report.sources.map((_, i) => i + 1));
    const cited = new Set(report.changes.flatMap((c) => c.sources));
    expect(new Set(report.sources.map((s) => s.id))).toEqual(cited);
  });

  it("property: the digest holds exactly the status events and replacements inside the window", () => {
    const start = firstDay("2024-12-01");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 400 }), (a, length) => {
        const since = isoOfDay(start + a);
        const until = isoOfDay(start + a + length);
        const inside = (d: string) => firstDay(d) >= firstDay(since) && firstDay(d) <= lastDay(until);
        const events = data.deals.flatMap((d) => d.status.filter((e) => inside(e.date)));
        const replacements = data.deals.flatMap((d) =>
          (d.links ?? []).filter((l) => l.type === "replaces" && inside(d.announced)),
        );
        const report = changesReport(data, { since, until });
        expect(report.count).toBe(events.length + replacements.length);
        const days = report.changes.map((c) => firstDay(c.date));
        expect(days).toEqual([...days].sort((x, y) => y - x));
      }),
      { numRuns: 100 },
    );
  });
});
