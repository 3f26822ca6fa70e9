/**
 * Reconciliation with the published record: a check puts one figure derived from the deals beside
 * its published counterpart (a dataset record, so it carries its source) and says whether they agree
 * within a stated relative tolerance. A difference past the tolerance is allowed only when the check
 * states why it is expected (`reason`, a message key); otherwise it is "unexplained", which
 * `halqa reconcile` and the bundled-data test treat as a failure. Pure: dataset and as-of date are inputs.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Basis } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { FinancialMetric } from "../model/records.ts";

/** Where the published figure lives: a financial by entity/metric/period (+ qualifiers) or an indicator by id. */
export type PublishedRef =
  | {
      collection: "financials";
      entity: string;
      metric: FinancialMetric;
      period: string;
      unit?: string;
      counterparty?: string;
      label?: string;
    }
  | { collection: "indicators"; id: string };

/** One record a derived figure is made of, so a reader can trace it (a deal, a financial, a ratio input). */
export type CheckInput = {
  /** `deals:<id>`, `financials:<entity>/<metric>/<period>`, `indicators:<id>` … */
  ref: string;
  value: number;
  unit: string;
  sources: string[];
  /** True when the input is itself an estimate (an annualised quarter, a analyst's value). */
  estimate?: boolean;
};

export type Derived = {
  /** null when the dataset cannot support the figure (an input is missing). */
  value: number | null;
  unit: string;
  /** The value basis the deals were read on. */
  basis: Basis;
  inputs: CheckInput[];
};

export type Check = {
  id: string;
  published: PublishedRef;
  derive: (dataset: Dataset, asOf: string) => Derived;
  /**
   * The date the published figure was made public (ISO). The deals are read as of this date, so a
   * figure published in 2025 is compared with what the deals held then; a report as of an earlier
   * date has nothing to compare yet ("pending").
   */
  at: string;
  /** Largest relative difference |derived ÷ published − 1| still read as agreement. */
  tolerance: number;
  /** Why a difference is expected: a message key under `reconcile.reasons`. Required to differ. */
  reason?: string;
  /** What a reader must know even when the figures agree (a message key under `reconcile.notes`). */
  note?: string;
};

export type PublishedFigure = CheckInput & { quote?: string; asOf?: string; period?: string };

export type CheckStatus = "agrees" | "differs" | "unexplained" | "missing" | "pending";

export type CheckResult = {
  id: string;
  published: PublishedFigure | null;
  derived: Derived;
  /** The date the deals were read on: the earlier of the report's as-of date and the check's `at`. */
  derivedAsOf: string;
  /** derived ÷ published, or null when either is missing or the published figure is zero. */
  ratio: number | null;
  tolerance: number;
  status: CheckStatus;
  reason: string | null;
  note: string | null;
};

/** The published record a reference names, or null when the dataset has none (or more than one). */
export function publishedFigure(
  dataset: Pick<Dataset, "financials" | "indicators">,
  ref: PublishedRef,
): PublishedFigure | null {
  if (ref.collection === "indicators") {
    const i = dataset.indicators.find((x) => x.id === ref.id);
    if (!i) return null;
    return {
      ref: `indicators:${i.id}`,
      value: amountOf(i.figure).value,
      unit: i.unit,
      sources: i.figure.sources,
      ...(i.figure.estimate || i.kind === "estimate" ? { estimate: true } : {}),
      ...(i.figure.quote ? { quote: i.figure.quote } : {}),
      ...(i.figure.asOf ? { asOf: i.figure.asOf } : {}),
      ...(i.period ? { period: i.period } : {}),
    };
  }
  const matches = dataset.financials.filter(
    (f) =>
      f.entity === ref.entity &&
      f.metric === ref.metric &&
      f.period === ref.period &&
      (ref.unit === undefined || f.unit === ref.unit) &&
      (ref.counterparty === undefined || f.counterparty === ref.counterparty) &&
      (ref.label === undefined || f.label === ref.label),
  );
  // Two records fit: the reference is ambiguous, and picking one silently would be a guess.
  if (matches.length !== 1) return null;
  const f = matches[0] as (typeof matches)[number];
  return {
    ref: `financials:${f.entity}/${f.metric}/${f.period}${f.counterparty ? `/${f.counterparty}` : ""}`,
    value: amountOf(f).value,
    unit: f.unit,
    sources: f.sources,
    ...(f.estimate ? { estimate: true } : {}),
    ...(f.quote ? { quote: f.quote } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}),
    period: f.period,
  };
}

/** The status of a derived figure against its published counterpart. */
export function statusOf(ratio: number | null, tolerance: number, reason: string | undefined): CheckStatus {
  if (ratio === null) return "missing";
  if (Math.abs(ratio - 1) <= tolerance) return "agrees";
  return reason ? "differs" : "unexplained";
}

export function evaluateCheck(check: Check, dataset: Dataset, asOf: string): CheckResult {
  const published = publishedFigure(dataset, check.published);
  const derivedAsOf = check.at < asOf ? check.at : asOf;
  const derived = check.derive(dataset, derivedAsOf);
  // Published after the as-of date: on that date there was nothing to reconcile with.
  const pending = asOf < check.at;
  const comparable =
    published !== null &&
    derived.value !== null &&
    published.value !== 0 &&
    published.unit === derived.unit &&
    Number.isFinite(derived.value);
  const ratio = comparable && !pending ? (derived.value as number) / published.value : null;
  return {
    id: check.id,
    published,
    derived,
    derivedAsOf,
    ratio,
    tolerance: check.tolerance,
    status: pending ? "pending" : statusOf(ratio, check.tolerance, check.reason),
    reason: check.reason ?? null,
    note: check.note ?? null,
  };
}
