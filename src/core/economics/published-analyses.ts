/**
 * The published "revenue needed" analyses recomputed from their stated inputs (docs/methods/economics.md):
 * JPMorgan's $650B a year, Bain's $2T and $800B shortfall, Sequoia's "$200B / $600B question" and its
 * 2025 update from Nvidia's reported data-centre revenue, and Morgan Stanley's funding waterfall. Each
 * analysis lists its inputs (editable by key), its outputs and the published figures beside them.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";
import { type EconAnalysis, type EconInput, fraction, type InputReader, output, present } from "./inputs.ts";
import {
  fundingWaterfall,
  impliedUsers,
  requiredRevenueForReturn,
  revenueNeededFromCapex,
  revenueQuestion,
} from "./revenue-needed.ts";

function analysis(id: string, inputs: (EconInput | undefined)[], keys: string[]) {
  const missing = keys.filter((_, i) => inputs[i] === undefined);
  return { id, inputs: inputs.filter(present), missing };
}

export function jpmorganAnalysis(read: InputReader): EconAnalysis {
  const capex = read.indicator("jpmorgan-ai-infrastructure-spend-2030", "low");
  const r = read.parameter("jpmorgan-target-return");
  const m = read.parameter("jpmorgan-return-share-of-revenue");
  const base = analysis(
    "jpmorgan-revenue-for-return",
    [capex, r, m],
    ["jpmorgan-ai-infrastructure-spend-2030", "jpmorgan-target-return", "jpmorgan-return-share-of-revenue"],
  );
  const revenue =
    capex && r && m
      ? requiredRevenueForReturn({
          capex: capex.value,
          targetReturn: fraction(r),
          returnShareOfRevenue: fraction(m),
        })
      : null;
  const iphone = read.published("jpmorgan-revenue-needed-per-iphone-user");
  const netflix = read.published("jpmorgan-revenue-needed-per-netflix-subscriber");
  return {
    ...base,
    outputs: [
      // The share m is backed out from the $650B itself (money.yaml): matching it is by construction.
      output(
        "revenue-needed-per-year",
        revenue,
        "USD",
        read.published("jpmorgan-ai-revenue-needed-2030"),
        undefined,
        { calibrated: true },
      ),
      ...(revenue !== null && iphone
        ? [output("implied-iphone-users", impliedUsers(revenue, iphone.value), "count")]
        : []),
      ...(revenue !== null && netflix
        ? [output("implied-netflix-subscribers", impliedUsers(revenue, netflix.value), "count")]
        : []),
    ],
  };
}

export function bainAnalysis(read: InputReader): EconAnalysis {
  const capex = read.indicator("bain-dc-capex-per-year-2030", "low");
  const ratio = read.parameter("bain-capex-to-revenue-ratio");
  const fundable = read.parameter("bain-fundable-revenue-2030");
  const base = analysis(
    "bain-revenue-needed",
    [capex, ratio, fundable],
    ["bain-dc-capex-per-year-2030", "bain-capex-to-revenue-ratio", "bain-fundable-revenue-2030"],
  );
  const result =
    capex && ratio && fundable
      ? revenueNeededFromCapex({
          capexPerYear: capex.value,
          capexToRevenue: fraction(ratio),
          fundable: fundable.value,
        })
      : null;
  return {
    ...base,
    outputs: [
      output(
        "revenue-needed-per-year",
        result?.revenueNeeded ?? null,
        "USD",
        read.published("bain-ai-revenue-needed-2030"),
        undefined,
        // The ratio is backed out from Bain's $500B → $2T, the fundable revenue from its $800B.
        { calibrated: true },
      ),
      output(
        "revenue-shortfall",
        result?.shortfall ?? null,
        "USD",
        read.published("bain-ai-revenue-shortfall-2030"),
        undefined,
        { calibrated: true },
      ),
    ],
  };
}

/**
 * Cahn's question for each vintage: the stated run-rates of 2023 and 2024, and the latest reported
 * Nvidia data-centre quarter × 4 from the financials for the 2025 update.
 */
