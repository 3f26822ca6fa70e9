/** The reconciliation report's layout (each figure in its own unit) and its messages in both languages. */
import { describe, expect, it } from "vitest";
import { hasMessage } from "../../i18n/message.ts";
import type { Check, CheckResult } from "../reconcile/check.ts";
import { CHECKS } from "../reconcile/checks.ts";
import { layoutKeys } from "./layout-keys.ts";
import {
  CHECK_STATUSES,
  figureUnit,
  RECONCILE_LAYOUT,
  reconcileReport,
  reconcileSummary,
} from "./reconcile-report.ts";

/** A check whose derived figure is given, against a published indicator the empty dataset lacks. */
const fixed = (id: string, value: number | null, unit: string): Check => ({
  id,
  published: { collection: "indicators", id: `${id}-published` },
  derive: () => ({ value, unit, basis: "announced", inputs: [] }),
  at: "2026-01-01",
  tolerance: 0.1,
});
const EMPTY = { financials: [], indicators: [], deals: [], entities: [], sites: [], sources: [] } as never;

describe("reconcileReport", () => {
  it("counts the statuses and fails when a figure cannot be checked", () => {
    const r = reconcileReport(EMPTY, {
      asOf: "2026-06-30",
      checks: [fixed("a", 2e9, "USD"), fixed("b", 46, "percent")],
    });
    expect(r.checks.map((c) => [c.id, c.status, c.ratio])).toEqual([
      ["a", "missing", null],
      ["b", "missing", null],
    ]);
    expect(r.counts).toEqual({ agrees: 0, differs: 0, unexplained: 0, missing: 2, pending: 0 });
    expect(r.ok).toBe(false);
    expect(reconcileSummary(r).values.missing).toEqual({ value: 2, unit: "count" });
  });

  it("lays each figure out in its own unit: dollars, gigawatts, percent as a share", () => {
    expect(["USD", "GW", "percent", "TWh"].map(figureUnit)).toEqual(["usd", "gw", "share", "number"]);
    const row = (unit: string, published: number, derived: number): CheckResult => ({
      id: "x",
      published: { ref: "indicators:x", value: published, unit, sources: [] },
      derived: { value: derived, unit, basis: "announced", inputs: [] },
      derivedAsOf: "2026-06-30",
      ratio: derived / published,
      tolerance: 0.1,
      status: "agrees",
      reason: null,
      note: null,
    });
    const [checks] = RECONCILE_LAYOUT.tables;
    const cells = [row("USD", 1.4e12, 1.3e12), row("percent", 46, 32.6)].map((c) => [
      ...(checks?.columns.map((col) => col.value(c)) ?? []),
      ...(checks?.columns.map((col) => col.unitOf?.(c) ?? col.unit) ?? []),
    ]);
    expect(cells[0]).toEqual([
      "report.reconcile.titles.x",
      1.4e12,
      1.3e12,
      1.3e12 / 1.4e12,
      "report.reconcile.statuses.agrees",
      ...["message", "usd", "usd", "ratio", "message"],
    ]);
    expect(cells[1]?.slice(1, 3)).toEqual([0.46, 0.326]);
    expect(cells[1]?.slice(6, 8)).toEqual(["share", "share"]);
  });

  it("has every title, status, reason, note and label in both languages", () => {
    const r = reconcileReport(EMPTY, { asOf: "2026-06-30", checks: [] });
    const keys = [
      ...layoutKeys(RECONCILE_LAYOUT, r),
      reconcileSummary(r).key,
      ...CHECKS.map((c) => `report.reconcile.titles.${c.id}`),
      ...CHECKS.flatMap((c) => (c.reason ? [`report.reconcile.reasons.${c.reason}`] : [])),
      ...CHECKS.flatMap((c) => (c.note ? [`report.reconcile.notes.${c.note}`] : [])),
      ...CHECK_STATUSES.map((s) => `report.reconcile.statuses.${s}`),
      ...["tolerance", "readAsOf", "source", "quote", "inputs", "estimate", "reason", "note", "failed"].map(
        (k) => `report.reconcile.${k}`,
      ),
    ];
    for (const key of keys)
      expect([key, hasMessage("en", key), hasMessage("ar", key)]).toEqual([key, true, true]);
  });
});
