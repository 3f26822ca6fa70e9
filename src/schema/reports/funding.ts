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

const FiscalYearParts = z.strictObject({
  year: z.number().int(),
  parts: z.array(z.strictObject({ period: z.string(), months: z.number().int() })),
});

export const FundingReport = z.strictObject({
  entity: z.string(),
  basis: Basis,
  asOf: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  growth: CitedValue.nullable(),
  growthUsed: z.number().describe("The yearly growth the projection used (a fraction)."),
  costRatio: CitedValue.nullable(),
  commitmentYears: CitedValue.nullable(),
  startingCash: z.number(),
  startingCashKnown: z
    .boolean()
    .describe("False when no reported cash figure precedes the window: runway unknown."),
  startingCashSource: z.strictObject({ period: z.string(), sources: z.array(z.string()) }).nullable(),
  lastRevenueYear: z.number().int().nullable(),
  years: z.array(
    z.strictObject({
      year: z.number().int(),
      missing: z.boolean().describe("No revenue figure yet: left out of the sums."),
      revenue: z.number(),
      revenueSource: z.string().nullable(),
      commitmentsDue: z
        .number()
        .nullable()
        .describe("Priced commitments due; null when nothing priced falls due (dueUnknown says why)."),
      dueUnknown: z
        .enum(["unpriced", "none-recorded"])
        .nullable()
        .describe(
          "Why commitmentsDue is null: only unpriced commitments fall due, or the deals record none (not $0: commitments outside the deals are unknown).",
        ),
      unpricedCommitments: z
        .array(z.string())
        .describe(
          "Deals whose payments fall due this year with no price in the data; not in commitmentsDue.",
        ),
      otherCosts: z.number(),
      costRule: z.string().nullable(),
      reportedResult: z.number().nullable(),
      operatingCashFlow: z.number(),
      financing: z.number(),
      financingByType: byKey(z.number()),
      gap: z.number().describe("max(0, −(operating cash flow + financing))."),
      cumulativeBurn: z.number().describe("Σ of the losses (loss years only)."),
      cash: z.number(),
    }),
  ),
  ownCostRatio: z
    .strictObject({ year: z.number().int(), value: z.number(), sources: z.array(z.string()) })
    .nullable()
    .describe(
      "The other-cost ratio the projected years used when it is the entity's own: implied by its latest year costed from a reported operating cash flow; null when the cited ratio was used.",
    ),
  totals: z.strictObject({
    commitmentsDue: z
      .number()
      .nullable()
      .describe("Priced commitments due; null when none is priced (dueUnknown says why)."),
    dueUnknown: z.enum(["unpriced", "none-recorded"]).nullable(),
    unpricedCommitments: z
      .array(z.string())
      .describe("Deals with payments due in the window and no price in the data: left out of every sum."),
    financing: z.number(),
    gap: z
      .number()
      .nullable()
      .describe("Σ max(0, −(operating cash flow + financing)); null when no year has financials."),
    cumulativeBurn: z
      .number()
      .nullable()
      .describe("Σ of the losses (loss years only); null when no year has financials."),
    netBurn: z
      .number()
      .nullable()
      .describe("−Σ operating cash flow: losses less profits; null when no year has financials."),
  }),
  shortfall: z.number().nullable().describe("Funding still needed; null when no year has financials."),
  shortfallParts: z
    .strictObject({
      year: z.number().int(),
      netBurn: z.number().describe("−Σ operating cash flow: losses less profits."),
      financing: z.number(),
      startingCash: z.number(),
    })
    .nullable(),
  costsUnknownFrom: z
    .number()
    .int()
    .nullable()
    .describe(
      "First year whose costs cannot be counted (only unpriced commitments due, no reported result): its and later cash, burn and gap are unknown.",
    ),
  runsOut: z
    .number()
    .int()
    .nullable()
    .describe("The year the cash runs out; null if it does not in the window."),
  runway: z.string().describe("runs-out | lasts | unknown (no reported starting cash: no date is given)."),
  growthToClose: z.strictObject({
    status: z.string(),
    iterations: z.number().int(),
    growth: z.number().optional(),
  }),
  missingYears: z.array(z.number()),
  fiscal: z
    .strictObject({
      revenue: z.array(FiscalYearParts),
      result: z.array(FiscalYearParts),
    })
    .describe(
      "Years whose revenue or result is built from fiscal years, pro rata by months (a fiscal year's figure taken to accrue evenly over its months).",
    ),
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
      model: z.number().nullable(),
      difference: z.number().nullable(),
      forecast: z.boolean(),
      estimate: z.boolean(),
      sources: z.array(z.string()),
      years: z.array(
        z.strictObject({
          year: z.number().int(),
          model: z.number().nullable(),
          reason: z.string(),
          months: z
            .number()
            .int()
            .optional()
            .describe(
              "For a fiscal year: its months in this calendar year (the model's year weighted by months ÷ 12).",
            ),
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