export function sequoiaAnalysis(read: InputReader, dataset: Pick<Dataset, "financials">): EconAnalysis {
  const share = read.parameter("cahn-gpu-share-of-dc-cost");
  const margin = read.parameter("cahn-end-user-margin");
  const latest = latestDataCentreQuarter(dataset);
  const runRates: [string, EconInput | undefined, string][] = [
    ["2023", read.indicator("cahn-nvidia-dc-run-rate-2023"), "sequoia-ai-revenue-question-2023"],
    ["2024", read.indicator("cahn-nvidia-dc-run-rate-2024"), "sequoia-ai-revenue-question-2024"],
    ["2025", latest ? read.derived(latest) : undefined, "sequoia-ai-revenue-question-2025"],
  ];
  const base = analysis(
    "sequoia-revenue-question",
    [share, margin, ...runRates.map(([, input]) => input)],
    ["cahn-gpu-share-of-dc-cost", "cahn-end-user-margin", ...runRates.map(([, , id]) => `${id} run-rate`)],
  );
  const outputs = runRates.map(([vintage, runRate, publishedId]) => {
    const value =
      runRate && share && margin
        ? revenueQuestion({
            runRate: runRate.value,
            gpuShareOfCost: fraction(share),
            endUserMargin: fraction(margin),
          }).revenueNeeded
        : null;
    return output("revenue-question", value, "USD", read.published(publishedId), { vintage });
  });
  return { ...base, outputs };
}

/** Nvidia's latest reported Data Center quarter, annualised (× 4), as a derived input. */
function latestDataCentreQuarter(dataset: Pick<Dataset, "financials">): EconInput | undefined {
  const quarters = dataset.financials
    .filter(
      (f) =>
        f.entity === "nvidia" &&
        f.metric === "segment-revenue" &&
        /data cent/i.test(f.label ?? "") &&
        !f.forecast &&
        /Q[1-4]$/.test(f.period),
    )
    .sort((a, b) => (a.period < b.period ? 1 : -1));
  const q = quarters[0];
  if (!q) return undefined;
  return {
    key: "nvidia-dc-run-rate-latest",
    value: amountOf(q).value * 4,
    unit: "USD",
    from: `financials:nvidia/segment-revenue/${q.period} (Data Center) × 4`,
    sources: q.sources,
    estimate: true,
  };
}

const WATERFALL_SOURCES = [
  "morgan-stanley-gap-private-credit",
  "morgan-stanley-gap-pe-sovereign",
  "morgan-stanley-gap-corporate-debt",
  "morgan-stanley-gap-abs-cmbs",
];

export function morganStanleyAnalysis(read: InputReader): EconAnalysis {
  const spend = read.indicator("morgan-stanley-global-dc-spend-2025-2028");
  const cash = read.indicator("morgan-stanley-hyperscaler-cash-flow-coverage-2025-2028");
  const sources = WATERFALL_SOURCES.map((id) => read.indicator(id));
  const base = analysis(
    "morgan-stanley-waterfall",
    [spend, cash, ...sources],
    [
      "morgan-stanley-global-dc-spend-2025-2028",
      "morgan-stanley-hyperscaler-cash-flow-coverage-2025-2028",
      ...WATERFALL_SOURCES,
    ],
  );
  if (!spend || !cash) return { ...base, outputs: [output("financing-gap", null, "USD")] };
  const result = fundingWaterfall({
    spend: spend.value,
    internalCash: cash.value,
    sources: sources.filter(present).map((s) => ({ key: s.key, amount: s.value })),
  });
  return {
    ...base,
    outputs: [
      output("financing-gap", result.gap, "USD", read.published("morgan-stanley-dc-financing-gap-2025-2028")),
      ...result.shares.map((s) =>
        output("gap-share", s.share * 100, "percent", undefined, { source: s.key }),
      ),
      output("gap-unexplained", result.unexplained, "USD"),
    ],
  };
}
