/**
 * `halqa funding <entity> --json` and GET /api/funding/{id}: the funding gap per year.
 */
import { z } from "zod";
import { Basis, byKey } from "./common.ts";

/** A parameter the analysis used, with its sources; `overridden` when the user gave another value. */
const CitedValue = z.strictObject({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  sources: z.array(z.string()),
  estimate: z.boolean(),
  overridden: z.boolean(),
});

export const FundingReport = z.strictObject({
  entity: z.string(),
  basis: Basis,
  asOf: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  growth: CitedValue.nullable(),
  growthUsed: z.number(),
  costRatio: CitedValue.nullable(),
  commitmentYears: CitedValue.nullable(),
  startingCash: z.number(),
  startingCashKnown: z.boolean(),
  startingCashSource: z.strictObject({ period: z.string(), sources: z.array(z.string()) }).nullable(),
  lastRevenueYear: z.number().int().nullable(),
  years: z.array(
    z.strictObject({
      year: z.number().int(),
      missing: z.boolean(),
      revenue: z.number(),
      revenueSource: z.string().nullable(),
      commitmentsDue: z.number(),
      otherCosts: z.number(),
      costRule: z.string().nullable(),
      reportedResult: z.number().nullable(),
      operatingCashFlow: z.number(),
      financing: z.number(),
      financingByType: byKey(z.number()),
      gap: z.number(),
      cumulativeBurn: z.number(),
      cash: z.number(),
    }),
  ),
  totals: z.strictObject({
    commitmentsDue: z.number(),
    financing: z.number(),
    gap: z.number(),
    cumulativeBurn: z.number(),
    netBurn: z.number(),
  }),
  shortfall: z.number(),
  shortfallParts: z
    .strictObject({
      year: z.number().int(),
      netBurn: z.number(),
      financing: z.number(),
      startingCash: z.number(),
    })
    .nullable(),
  runsOut: z
    .number()
    .int()
    .nullable()
    .describe("The year the cash runs out; null if it does not in the window."),
  runway: z.string(),
  growthToClose: z.strictObject({
    status: z.string(),
    iterations: z.number().int(),
    growth: z.number().optional(),
  }),
  missingYears: z.array(z.number()),
  reported: z.array(
    z.strictObject({
      metric: z.string(),
      period: z.string(),
      value: z.number(),
      forecast: z.boolean(),
      estimate: z.boolean(),
      sources: z.array(z.string()),
    }),
  ),
  reconciliation: z.array(
    z.strictObject({
      metric: z.string(),
      period: z.string(),
      reported: z.number(),
      model: z.number(),
      difference: z.number(),
      forecast: z.boolean(),
      estimate: z.boolean(),
      sources: z.array(z.string()),
      years: z.array(
        z.strictObject({
          year: z.number().int(),
          model: z.number(),
          reason: z.string(),
        }),
      ),
    }),
  ),
  backlog: z.array(
    z.strictObject({
      deal: z.string(),
      buyer: z.string(),
      seller: z.string(),
      contract: z.number(),
      contractLayer: z.string(),
      contractSources: z.array(z.string()),
      start: z.string().nullable(),
      status: z.string().nullable(),
      binding: z.boolean(),
      backlog: z.array(
        z.strictObject({
          metric: z.string(),
          period: z.string(),
          value: z.number(),
          share: z.number().nullable(),
          sources: z.array(z.string()),
        }),
      ),
      jump: z
        .strictObject({
          from: z.string(),
          to: z.string(),
          rise: z.number(),
          contractShareOfRise: z.number(),
        })
        .nullable(),
      inBacklog: z.boolean().nullable(),
    }),
  ),
});
