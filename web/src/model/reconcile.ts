/**
 * The overview's checks panel: the reconciliation report (src/core/reports/reconcile-report.ts, the
 * object `halqa reconcile --json` prints and /api/reconcile returns), phrased for the page in the
 * reader's language. Titles, reasons and notes are the one catalogue's (report.reconcile.*), as the
 * command line prints them.
 */
import type { CheckResult, CheckStatus } from "@core/reconcile/check.ts";
import type { ReconcileReport } from "@core/reports/reconcile-report.ts";
import { pressNumber, pressValue } from "@i18n/press-number.ts";
import { recordNames } from "@i18n/record-names.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import type { I18n } from "../i18n/index.ts";

export type CheckRow = {
  id: string;
  status: CheckStatus;
  title: string;
  published: string;
  derived: string;
  ratio: string;
  statusLabel: string;
  /** "Source: outlet date" (as recordNames names sources), or null when the published record is missing. */
  source: string | null;
  quote: string | null;
  readAsOf: string;
  /** Why the figures differ: shown when they do. */
  reason: string | null;
  note: string | null;
};

export type ChecksPanel = { rows: CheckRow[]; summary: string; ok: boolean };

export function checksPanel(
  report: ReconcileReport,
  dataset: Pick<Dataset, "entities" | "deals" | "sources" | "translations">,
  i18n: I18n,
): ChecksPanel {
  const { m, lang } = i18n;
  // Titles, statuses, reasons and notes: the one catalogue's report.reconcile.* (what the terminal prints).
  // Through the page's own message function, so their numbers follow the page's digits.
  const words = (key: string) => i18n.mOr(`report.reconcile.${key}`, `report.reconcile.${key}`);
  // Sources by outlet and date, as every face names them (one namer: src/i18n/record-names.ts).
  const names = recordNames(dataset, lang);
  const sources = (ids: readonly string[]) => names.source?.(ids.join(" ")) ?? ids.join(" ");
  const row = (c: CheckResult): CheckRow => ({
    id: c.id,
    status: c.status,
    title: words(`titles.${c.id}`),
    published: pressValue(lang, c.published?.value ?? null, c.published?.unit ?? c.derived.unit),
    derived: pressValue(lang, c.derived.value, c.derived.unit),
    ratio: c.ratio === null ? "—" : m("web.units.times", { value: pressNumber(lang, c.ratio, 2) }),
    statusLabel: words(`statuses.${c.status}`),
    source: c.published ? m("web.overview.checks.source", { source: sources(c.published.sources) }) : null,
    quote: c.published?.quote ?? null,
    readAsOf: m("web.overview.checks.readAsOf", {
      date: c.derivedAsOf,
      basis: m(`report.common.${c.derived.basis}`),
      tolerance: `${pressNumber(lang, c.tolerance * 100, 0)}%`,
    }),
    reason: c.reason && c.status !== "agrees" ? words(`reasons.${c.reason}`) : null,
    note: c.note ? words(`notes.${c.note}`) : null,
  });
  const counts = Object.fromEntries(
    Object.entries(report.counts).map(([k, n]) => [k, pressNumber(lang, n, 0)]),
  );
  return { rows: report.checks.map(row), summary: m("web.overview.checks.summary", counts), ok: report.ok };
}
