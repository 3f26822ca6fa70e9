/**
 * `halqa reconcile --json` and GET /api/reconcile: each headline figure beside its published counterpart.
 */
import { z } from "zod";
import { Basis } from "./common.ts";

export const ReconcileReport = z.strictObject({
  asOf: z.string(),
  checks: z.array(
    z.strictObject({
      id: z.string(),
      published: z
        .strictObject({
          ref: z.string(),
          value: z.number(),
          unit: z.string(),
          sources: z.array(z.string()),
          asOf: z.string().optional(),
          period: z.string().optional(),
          quote: z.string().optional(),
          estimate: z.boolean().optional(),
        })
        .nullable(),
      derived: z.strictObject({
        value: z.number().nullable(),
        unit: z.string(),
        basis: Basis,
        inputs: z.array(
          z.strictObject({
            ref: z.string(),
            value: z.number(),
            unit: z.string(),
            sources: z.array(z.string()),
            estimate: z.boolean().optional(),
          }),
        ),
      }),
      derivedAsOf: z.string(),
      ratio: z.number().nullable(),
      tolerance: z.number(),
      status: z.string(),
      reason: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  counts: z.strictObject({
    agrees: z.number(),
    differs: z.number(),
    unexplained: z.number(),
    missing: z.number(),
    pending: z.number(),
  }),
  ok: z.boolean().describe("No difference without a stated reason, and every check computed."),
});
