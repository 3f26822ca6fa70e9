/** The brief's choice of rows and its footnotes, on the bundled data: every row's sources numbered, none extra. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../model/dataset.ts";
import {
  BRIEF_QUOTE_LENGTH,
  type BriefReport,
  type BriefSubject,
  briefSections,
  composeBrief,
} from "./brief-report.ts";

const asOf = "2026-11-21";
let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled data does not load");
  dataset = loaded.dataset;
});

function brief(subject: BriefSubject): BriefReport {
  return composeBrief(dataset, { asOf, ...(subject.kind === "company" ? { company: subject.entity } : {}) });
}

/** Every source id cited by a row the brief shows, in the order the rows appear. */
function citedInOrder(report: BriefReport): string[] {
  const order: string[] = [];
  for (const section of briefSections(report, dataset))
    for (const t of section.tables)
      for (const row of t.layout.rows(report))
        for (const id of t.cite(row)) if (!order.includes(id)) order.push(id);
  return order;
}

describe("briefReport", () => {
  it.each([{ kind: "overview" }, { kind: "company", entity: "oracle" }] as BriefSubject[])(
    "numbers exactly the sources its rows cite, in the order first cited (%o)",
    (subject) => {
      const report = brief(subject);
      const cited = citedInOrder(report);
      expect(cited.length).toBeGreaterThan(5);
      expect(report.footnotes.map((f) => f.id)).toEqual(cited);
      expect(report.footnotes.map((f) => f.n)).toEqual(cited.map((_, i) => i + 1));
      const known = new Set(dataset.sources.map((s) => s.id));
      for (const f of report.footnotes) {
        expect(known.has(f.id)).toBe(true);
        for (const q of f.quotes) expect(q.length).toBeLessThanOrEqual(BRIEF_QUOTE_LENGTH);
      }
    },
  );

  it("keeps a company's brief to the company: its deals, its loops, its checks", () => {
    const report = brief({ kind: "company", entity: "oracle" });
    const sections = briefSections(report, dataset);
    const rows = (section: string, table: string) =>
      sections
        .find((s) => s.id === section)
        ?.tables.find((t) => t.layout.id === table)
        ?.layout.rows(report) ?? [];
    const loops = rows("loops", "loops") as { entities: string[] }[];
    expect(loops.length).toBeGreaterThan(0);
    for (const loop of loops) expect(loop.entities).toContain("oracle");
    const deals = rows("headline", "companyDeals") as { deal: string }[];
    for (const { deal } of deals)
      expect(dataset.deals.find((d) => d.id === deal)?.parties.map((p) => p.entity)).toContain("oracle");
    const checks = rows("reconcile", "checks") as { id: string }[];
    for (const c of checks) expect(c.id).toContain("oracle");
    // The count line speaks of the checks shown, not of all of them.
    const counted = sections.find((s) => s.id === "reconcile")?.headlines[0]?.values;
    const total = Object.values(counted ?? {}).reduce((sum, v) => sum + Number(v.value), 0);
    expect(total).toBe(checks.length);
  });

  it("lists the overview's largest deals largest first", () => {
    const report = brief({ kind: "overview" });
    const deals = briefSections(report, dataset)[0]?.tables[0]?.layout.rows(report) as {
      announced: number;
    }[];
    expect(deals.length).toBeGreaterThan(3);
    for (let i = 1; i < deals.length; i++)
      expect((deals[i - 1]?.announced ?? 0) >= (deals[i]?.announced ?? 0)).toBe(true);
  });
});
