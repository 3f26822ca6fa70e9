/**
 * The reconciliation report: what `halqa reconcile --json` prints, `/api/reconcile` returns and the
 * overview's checks panel shows. Locale-free: check titles and reasons are message keys (the check's
 * id under `report.reconcile.titles` and its `reason` under `report.reconcile.reasons`); the layout
 * below describes the checks' table, each figure in its own unit.
 */
import type { Dataset } from "../model/dataset.ts";
import { type Check, type CheckResult, type CheckStatus, evaluateCheck } from "../reconcile/check.ts";
import { CHECKS } from "../reconcile/checks.ts";
import { type Headline, type ReportLayout, table, type Unit } from "./layout.ts";

export const CHECK_STATUSES: readonly CheckStatus[] = [
  "agrees",
  "differs",
  "unexplained",
  "missing",
  "pending",
];

export type ReconcileReport = {
  asOf: string;
  checks: CheckResult[];
  counts: Record<CheckStatus, number>;
  /** False when a check differs without a stated reason, or cannot be computed ("pending" is not a failure). */
  ok: boolean;
};

export function reconcileReport(
  dataset: Dataset,
  options: { asOf: string; checks?: readonly Check[] },
): ReconcileReport {
  const checks = (options.checks ?? CHECKS).map((c) => evaluateCheck(c, dataset, options.asOf));
  const counts = { agrees: 0, differs: 0, unexplained: 0, missing: 0, pending: 0 };
  for (const c of checks) counts[c.status] += 1;
  return {
    asOf: options.asOf,
    checks,
    counts,
    ok: counts.unexplained === 0 && counts.missing === 0,
  };
}

/** The layout unit of a figure's unit in the data; percent figures are shown as shares. */
export function figureUnit(unit: string): Unit {
  if (unit === "USD") return "usd";
  if (unit === "GW") return "gw";
  if (unit === "percent") return "share";
  return "number";
}

function figureValue(value: number | null | undefined, unit: string): number | null {
  if (value === null || value === undefined) return null;
  return unit === "percent" ? value / 100 : value;
}

/** The unit a check is measured in: its published figure's, else its derived figure's. */
const unitOfCheck = (c: CheckResult) => c.published?.unit ?? c.derived.unit;

export const RECONCILE_LAYOUT: ReportLayout<ReconcileReport> = {
  id: "reconcile",
  title: "report.reconcile.title",
  headlines: (r) => [{ key: "report.reconcile.intro", values: { asOf: { value: r.asOf, unit: "date" } } }],
  tables: [
    table({
      id: "checks",
      title: "report.reconcile.checks",
      rows: (r: ReconcileReport) => r.checks,
      columns: [
        {
          id: "check",
          label: "report.reconcile.check",
          unit: "message",
          value: (c: CheckResult) => `report.reconcile.titles.${c.id}`,
        },
        {
          id: "published",
          label: "report.reconcile.published",
          unit: "number",
          unitOf: (c) => figureUnit(unitOfCheck(c)),
          value: (c) => figureValue(c.published?.value, unitOfCheck(c)),
        },
        {
          id: "derived",
          label: "report.reconcile.derived",
          unit: "number",
          unitOf: (c) => figureUnit(c.derived.unit),
          value: (c) => figureValue(c.derived.value, c.derived.unit),
        },
        {
          id: "ratio",
          label: "report.reconcile.ratio",
          unit: "ratio",
          value: (c) => c.ratio,
          // Read off the two figures beside it: the column a narrow terminal can spare.
          optional: true,
        },
        {
          id: "status",
          label: "report.reconcile.status",
          unit: "message",
          value: (c) => `report.reconcile.statuses.${c.status}`,
        },
      ],
    }),
  ],
};

/** The closing line: how many checks have each status. */
export function reconcileSummary(r: ReconcileReport): Headline {
  return {
    key: "report.reconcile.summary",
    values: Object.fromEntries(
      CHECK_STATUSES.map((s) => [s, { value: r.counts[s], unit: "count" as const }]),
    ),
  };
}
