/**
 * The reconciliation report: what `halqa reconcile --json` prints, `/api/reconcile` returns and the
 * overview's checks panel shows. Locale-free: check titles and reasons are message keys (the check's
 * id under `reconcile.titles` and its `reason` under `reconcile.reasons`).
 */
import type { Dataset } from "../model/dataset.ts";
import { type Check, type CheckResult, type CheckStatus, evaluateCheck } from "../reconcile/check.ts";
import { CHECKS } from "../reconcile/checks.ts";

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
