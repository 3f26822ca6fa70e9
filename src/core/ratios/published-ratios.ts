/**
 * The published ratios of the circular-economy debate, recomputed from the dataset: each with its
 * inputs and their sources, the published figure beside it, and — where the data cannot support the
 * ratio — what is missing. Pure: the as-of date and the dataset are inputs.
 */

import { amountOf } from "../dataset/figures.ts";
import { partyCount } from "../dataset/party-count.ts";
import { expandFlows } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { concentrationRatio } from "./concentration-ratio.ts";
import {
  dealsOf,
  financialInput,
  financials,
  flowsInput,
  flowsTotal,
  indicatorInput,
  latestAnnualRevenue,
  type Ratio,
  type RatioInput,
  text,
} from "./inputs.ts";
import { nvidiaContingentToRevenue, nvidiaDealFinancingToRevenue } from "./nvidia-financing.ts";
import { usdPerGw } from "./usd-per-gw.ts";

export type { Ratio } from "./inputs.ts";

export function publishedRatios(dataset: Dataset, asOf: string): Ratio[] {
  return [
    nvidiaCommitmentsToRevenue(dataset),
    nvidiaDealFinancingToRevenue(dataset, asOf),
    nvidiaContingentToRevenue(dataset, asOf),
    microsoftShareOfNvidia(dataset),
    concentrationRatio(dataset, asOf),
    openAiCommitmentsToRevenue(dataset, asOf),
    oracleRpoToFcf(dataset),
    usdPerGw(dataset, asOf),
  ];
}

function latestNvidiaRevenue(dataset: Dataset): RatioInput | undefined {
  return latestAnnualRevenue(dataset, "nvidia");
}

function nvidiaCommitmentsToRevenue(dataset: Dataset): Ratio {
  const commitments = financials(dataset, "nvidia", "investment-commitments")[0];
  const revenue = latestNvidiaRevenue(dataset);
  const published = indicatorInput(
    dataset,
    "tunguz-nvidia-investment-commitments-to-revenue",
    text("input.tunguz"),
  );
  const inputs = [
    commitments ? financialInput(commitments, text("input.nvidiaCommitments")) : undefined,
    revenue,
  ].filter(isInput);
  return {
    id: "nvidia-commitments-to-revenue",
    value: commitments && revenue ? (inputs[0] as RatioInput).value / revenue.value : null,
    unit: "ratio",
    formula: "report.ratios.formula.commitmentsToRevenue",
    inputs,
    published: published ? [published] : [],
    missing: [
      ...(commitments ? [] : [text("missingInput.nvidiaCommitments")]),
      ...(revenue ? [] : [text("missingInput.nvidiaRevenue")]),
    ],
    note: { key: "report.ratios.note.annualised", values: {} },
  };
}

function microsoftShareOfNvidia(dataset: Dataset): Ratio {
  const share = financials(dataset, "nvidia", "customer-share").find((f) => f.counterparty === "microsoft");
  return {
    id: "microsoft-share-of-nvidia-revenue",
    value: share ? (share.value ?? null) : null,
    unit: "percent",
    formula: "report.ratios.formula.purchasesShare",
    inputs: share ? [financialInput(share, text("input.microsoftShareOfNvidia"))] : [],
    published: share ? [financialInput(share, text("input.arabianBusinessEstimate"))] : [],
    missing: [text("missingInput.microsoftPurchases")],
  };
}

function openAiCommitmentsToRevenue(dataset: Dataset, asOf: string): Ratio {
  const revenue = latestAnnualRevenue(dataset, "openai");
  const stated = financials(dataset, "openai", "infrastructure-commitments").find((f) => f.unit === "USD");
  const committed = expandFlows(dataset, { basis: "committed", asOf }).rows.filter(
    (r) => r.from === "openai",
  );
  const announced = expandFlows(dataset, { basis: "announced", asOf }).rows.filter(
    (r) => r.from === "openai",
  );
  const inputs: RatioInput[] = [
    flowsInput(text("input.openaiCommitted"), committed),
    flowsInput(text("input.openaiAnnounced"), announced),
  ];
  // The announced sum includes analysts' values of deals that state no amount (the ~$500B for OpenAI's
  // 10 GW of Nvidia systems): named, so the ratio is never read as resting on stated amounts alone.
  const estimated = announced.filter((r) => r.estimate);
  if (estimated.length > 0)
    inputs.push(
      flowsInput(
        text("input.openaiEstimated", {
          count: dealsOf(estimated).length,
          parties: partyCount(dataset.deals, dealsOf(estimated)),
        }),
        estimated,
        true,
      ),
    );
  if (revenue) inputs.push(revenue);
  const published = stated ? [financialInput(stated, text("input.altmanCommitments"))] : [];
  return {
    id: "openai-commitments-to-revenue",
    value: revenue ? flowsTotal(announced) / revenue.value : null,
    unit: "ratio",
    formula: "report.ratios.formula.paymentsToRevenue",
    inputs,
    published: revenue && stated ? [...published, revenue] : published,
    missing: revenue ? [] : [text("missingInput.openaiRevenue")],
  };
}

function oracleRpoToFcf(dataset: Dataset): Ratio {
  const rpo = financials(dataset, "oracle", "rpo")[0];
  const fcf = financials(dataset, "oracle", "free-cash-flow").find((f) => !f.label);
  const inputs = [
    rpo ? financialInput(rpo, text("input.oracleRpo")) : undefined,
    fcf ? financialInput(fcf, text("input.oracleFcf")) : undefined,
  ].filter(isInput);
  return {
    id: "oracle-rpo-to-fcf",
    value: rpo && fcf?.value ? amountOf(rpo).value / fcf.value : null,
    unit: "ratio",
    formula: "report.ratios.formula.rpoToFcf",
    inputs,
    published: inputs,
    missing: [
      ...(rpo ? [] : [text("missingInput.oracleRpo")]),
      ...(fcf ? [] : [text("missingInput.oracleFcf")]),
    ],
  };
}

export function isInput(x: RatioInput | undefined): x is RatioInput {
  return x !== undefined;
}
