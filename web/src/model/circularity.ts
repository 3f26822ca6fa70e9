/**
 * The circularity page's numbers, from src/core/circularity with the options `halqa circularity`
 * uses: each entity's own money back along named loops (the traceable measure, shown first), the
 * proportional-mixing shares with the chains behind each origin, the round-trip multiplier and, on
 * request, the degree-preserving null model.
 */
import { type NullModelResult, nullModel } from "@core/circularity/index.ts";
import type { Basis } from "@core/flows/expand.ts";
import type { EdgeList } from "@core/graph/edge-list.ts";
import { moneyGraph } from "@core/network/money-graph.ts";
import { circularityEstimateLine } from "@core/reports/circularity-layout.ts";
import { type CircularityReport, circularityReport } from "@core/reports/circularity-report.ts";
import type { MessageCell } from "@core/reports/layout.ts";
import type { Dataset } from "@schema/dataset-file.ts";

export type Circularity =
  | { ok: true; list: EdgeList; report: CircularityReport }
  | { ok: false; list: EdgeList; reason: string };

/** The report `halqa circularity --json` prints (nodes ranked by own money back along loops). */
export function circularityOf(dataset: Dataset, basis: Basis, asOf: string): Circularity {
  const { list } = moneyGraph(dataset, { basis, asOf, kinds: ["cash"] });
  try {
    return { ok: true, list, report: circularityReport(dataset, { basis, asOf }) };
  } catch (error) {
    return { ok: false, list, reason: error instanceof Error ? error.message : String(error) };
  }
}

export type NullRun =
  | { samples: number; seed: number; result: NullModelResult }
  | { samples: number; seed: number; error: string };

export function runNullModel(list: EdgeList, samples: number, seed: number): NullRun {
  try {
    return { samples, seed, result: nullModel(list, { samples, seed }) };
  } catch (error) {
    return { samples, seed, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The lines under the headline, as the terminal prints them, from the report's own values: the binding
 * (committed) measure beside an announced headline, null on other bases; the part resting on estimates
 * (null when none); and what the loop count
 * counts (cash only) against the loops of every kind.
 */
export function circularityLines(report: CircularityReport): {
  binding: MessageCell | null;
  estimates: MessageCell | null;
  cashOnly: MessageCell;
} {
  const { binding, allKindsLoops, loopSearch } = report;
  return {
    estimates: circularityEstimateLine(report),
    binding: binding
      ? {
          key: "web.circularity.binding",
          values: {
            multiplier: { value: binding.multiplier, unit: "ratio" },
            inside: { value: binding.totalFlow, unit: "usd" },
            outside: { value: binding.outsideTotal, unit: "usd" },
            loops: { value: binding.loops, unit: "count" },
          },
        }
      : null,
    cashOnly: {
      key: "web.circularity.cashOnly",
      values: {
        allKinds: { value: allKindsLoops.found, unit: "count" },
        maxLength: { value: loopSearch.maxLength, unit: "count" },
      },
    },
  };
}
