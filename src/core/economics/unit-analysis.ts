/**
 * Unit economics from the data: compute cost per revenue dollar per entity (financials), the seed
 * article's illustrative 1.2, Kruze's share of startup revenue spent on cloud and models (now and two
 * years earlier) and IBM's +90 % enterprise compute cost turned into a yearly rate.
 */
import type { Dataset } from "../model/dataset.ts";
import { type EconAnalysis, type InputReader, output, present } from "./inputs.ts";
import { annualisedGrowth, subsidyRatios } from "./unit-economics.ts";

export function subsidyAnalysis(read: InputReader, dataset: Pick<Dataset, "financials">): EconAnalysis {
  const illustrative = read.parameter("compute-cost-per-revenue-dollar-illustrative");
  const ratios = subsidyRatios(dataset);
  const inputs = ratios.flatMap((r) => [
    read.derived({
      key: `${r.entity}-compute-cost-${r.period}`,
      label: { key: "entity-compute-cost", params: { entity: r.entity, period: r.period } },
      value: r.computeCost,
      unit: "USD",
      from: `financials:${r.entity}/compute-cost/${r.period}`,
      sources: r.sources,
      ...(r.estimate ? { estimate: true } : {}),
    }),
    read.derived({
      key: `${r.entity}-revenue-${r.period}`,
      label: { key: "entity-revenue", params: { entity: r.entity, period: r.period } },
      value: r.revenue,
      unit: "USD",
      from: `financials:${r.entity}/revenue/${r.period}`,
      sources: r.sources,
    }),
  ]);
  const outputs = ratios.map((r, i) => {
    const cost = inputs[2 * i]?.value ?? r.computeCost;
    const revenue = inputs[2 * i + 1]?.value ?? r.revenue;
    return output("subsidy-ratio", cost / revenue, "ratio", undefined, {
      entity: r.entity,
      period: r.period,
    });
  });
  if (illustrative) outputs.push(output("subsidy-ratio-illustrative", illustrative.value, "ratio"));
  return {
    id: "subsidy-ratio",
    inputs: [...inputs, ...(illustrative ? [illustrative] : [])],
    outputs,
    missing: [
      ...(ratios.length ? [] : ["financials with both compute-cost and revenue for one period"]),
      ...(illustrative ? [] : ["compute-cost-per-revenue-dollar-illustrative"]),
    ],
  };
}

export function startupAnalysis(read: InputReader): EconAnalysis {
  const share = read.indicator("kruze-startup-cloud-and-model-spend-share");
  const multiple = read.indicator("kruze-startup-cloud-and-model-spend-vs-two-years-earlier");
  const ibm = read.indicator("ibm-enterprise-compute-cost-growth-2023-2025");
  const outputs = [
    output("compute-per-revenue-dollar", share ? share.value / 100 : null, "ratio"),
    output(
      "compute-share-two-years-earlier",
      share && multiple ? share.value / multiple.value : null,
      "percent",
    ),
    output(
      "compute-cost-growth-per-year",
      ibm ? annualisedGrowth(ibm.value, 2) : null,
      "percent",
      undefined,
      {
        from: 2023,
        to: 2025,
      },
    ),
  ];
  const all = [share, multiple, ibm];
  const ids = [
    "kruze-startup-cloud-and-model-spend-share",
    "kruze-startup-cloud-and-model-spend-vs-two-years-earlier",
    "ibm-enterprise-compute-cost-growth-2023-2025",
  ];
  return {
    id: "startup-compute",
    inputs: all.filter(present),
    outputs,
    missing: ids.filter((_, i) => all[i] === undefined),
  };
}
