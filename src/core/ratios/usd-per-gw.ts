/**
 * Dollars per gigawatt implied by the deals that state both a price and a capacity (announced basis),
 * beside the unit bridges people quote (Huang's ~$35B of Nvidia systems per GW, OpenAI's ~$50B all-in,
 * the industry's $20–25B). The recomputed value is the median over deals: deals price different
 * things (chips only, cloud services, whole campuses), so the spread matters as much as the centre.
 * A dollar figure that is an analyst's estimate (the parties stated none: the ~$500B for OpenAI's
 * 10 GW of Nvidia systems, the ~$90B for AMD's 6 GW) is not a price the deal states: such deals are
 * named under the ratio and left out of the median and the range.
 */

import { compareText } from "../compare.ts";
import { expandFlows } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { parameterInput, type Ratio, type RatioInput, type RatioNote, text } from "./inputs.ts";

export function usdPerGw(dataset: Dataset, asOf: string): Ratio {
  const usd = totalsByDeal(expandFlows(dataset, { basis: "announced", asOf }).rows);
  const gw = totalsByDeal(
    expandFlows(dataset, { basis: "announced", asOf, unit: "GW", kinds: ["compute", "chips"] }).rows,
  );
  const inputs: RatioInput[] = [];
  const estimated: RatioNote[] = [];
  for (const [deal, capacity] of [...gw].sort(([a], [b]) => compareText(a, b))) {
    const price = usd.get(deal);
    if (!price || capacity.value <= 0 || price.value <= 0) continue;
    if (price.estimate) {
      estimated.push(text("note.usdPerGwEstimate", { deal, usd: price.value, gw: capacity.value }));
      continue;
    }
    inputs.push({
      label: text("input.usdPerGwDeal", { deal, usd: price.value, gw: capacity.value }),
      value: price.value / capacity.value,
      unit: "USD-per-GW",
      from: `deals:${deal}`,
      sources: [...new Set([...price.sources, ...capacity.sources])],
    });
  }
  const values = inputs.map((i) => i.value).sort((a, b) => a - b);
  const published = [
    parameterInput(dataset, "usd-per-gw-nvidia-systems", text("input.huangPerGw")),
    parameterInput(dataset, "usd-per-gw-all-in-openai", text("input.openaiPerGw")),
    parameterInput(dataset, "usd-per-gw-all-in-industry", text("input.industryPerGw")),
  ].filter((x): x is RatioInput => x !== undefined);
  return {
    id: "usd-per-gw",
    value: values.length > 0 ? median(values) : null,
    unit: "USD-per-GW",
    formula: "report.ratios.formula.usdPerGw",
    inputs,
    published,
    missing: inputs.length > 0 ? [] : [text("missingInput.noPricedCapacity")],
    ...(estimated.length > 0
      ? { notes: [text("note.usdPerGwEstimatesOut", { count: estimated.length }), ...estimated] }
      : {}),
    ...(values.length > 0
      ? {
          note: {
            key: "report.ratios.note.usdPerGwRange",
            values: {
              low: values[0] as number,
              high: values[values.length - 1] as number,
              count: values.length,
            },
          },
        }
      : {}),
  };
}

/** Each deal's total, and whether every row of it is an estimate (no figure a party stated). */
function totalsByDeal(
  rows: readonly { deal: string; amount: { value: number }; sources: string[]; estimate: boolean }[],
) {
  const totals = new Map<string, { value: number; sources: string[]; estimate: boolean }>();
  for (const r of rows) {
    const t = totals.get(r.deal) ?? { value: 0, sources: [], estimate: true };
    t.value += r.amount.value;
    t.sources.push(...r.sources);
    t.estimate &&= r.estimate;
    totals.set(r.deal, t);
  }
  return totals;
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
