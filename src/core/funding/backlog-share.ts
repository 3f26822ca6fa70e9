/**
 * How much of a seller's reported backlog one contract is, and whether the data counts it as binding.
 *
 * A seller's remaining performance obligations (RPO) or backlog hold only contracted revenue, so a
 * contract that made the backlog jump is contracted in the seller's accounts even where the press
 * reported it before the companies confirmed it. For a deal with a cash flow from buyer to seller:
 *
 *   contract    the flow's committed figure, else its announced one (which layer is said)
 *   share(f)    = contract / backlog(f)   for each backlog figure f from the largest jump on
 *   jump        the largest rise between consecutive backlog figures (period order), and
 *               contract / rise: how much of that rise the contract can explain
 *   binding     counted on halqa's committed basis: the status as of the date binds the parties
 *               (signed, closed, funded) and the flow has a committed figure
 *
 * `inBacklog` is true when the rise is at least the contract: the seller then reports it as
 * contracted. `inBacklog && !binding` is the case to flag: the seller books what the data (and so
 * `--basis committed`) leaves out. Periods are ordered as written ("FY2026-Q1" < "FY2026-Q2"); a
 * seller's fiscal calendar is not in the data, so the jump, not a date, places the contract.
 * Complexity: O(F log F) for F backlog figures of the seller.
 */

import { compareText } from "../compare.ts";
import { amountOf } from "../dataset/figures.ts";
import { isBindingAsOf, statusAsOf } from "../dataset/status.ts";
import type { Dataset } from "../model/dataset.ts";
import type { DealStatus } from "../model/deal.ts";

export const BACKLOG_METRICS = ["rpo", "backlog"] as const;

export type BacklogFigure = {
  metric: (typeof BACKLOG_METRICS)[number];
  period: string;
  value: number;
  /** contract ÷ value, for the figures from the largest jump on; null before it. */
  share: number | null;
  sources: string[];
};

export type BacklogShare = {
  deal: string;
  buyer: string;
  seller: string;
  contract: number;
  contractLayer: "committed" | "announced";
  contractSources: string[];
  /** When payments start (the deal's or the flow's period), if given. */
  start: string | null;
  status: DealStatus | null;
  binding: boolean;
  backlog: BacklogFigure[];
  jump: { from: string; to: string; rise: number; contractShareOfRise: number } | null;
  /** Null when the series shows no rise to place the contract in. */
  inBacklog: boolean | null;
};

/** The backlog check of one deal's cash flow from `buyer` (default: the first cash flow's payer). */
export function backlogShare(
  dataset: Pick<Dataset, "deals" | "financials">,
  options: { deal: string; asOf: string },
): BacklogShare | undefined {
  const deal = dataset.deals.find((d) => d.id === options.deal);
  const flow = deal?.flows.find((f) => f.kind === "cash" && f.unit === "USD");
  if (!deal || !flow) return undefined;
  const figure = flow.committed ?? flow.announced;
  if (!figure) return undefined;
  const contract = amountOf(figure).value;
  const series = dataset.financials
    .filter((f) => f.entity === flow.to && f.unit === "USD")
    .filter((f) => (BACKLOG_METRICS as readonly string[]).includes(f.metric) && !f.forecast)
    .sort((a, b) => compareText(a.period, b.period));
  let jump: BacklogShare["jump"] = null;
  let jumpAt = -1;
  for (let i = 1; i < series.length; i++) {
    const [before, f] = [series[i - 1], series[i]];
    if (!before || !f) continue;
    const rise = amountOf(f).value - amountOf(before).value;
    if (rise > 0 && (jump === null || rise > jump.rise)) {
      jump = { from: before.period, to: f.period, rise, contractShareOfRise: contract / rise };
      jumpAt = i;
    }
  }
  const status = statusAsOf(deal, options.asOf) ?? null;
  const period = flow.period ?? deal.period;
  return {
    deal: deal.id,
    buyer: flow.from,
    seller: flow.to,
    contract,
    contractLayer: flow.committed ? "committed" : "announced",
    contractSources: [...figure.sources],
    start: period ? String(period.start) : null,
    status,
    // Counted as binding = counted on the committed basis: a binding status and a committed figure.
    binding: flow.committed !== undefined && isBindingAsOf(deal, options.asOf),
    backlog: series.map((f, i) => {
      const value = amountOf(f).value;
      return {
        metric: f.metric as BacklogFigure["metric"],
        period: f.period,
        value,
        share: jumpAt >= 0 && i >= jumpAt && value > 0 ? contract / value : null,
        sources: [...f.sources],
      };
    }),
    jump,
    inBacklog: jump === null ? null : (jump as { rise: number }).rise >= contract,
  };
}

/** The backlog checks of an entity's purchases from sellers that report a backlog, largest first. */
export function backlogChecks(
  dataset: Pick<Dataset, "deals" | "financials">,
  options: { entity: string; asOf: string },
): BacklogShare[] {
  const sellers = new Set(
    dataset.financials
      .filter((f) => (BACKLOG_METRICS as readonly string[]).includes(f.metric))
      .map((f) => f.entity),
  );
  const candidates = dataset.deals
    .filter((d) =>
      d.flows.some(
        (f) => f.kind === "cash" && f.from === options.entity && sellers.has(f.to) && f.unit === "USD",
      ),
    )
    .filter((d) => d.type === "compute-commitment" || d.type === "lease");
  // A reported total whose parts are contracts of their own is checked through its parts: listed
  // beside them, its share would be read as a further contract, and "not binding" would be said of
  // money the parts already count.
  const totals = new Set(
    candidates.flatMap((d) => (d.links ?? []).filter((l) => l.type === "part-of").map((l) => l.deal)),
  );
  return candidates
    .filter((d) => !totals.has(d.id))
    .map((d) => backlogShare(dataset, { deal: d.id, asOf: options.asOf }))
    .filter((c): c is BacklogShare => c !== undefined && c.buyer === options.entity && c.backlog.length > 0)
    .sort((a, b) => b.contract - a.contract || compareText(a.deal, b.deal));
}
