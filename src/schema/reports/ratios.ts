/**
 * `halqa ratios --json` and GET /api/ratios: the published ratios recomputed, with inputs and sources.
 */
import { z } from "zod";

/** Words a face phrases: a message key (`report.ratios.<group>.*`) and its values (ids, periods, raw numbers). */
const RatioText = (group: string) =>
  z.strictObject({
    key: z.string().regex(new RegExp(`^report\\.ratios\\.${group}\\.\\w+$`)),
    values: z.record(z.string(), z.union([z.string(), z.number()])),
  });

/** One input of a ratio, or a published figure beside it: its label is a message key with values. */
const RatioInput = z.strictObject({
  label: RatioText("input"),
  value: z.number(),
  unit: z.string(),
  from: z.string(),
  sources: z.array(z.string()),
  estimate: z.boolean().optional(),
});

export const RatiosReport = z.strictObject({
  asOf: z.string(),
  ratios: z.array(
    z.strictObject({
      id: z.string(),
      value: z.number().nullable(),
      unit: z.string(),
      /** A message key of the catalogue (`report.ratios.formula.*`), phrased by each face. */
      formula: z.string().regex(/^report\.ratios\.formula\.\w+$/),
      inputs: z.array(RatioInput),
      published: z.array(RatioInput),
      missing: z.array(RatioText("missingInput")),
      /** A message key (`report.ratios.note.*`) and its values: entity ids and raw numbers, formatted by each face. */
      note: z
        .strictObject({
          key: z.string().regex(/^report\.ratios\.note\.\w+$/),
          values: z.record(z.string(), z.union([z.string(), z.number()])),
        })
        .optional(),
      /** Lines reading the ratio against a reported figure: message keys (`report.ratios.note.*`) and raw values. */
      notes: z.array(RatioText("note")).optional(),
    }),
  ),
});
