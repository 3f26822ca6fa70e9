/**
 * `halqa deal <id> --json` (GET /api/deals/{id}/timeline) and `halqa changes --json` (GET /api/changes).
 */
import { z } from "zod";
import { Amount, Basis, byKey, CitedSource, Localized, MessageParams } from "./common.ts";

/** One source's figure for a flow. */
const FigureValue = z.strictObject({
  amount: Amount,
  range: z.boolean().describe("The source gives a range or an open end rather than one number."),
  estimate: z.boolean(),
  asOf: z.string().nullable(),
  quote: z.string().nullable(),
  note: z.string().nullable(),
  sources: z.array(z.string()),
});

export const DealReport = z.strictObject({
  asOf: z.string(),
  deal: z.strictObject({
    id: z.string(),
    title: Localized,
    type: z.string(),
    announced: z.string(),
    period: z
      .strictObject({
        start: z.string(),
        end: z.string().nullable(),
        years: z.number().nullable(),
      })
      .nullable(),
    confidence: z.string().nullable(),
    notes: z.string().nullable(),
  }),
  status: z.string().nullable().describe("Status on asOf; null before the deal was reported."),
  latestStatus: z.string(),
  standing: z.string().nullable(),
  replacedBy: z
    .strictObject({
      by: z.string(),
      from: z.string(),
    })
    .nullable(),
  binding: z.boolean(),
  parties: z.array(
    z.strictObject({
      entity: z.string(),
      role: z.string(),
      note: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.strictObject({
      date: z.string(),
      status: z.string(),
      note: z.string().nullable(),
      sources: z.array(z.string()),
      after: z.boolean(),
    }),
  ),
  figures: z.array(
    FigureValue.extend({
      flow: z.string(),
      kind: z.string(),
      from: z.string(),
      to: z.string(),
      unit: z.string(),
      layer: Basis,
      conditional: z.boolean(),
      condition: z.string().nullable(),
      alternatives: z.array(FigureValue).describe("Other sources' figures for the same flow."),
    }),
  ),
  links: z.array(
    z.strictObject({
      type: z.string(),
      deal: z.string(),
      direction: z.enum(["out", "in"]),
      title: Localized.nullable(),
      date: z.string().nullable(),
      note: z.string().nullable(),
      replacedBy: z
        .strictObject({ by: z.string(), from: z.string() })
        .nullable()
        .describe("The linked deal's replacement on the as-of date (a later deal replaced it), else null."),
    }),
  ),
  counts: z.array(
    z.strictObject({
      basis: Basis,
      flows: z.array(
        z.strictObject({
          flow: z.string(),
          kind: z.string(),
          from: z.string(),
          to: z.string(),
          unit: z.string(),
          counted: Amount.nullable(),
          years: z.array(
            z.strictObject({
              year: z.number().int(),
              amount: Amount,
            }),
          ),
          excluded: z.array(
            z.strictObject({
              reason: z.string(),
              amount: Amount,
              params: MessageParams,
            }),
          ),
          undatedFrom: z
            .number()
            .int()
            .nullable()
            .describe(
              "A term contract with no end, term or schedule: the year it is paid from, in an unknown split (years is then empty); else null.",
            ),
          why: z.enum(["not-reported", "no-figure", "outside-totals"]).nullable(),
        }),
      ),
      counted: Amount,
      unit: z.string(),
    }),
  ),
  sources: z.array(CitedSource),
});

export const ChangesReport = z.strictObject({
  since: z.string(),
  until: z.string(),
  entity: z.string().nullable(),
  count: z.number().int(),
  byKind: byKey(z.number()),
  changes: z.array(
    z.strictObject({
      deal: z.string(),
      title: Localized,
      type: z.string(),
      parties: z.array(z.string()),
      amount: Amount.nullable(),
      amountKind: z.string().nullable(),
      estimate: z.boolean(),
      date: z.string(),
      kind: z.string(),
      first: z.boolean(),
      replacedBy: z.string().nullable(),
      note: z.string().nullable(),
      sources: z.array(z.string()),
    }),
  ),
  sources: z.array(CitedSource),
});
