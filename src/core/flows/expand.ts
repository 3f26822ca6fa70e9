/**
 * Flows: the dated money (or GW, or shares) that the deals imply, per year, on one value basis.
 *
 * For each flow of each deal reported by the as-of date, the figure of the chosen layer is taken
 * (announced falls back to committed, then paid; committed falls back to paid), spread over years
 * (see timing.ts), and kept or excluded with a reason:
 * - `conditional` — on the committed basis, conditional tranches are not commitments;
 * - `not-binding` — on the committed basis, the deal never bound its parties (LOI, MOU, talks…);
 * - `terminated` — on the announced and committed bases, a deal terminated by the as-of date;
 * - `replaced` — on the announced and committed bases, a deal replaced by another from that deal's
 *   date (its paid money stays on the paid basis);
 * - `reported-only` — on the announced basis, a deal that only the press reports (talks, rumours):
 *   out of the default totals, in with `includeReported`;
 * - `overlap` — the same money is counted in another deal (see overlaps.ts).
 * Deals are read through the current view (dataset/current-view.ts): lineage resolved, dated
 * revisions in force, a certainty tier per deal; rows say whether their figure is an estimate.
 * Complexity: O(F·Y) for F flows over Y years, plus the overlap search on tiny clusters.
 */

import { compareText } from "../compare.ts";
import {
  type CertaintyTier,
  type CurrentDeal,
  currentView,
  figureInForce,
  type Replacement,
} from "../dataset/current-view.ts";
import { type Amount, addAmounts, amountOf, figureSources, sumAmounts, ZERO } from "../dataset/figures.ts";
import { isBindingAsOf } from "../dataset/status.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Deal, DealStatus, DealType, Flow, FlowKind } from "../model/deal.ts";
import type { Figure } from "../model/figure.ts";
import type { Unit } from "../model/primitives.ts";
import { chooseCounted, overlapGraph } from "./overlaps.ts";
import { spread } from "./spread.ts";
import { flowTiming, type Timing } from "./timing.ts";

export const BASES = ["announced", "committed", "paid"] as const;
export type Basis = (typeof BASES)[number];

export type FlowOptions = {
  basis: Basis;
  /** ISO date: deals reported after it are left out, statuses are read on it. */
  asOf: string;
  /** The unit to expand (default USD). */
  unit?: Unit;
  /** Flow kinds to include (default: in USD, cash only — money; in other units, all but guarantees). */
  kinds?: readonly FlowKind[];
  fromYear?: number;
  toYear?: number;
  /** Keep only flows from or to this entity. */
  entity?: string;
  /** Keep only the flows of this deal (the whole dataset is still read, so its lineage resolves). */
  deal?: string;
  /** Keep only deals of these types (after the lineage is resolved on every deal). */
  types?: readonly DealType[];
  /** On the announced basis, count deals that only the press reports (talks, rumours). Default false. */
  includeReported?: boolean;
};

export type ExclusionReason =
  | "conditional"
  | "not-binding"
  | "terminated"
  | "replaced"
  | "reported-only"
  | "overlap";

export type FlowRow = {
  deal: string;
  /** The flow's id, or its position in the deal. */
  flow: string;
  kind: FlowKind;
  from: string;
  to: string;
  unit: Unit;
  year: number;
  amount: Amount;
  conditional: boolean;
  status: DealStatus;
  /** Certainty of the deal: binding, announced by a party, or reported by the press only. */
  tier: CertaintyTier;
  /** True when the figure is an estimate (an analyst's or ours), not a value a party stated. */
  estimate: boolean;
  timing: Timing;
  sources: string[];
};

export type ExcludedFlow = Omit<FlowRow, "year" | "timing"> & {
  reason: ExclusionReason;
  /** For `overlap`: the deal in which this money is counted. */
  countedIn?: string;
  /** For `replaced`: the deal that replaces this one and the date from which it counts. */
  replacedBy?: Replacement;
};

export type FlowResult = {
  basis: Basis;
  asOf: string;
  unit: Unit;
  rows: FlowRow[];
  excluded: ExcludedFlow[];
  byYear: { year: number; amount: Amount }[];
  total: Amount;
  /** True when an overlap cluster was too large for the exact search. */
  approximate: boolean;
};

/**
 * Money is what moves as `cash`. Shares, warrants and goods valued in dollars are other kinds: summing
 * them with cash would count a purchase twice (the payment and the goods) or count paper as money.
 * Ask for them by kind.
 */
export const MONEY_KINDS: readonly FlowKind[] = ["cash"];
/** In physical units (GW, GPUs, shares) every kind counts but guarantees, which are contingent. */
export const PHYSICAL_KINDS: readonly FlowKind[] = [
  "equity",
  "warrant",
  "compute",
  "chips",
  "memory",
  "power",
];

/** The figure of a flow on a basis, with the fallbacks described above. */
export function layerFigure(flow: Flow, basis: Basis): Figure | undefined {
  if (basis === "announced") return flow.announced ?? flow.committed ?? flow.paid;
  if (basis === "committed") return flow.committed ?? flow.paid;
  return flow.paid;
}

type Candidate = {
  deal: Deal;
  current: CurrentDeal;
  flow: Flow;
  flowId: string;
  figure: Figure;
  status: DealStatus;
};

