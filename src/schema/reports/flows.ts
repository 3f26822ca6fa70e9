/**
 * `halqa flows --json` and GET /api/flows: the dated flows per year on one value basis, the term contracts
 * with no known years apart, and what was left out and why.
 */
import { z } from "zod";
import { Amount, Basis } from "./common.ts";

/** What a counted row and an excluded flow both say of a flow. */
const flowFields = {
  deal: z.string(),
  flow: z.string(),
  kind: z.string(),
  from: z.string(),
  to: z.string(),
  unit: z.string(),
  conditional: z.boolean(),
  status: z.string(),
  tier: z
    .enum(["binding", "announced", "reported"])
    .describe("Certainty of the deal: binding, announced by a party, or reported by the press only."),
  estimate: z.boolean().describe("The figure is an estimate (an analyst's or halqa's), not a stated value."),
  sources: z.array(z.string()),
  amount: Amount,
};

export const FlowsReport = z.strictObject({
  basis: Basis,
  asOf: z.string(),
  unit: z.string(),
  rows: z.array(z.strictObject({ ...flowFields, year: z.number().int(), timing: z.string() })),
  excluded: z.array(
    z.strictObject({
      ...flowFields,
      reason: z.enum(["conditional", "not-binding", "terminated", "replaced", "reported-only", "overlap"]),
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
  undated: z
    .array(
      z.strictObject({
        ...flowFields,
        timing: z.string(),
        notBefore: z
          .number()
          .int()
          .describe(
            "The year of its start or announcement: paid in that year or later, in an unknown split.",
          ),
      }),
    )
    .describe(
      "Term contracts with no end date, term or schedule: in no year's row and not in byYear or total.",
    ),
  undatedTotal: Amount.describe("The undated flows summed; not part of total."),
  approximate: z.boolean().describe("An overlap cluster was too large for the exact search."),
});
