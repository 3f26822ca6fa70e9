/**
 * The overview's numbers, all from src/core on the raw dataset: money announced, committed and paid
 * and GW promised (the summary report, as `halqa summary` and /api/stats), the round-trip multiplier
 * (traceFlows on the cash graph, as `halqa circularity`), and the money loops (the loops the loops
 * report lists, as `halqa loops` and /api/loops, every loop listed; overview.test.ts holds them equal).
 */
import { traceFlows } from "@core/circularity/tracing.ts";
import type { Basis } from "@core/flows/expand.ts";
import { findMoneyLoops, type MoneyLoop } from "@core/loops/money-loops.ts";
import { type MoneyGraph, moneyGraph } from "@core/network/money-graph.ts";
import { type LoopsReport, loopsCounted } from "@core/reports/loops-report.ts";
import { type SummaryReport, summaryReport } from "@core/reports/summary-report.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import { OVERVIEW_SUMMARY_TOP } from "../data/served-summary.ts";

/** Longest loop searched, in steps: the API's and the CLI's default. */
export const LOOP_MAX_LENGTH = 6;

export type Overview = {
  stats: SummaryReport;
  /** null when nothing flows; Infinity when money flows but none enters from outside. */
  multiplier: number | null;
  loops: MoneyLoop[];
  truncated: boolean;
  graph: MoneyGraph;
};

/** The round-trip multiplier of the cash graph, or null when it cannot be traced. */
export function multiplierOf(dataset: Dataset, basis: Basis, asOf: string): number | null {
  const { list } = moneyGraph(dataset, { basis, asOf, kinds: ["cash"] });
  try {
    return traceFlows(list).multiplier;
  } catch {
    // A component too large for the dense solve; the circularity page says why.
    return null;
  }
}

/** The last summary, kept: the overview's figures paint from it first, then the full page reads it again. */
let lastStats: { dataset: Dataset; asOf: string; stats: SummaryReport } | undefined;

/**
 * The headline figures (money and GW), shown before the loops are searched. `served`: the same
 * summary as the server computed it for this dataset and date (GET /api/stats?top=1), taken instead
 * of computing it again.
 */
export function overviewStatsOf(dataset: Dataset, asOf: string, served?: SummaryReport): SummaryReport {
  if (lastStats?.dataset !== dataset || lastStats.asOf !== asOf)
    lastStats = {
      dataset,
      asOf,
      stats: served ?? summaryReport(dataset, { asOf, top: OVERVIEW_SUMMARY_TOP }),
    };
  return lastStats.stats;
}

/**
 * The last overview, kept: on a cold load the overview page computes it while the full page's code
 * is still arriving, and the full page's own call then takes it (web/src/pages/overview/).
 */
let lastOverview: { dataset: Dataset; basis: Basis; asOf: string; overview: Overview } | undefined;

export function overviewOf(dataset: Dataset, basis: Basis, asOf: string): Overview {
  const kept = lastOverview;
  if (kept?.dataset === dataset && kept.basis === basis && kept.asOf === asOf) return kept.overview;
  const overview = searchOverview(dataset, basis, asOf);
  lastOverview = { dataset, basis, asOf, overview };
  return overview;
}

function searchOverview(dataset: Dataset, basis: Basis, asOf: string): Overview {
  const stats = overviewStatsOf(dataset, asOf);
  // The map draws the graph the loops report searches, and the loops are searched on it here rather
  // than through loopsReport, which builds the graph again and also counts the loops on cash alone
  // (a figure the overview does not show): on a cold load that was two more expansions of every
  // deal's flows and a second loop search before the first render.
  const graph = moneyGraph(dataset, { basis, asOf });
  const found = findMoneyLoops(graph, { maxLength: LOOP_MAX_LENGTH });
  return {
    stats,
    multiplier: multiplierOf(dataset, basis, asOf),
    loops: found.loops,
    truncated: found.truncated,
    graph,
  };
}

/**
 * What the overview's loop count counts (the loops report's `counted`), shown under the largest loops.
 * Apart from overviewOf because it searches the cash-only graph again: the page asks for it after
 * the first paint.
 */
export function overviewCountedOf(
  dataset: Dataset,
  basis: Basis,
  asOf: string,
  found: number,
): LoopsReport["counted"] {
  return loopsCounted(dataset, { basis, asOf, maxLength: LOOP_MAX_LENGTH }, found);
}
