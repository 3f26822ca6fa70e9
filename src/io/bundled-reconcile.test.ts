/**
 * The reconciliation checks on the bundled dataset. A headline figure may differ from its published
 * counterpart only for a reason the check states: an unexplained difference (or a figure that cannot
 * be computed) fails here, with a table of derived against published. Exact totals move as the data
 * and the analyses change, so the other assertions are relations that must stay true.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckResult } from "../core/reconcile/check.ts";
import { CHECKS } from "../core/reconcile/checks.ts";
import { type ReconcileReport, reconcileReport } from "../core/reports/reconcile-report.ts";
import { hasMessage } from "../i18n/message.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadDataset } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";

const AS_OF = "2026-11-21";
let data: Dataset;
let report: ReconcileReport;

beforeAll(async () => {
  const result = await loadDataset(BUNDLED_DATA_DIR);
  if (!result.ok) throw new Error("bundled dataset invalid");
  data = result.dataset;
  report = reconcileReport(data, { asOf: AS_OF });
});

function driftTable(checks: readonly CheckResult[]): string {
  const rows = checks.map((c) =>
    [
      c.id.padEnd(34),
      c.status.padEnd(11),
      `published ${c.published ? `${c.published.value} ${c.published.unit}` : "—"}`.padEnd(28),
      `derived ${c.derived.value ?? "—"} ${c.derived.unit}`.padEnd(30),
      `ratio ${c.ratio === null ? "—" : c.ratio.toFixed(3)}`.padEnd(12),
      `tolerance ±${c.tolerance}`,
      c.reason ? `reason ${c.reason}` : "no reason",
    ].join(" "),
  );
  return ["derived vs published (src/core/reconcile/checks.ts):", ...rows].join("\n");
}

const byId = (id: string) => report.checks.find((c) => c.id === id) as CheckResult;

describe("reconcile on the bundled data", () => {
  it("has no difference without a stated reason, and computes every check", () => {
    const failing = report.checks.filter((c) => c.status === "unexplained" || c.status === "missing");
    if (failing.length > 0)
      throw new Error(`${driftTable(failing)}\n\nall checks:\n${driftTable(report.checks)}`);
    expect(report.ok).toBe(true);
    expect(report.checks).toHaveLength(CHECKS.length);
  });

  it("gives every check a title and its reason and note a message, in both catalogues", () => {
    for (const c of report.checks) {
      expect(hasMessage("en", `report.reconcile.titles.${c.id}`), c.id).toBe(true);
      if (c.reason) expect(hasMessage("en", `report.reconcile.reasons.${c.reason}`), c.reason).toBe(true);
      if (c.note) expect(hasMessage("en", `report.reconcile.notes.${c.note}`), c.note).toBe(true);
    }
  });

  it("cites a source for every published figure and every input, all of them known", () => {
    const sources = new Set(data.sources.map((s) => s.id));
    for (const c of report.checks) {
      expect(c.published?.sources.length, c.id).toBeGreaterThan(0);
      for (const id of c.published?.sources ?? []) expect(sources.has(id), `${c.id}: ${id}`).toBe(true);
      expect(c.derived.inputs.length, c.id).toBeGreaterThan(0);
      for (const input of c.derived.inputs) {
        expect(input.sources.length, `${c.id}: ${input.ref}`).toBeGreaterThan(0);
        for (const id of input.sources) expect(sources.has(id), `${c.id}: ${id}`).toBe(true);
      }
    }
  });

  it("quotes the Arabic of the seed articles' own figures", () => {
    for (const id of ["openai-coreweave-2025", "openai-oracle-300b", "oracle-off-balance-sheet-66b"]) {
      expect(byId(id).published?.quote, id).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("never finds more Oracle contracts than Oracle's reported backlog, and the backlog only grows", () => {
    const rpo = ["oracle-rpo-2025-08", "oracle-rpo-2025-11", "oracle-rpo-2026-05"].map(byId);
    for (const c of rpo) {
      expect(c.derived.value as number).toBeGreaterThan(0);
      expect(c.ratio as number).toBeLessThanOrEqual(1);
    }
    const published = rpo.map((c) => c.published?.value as number);
    expect(published).toEqual([...published].sort((a, b) => a - b));
    // Measured 2026-12: the data's only priced Oracle sale is OpenAI's $300B cloud contract (0.66, 0.57, 0.47).
  });

  it("sums exactly the deals a seed total names", () => {
    // The article's $22.4B is the three OpenAI–CoreWeave contracts of 2025: 11.9 + 4 + 6.5.
    expect(
      byId("openai-coreweave-2025")
        .derived.inputs.map((i) => i.ref)
        .sort(),
    ).toEqual(["deals:openai-coreweave-11-9b", "deals:openai-coreweave-4b", "deals:openai-coreweave-6-5b"]);
    expect(byId("openai-amd-broadcom-gw").derived.value).toBeCloseTo(16, 9);
  });

  it("reads figures published on a date against the deals of that date", () => {
    expect(byId("nvidia-financing-to-revenue").derivedAsOf).toBe("2025-10-03");
    expect(byId("openai-commitments-usd").derivedAsOf).toBe("2025-11-30");
    expect(byId("coreweave-largest-customer-share-2024").derivedAsOf).toBe("2025-03-31");
    for (const c of report.checks) expect(c.derivedAsOf <= AS_OF, c.id).toBe(true);
  });
});
