/**
 * `halqa ratios --json` and GET /api/ratios: the published ratios recomputed, with inputs and sources.
 */
import { z } from "zod";

export const RatiosReport = z.strictObject({
  asOf: z.string(),
  ratios: z.array(
    z.strictObject({
      id: z.string(),
      value: z.number().nullable(),
      unit: z.string(),
      /** A message key of the catalogue (`report.ratios.formula.*`), phrased by each face. */
      formula: z.string().regex(/^report\.ratios\.formula\.\w+$/),
      inputs: z.array(
        z.strictObject({
          label: z.string(),
          value: z.number(),
          unit: z.string(),
          from: z.string(),
          sources: z.array(z.string()),
          estimate: z.boolean().optional(),
        }),
      ),
      published: z.array(
        z.strictObject({
          label: z.string(),
          value: z.number(),
          unit: z.string(),
          from: z.string(),
          sources: z.array(z.string()),
          estimate: z.boolean().optional(),
        }),
      ),
      missing: z.array(z.string()),
      /** A message key (`report.ratios.note.*`) and its values: entity ids and raw numbers, formatted by each face. */
      note: z
        .strictObject({
          key: z.string().regex(/^report\.ratios\.note\.\w+$/),
          values: z.record(z.string(), z.union([z.string(), z.number()])),
        })
        .optional(),
    }),
  ),
});
