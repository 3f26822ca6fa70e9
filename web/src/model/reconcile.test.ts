/**
 * The overview's checks panel in both languages, on the bundled data: every check a row, titles,
 * statuses and reasons from the shared catalogue, figures in the press's words; and an unexplained
 * difference shown as such.
 */
import { type ReconcileReport, reconcileReport } from "@core/reports/reconcile-report.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { recordNames } from "../../../src/i18n/record-names.ts";
import { loadDataset } from "../../../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../../src/io/paths.ts";
import type { Dataset } from "../../../src/schema/dataset-file.ts";
import { makeI18n } from "../i18n/index.ts";
import { checksPanel } from "./reconcile.ts";

let dataset: Dataset;
let report: ReconcileReport;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
  report = reconcileReport(dataset, { asOf: "2026-11-21" });
});

describe("checks panel", () => {
  it("shows every check with its published and derived figure, in English", () => {
    const panel = checksPanel(report, dataset, makeI18n("en"));
    expect(panel.rows).toHaveLength(report.checks.length);
    expect(panel.ok).toBe(true);
    const rpo = panel.rows.find((r) => r.id === "oracle-rpo-2026-05");
    expect(rpo).toMatchObject({ published: "$638B", statusLabel: "differs (explained)" });
    expect(rpo?.reason).toContain("RPO is every contract");
    expect(rpo?.source).toMatch(/^Source: /);
    const seed = panel.rows.find((r) => r.id === "openai-coreweave-2025");
    expect(seed).toMatchObject({ published: "$22.4B", statusLabel: "agrees", reason: null });
    expect(seed?.quote).toContain("22.4 مليار دولار");
    expect(panel.summary).toMatch(
      /^\d+ agree, \d+ differ for a stated reason, 0 differ without one, 0 not yet published on that date\.$/,
    );
  });

  it("shows the same checks in Arabic, every label translated, one digit system", () => {
    const panel = checksPanel(report, dataset, makeI18n("ar"));
    const arabic = /[\u0600-\u06FF]/;
    for (const row of panel.rows) {
      expect(row.title, row.id).toMatch(arabic);
      expect(row.statusLabel, row.id).toMatch(arabic);
      if (row.reason) expect(row.reason, row.id).toMatch(arabic);
      expect(`${row.published} ${row.derived} ${row.ratio} ${row.readAsOf}`).not.toMatch(/[\u0660-\u0669]/);
    }
    expect(panel.rows.find((r) => r.id === "oracle-rpo-2026-05")?.published).toBe("638 مليار دولار");
    expect(panel.rows.find((r) => r.id === "openai-amd-broadcom-gw")?.derived).toBe("16 جيجاوات");
    expect(panel.summary).toMatch(/^متوافقة: \d+؛/);
  });

  it.each(["en", "ar"] as const)("names the sources as every face does (recordNames), in %s", (lang) => {
    const panel = checksPanel(report, dataset, makeI18n(lang));
    const names = recordNames(dataset, lang);
    const i18n = makeI18n(lang);
    for (const check of report.checks) {
      if (!check.published) continue;
      const row = panel.rows.find((r) => r.id === check.id);
      const source = names.source?.(check.published.sources.join(" "));
      expect(row?.source).toBe(i18n.m("web.overview.checks.source", { source }));
    }
    // An outlet with a translation reads in Arabic: Reuters is رويترز.
    if (lang === "ar") expect(panel.rows.some((r) => r.source?.includes("رويترز"))).toBe(true);
  });

  it("names an unexplained difference and says the panel is not reconciled", () => {
    const first = report.checks[0] as ReconcileReport["checks"][number];
    const broken: ReconcileReport = {
      ...report,
      checks: [{ ...first, status: "unexplained", reason: null }],
      counts: { agrees: 0, differs: 0, unexplained: 1, missing: 0, pending: 0 },
      ok: false,
    };
    for (const lang of ["en", "ar"] as const) {
      const panel = checksPanel(broken, dataset, makeI18n(lang));
      expect(panel.ok).toBe(false);
      expect(panel.rows[0]?.statusLabel).toBe(lang === "en" ? "differs, no reason" : "مختلف دون سبب مذكور");
      expect(panel.rows[0]?.reason).toBeNull();
    }
  });
});
