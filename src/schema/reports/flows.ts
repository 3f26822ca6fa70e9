/**
 * `halqa flows --json` and GET /api/flows: the dated flows per year on one value basis, and what was left out and why.
 */
import { z } from "zod";
import { Amount, Basis } from "./common.ts";

export const FlowsReport = z.strictObject({
  basis: Basis,
  asOf: z.string(),
  unit: z.string(),
  rows: z.array(
    z.strictObject({
      deal: z.string(),
      flow: z.string(),
      kind: z.string(),
      from: z.string(),
      to: z.string(),
      unit: z.string(),
      conditional: z.boolean(),
      status: z.string(),
      tier: z.string(),
      estimate: z.boolean(),
      sources: z.array(z.string()),
      year: z.number().int(),
      amount: Amount,
      timing: z.string(),
    }),
  ),
  excluded: z.array(
    z.strictObject({
      deal: z.string(),
      flow: z.string(),
      kind: z.string(),
      from: z.string(),
      to: z.string(),
      unit: z.string(),
      conditional: z.boolean(),
      status: z.string(),
      tier: z.string(),
      estimate: z.boolean(),
      sources: z.array(z.string()),
      amount: Amount,
      reason: z.string(),
      replacedBy: z
        .strictObject({
          by: z.string(),
          from: z.string(),
        })
        .optional(),
      countedIn: z.string().optional(),
    }),
  ),
  byYear: z.array(
    z.strictObject({
      year: z.number().int(),
      amount: Amount,
    }),
  ),
  total: Amount,
  approximate: z.boolean().describe("An overlap cluster was too large for the exact search."),
});