export function expandFlows(dataset: Pick<Dataset, "deals">, options: FlowOptions): FlowResult {
  const { basis, asOf } = options;
  const unit = options.unit ?? "USD";
  const kinds = new Set(options.kinds ?? (unit === "USD" ? MONEY_KINDS : PHYSICAL_KINDS));
  const types = options.types ? new Set(options.types) : undefined;
  const excluded: ExcludedFlow[] = [];
  const candidates: Candidate[] = [];

  for (const current of currentView(dataset.deals, asOf).deals) {
    const { deal, status } = current;
    if (types && !types.has(deal.type)) continue;
    deal.flows.forEach((flow, index) => {
      if (flow.unit !== unit || !kinds.has(flow.kind)) return;
      // A conditional tranche is listed as excluded on the committed basis even when the data gives
      // only its announced figure, so the gap between headline and commitment stays visible.
      const shownConditional = basis === "committed" && flow.conditional;
      const layer = layerFigure(flow, basis) ?? (shownConditional ? flow.announced : undefined);
      if (!layer) return;
      const figure = figureInForce(layer, asOf);
      const candidate = { deal, current, flow, flowId: flow.id ?? String(index + 1), figure, status };
      const reason = exclusionReason(candidate, basis, asOf, options.includeReported === true);
      if (reason) excluded.push(describe(candidate, reason));
      else candidates.push(candidate);
    });
  }

  const totals = new Map<string, number>();
  for (const c of candidates) totals.set(c.deal.id, (totals.get(c.deal.id) ?? 0) + amountOf(c.figure).value);
  const choice = chooseCounted(overlapGraph(dataset.deals), (id) => totals.get(id) ?? 0);

  const rows: FlowRow[] = [];
  for (const c of candidates) {
    const countedIn = choice.excluded.get(c.deal.id);
    if (countedIn !== undefined) {
      excluded.push({ ...describe(c, "overlap"), countedIn });
      continue;
    }
    if (options.entity !== undefined && c.flow.from !== options.entity && c.flow.to !== options.entity)
      continue;
    if (options.deal !== undefined && c.deal.id !== options.deal) continue;
    const { timing, shares } = flowTiming(c.deal, c.flow, basis === "paid" ? c.figure.asOf : undefined);
    const sources = figureSources(c.figure);
    for (const part of spread(amountOf(c.figure), shares)) {
      if (options.fromYear !== undefined && part.year < options.fromYear) continue;
      if (options.toYear !== undefined && part.year > options.toYear) continue;
      rows.push(makeRow(c, part.year, part.amount, timing, sources));
    }
  }
  rows.sort((a, b) => a.year - b.year || b.amount.value - a.amount.value || compareText(a.deal, b.deal));
  const entityExcluded = excluded.filter(
    (e) =>
      (options.entity === undefined || e.from === options.entity || e.to === options.entity) &&
      (options.deal === undefined || e.deal === options.deal),
  );
  return {
    basis,
    asOf,
    unit,
    rows,
    excluded: entityExcluded,
    byYear: totalsByYear(rows),
    total: sumAmounts(rows.map((r) => r.amount)),
    approximate: choice.approximate,
  };
}

function exclusionReason(
  c: Candidate,
  basis: Basis,
  asOf: string,
  includeReported: boolean,
): ExclusionReason | undefined {
  if (basis === "paid") return undefined;
  if (c.current.standing === "terminated") return "terminated";
  if (c.current.standing === "replaced") return "replaced";
  if (basis === "committed" && c.flow.conditional) return "conditional";
  if (basis === "committed") {
    if (!isBindingAsOf(c.deal, asOf)) return "not-binding";
  }
  if (basis === "announced" && c.current.tier === "reported" && !includeReported) return "reported-only";
  return undefined;
}

/**
 * One row. Its fields are added in a fixed order after the literal, never by spreading a shared
 * object: spread rows end up in V8's slow dictionary mode, which made sorting 350k rows take
 * seconds instead of milliseconds.
 */
function makeRow(c: Candidate, year: number, amount: Amount, timing: Timing, sources: string[]): FlowRow {
  const row = describeRow(c, sources) as FlowRow;
  row.year = year;
  row.amount = amount;
  row.timing = timing;
  return row;
}

function describeRow(
  c: Candidate,
  sources = figureSources(c.figure),
): Omit<FlowRow, "year" | "amount" | "timing"> {
  return {
    deal: c.deal.id,
    flow: c.flowId,
    kind: c.flow.kind,
    from: c.flow.from,
    to: c.flow.to,
    unit: c.flow.unit,
    conditional: c.flow.conditional,
    status: c.status,
    tier: c.current.tier,
    estimate: c.figure.estimate === true,
    sources,
  };
}

function describe(c: Candidate, reason: ExclusionReason): ExcludedFlow {
  const out: ExcludedFlow = { ...describeRow(c), amount: amountOf(c.figure), reason };
  if (reason === "replaced" && c.current.replacedBy) out.replacedBy = c.current.replacedBy;
  return out;
}

export function totalsByYear(rows: readonly FlowRow[]): { year: number; amount: Amount }[] {
  const byYear = new Map<number, Amount>();
  for (const row of rows) byYear.set(row.year, addAmounts(byYear.get(row.year) ?? ZERO, row.amount));
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount }));
}

/**
 * Each deal's own amount in a flow result: what it counts, plus what an overlapping report counts
 * instead of it (its own size, which a deal table shows). Replaced, terminated, conditional and
 * non-binding money is not the deal's amount on that basis and stays out.
 */
export function ownAmountsByDeal(result: FlowResult): Map<string, Amount> {
  const own = new Map<string, Amount>();
  const add = (deal: string, amount: Amount) => own.set(deal, addAmounts(own.get(deal) ?? ZERO, amount));
  for (const row of result.rows) add(row.deal, row.amount);
  for (const ex of result.excluded) if (ex.reason === "overlap") add(ex.deal, ex.amount);
  return own;
}
