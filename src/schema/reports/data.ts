/**
 * The report of `halqa summary` and `halqa data stats` (GET /api/stats): what the dataset holds.
 */
import { z } from "zod";
import { Amount, byKey } from "./common.ts";

export const StatsReport = z.strictObject({
  asOf: z.string(),
  counts: z.strictObject({
    sources: z.number(),
    entities: z.number(),
    deals: z.number(),
    flows: z.number(),
    figures: z.number(),
    financials: z.number(),
    indicators: z.number(),
    sites: z.number(),
    parameters: z.number(),
  }),
  entitiesByKind: byKey(z.number()),
  dealsByType: byKey(z.number()),
  dealsByStatus: byKey(z.number()),
  money: z.strictObject({
    announced: Amount,
    committed: Amount,
    paid: Amount,
  }),
  moneyEstimated: z.strictObject({
    announced: Amount,
    committed: Amount,
    paid: Amount,
  }),
  moneyReportedOnly: Amount,
  moneyReplaced: Amount,
  contingent: z.strictObject({
    announced: Amount,
    committed: Amount,
    paid: Amount.nullable().describe(
      "null: no source reports money called under a guarantee (unknown, not zero).",
    ),
  }),
  gigawatts: z.strictObject({
    announced: Amount,
    committed: Amount,
    paid: Amount.nullable().describe("null: the data holds no delivered capacity (no figure, never 0 GW)."),
  }),
  largestDeals: z.array(
    z.strictObject({
      id: z.string(),
      type: z.string(),
      status: z.string(),
      standing: z.string(),
      estimate: z.boolean(),
      announced: z.string(),
      parties: z.array(z.string()),
      countedIn: z.string().optional().describe("When reports overlap: the deal this money is counted in."),
      amounts: z.strictObject({
        announced: Amount,
        committed: Amount,
        paid: Amount.nullable().describe(
          "null: no source reports a payment on the deal's flows (unknown, not zero).",
        ),
      }),
    }),
  ),
  sourcesByPublisher: z.array(
    z.strictObject({
      publisher: z.string(),
      count: z.number().int(),
    }),
  ),
  sourcesByKind: byKey(z.number()),
});
