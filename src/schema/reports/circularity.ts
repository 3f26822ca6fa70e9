/**
 * `halqa circularity --json` and GET /api/circularity: own money back along named loops, the mixing shares and their origins.
 */
import { z } from "zod";
import { Basis, MaybeInfinite } from "./common.ts";

export const CircularityReport = z.strictObject({
  basis: Basis,
  asOf: z.string(),
  fromYear: z.number().int().nullable(),
  toYear: z.number().int().nullable(),
  unit: z.string(),
  multiplier: MaybeInfinite.nullable().describe("Revenue recognised per external dollar."),
  totalFlow: z.number(),
  outsideTotal: z.number(),
  closed: z
    .array(z.array(z.string()))
    .describe("Groups of entities whose money only circulates among themselves."),
  loopSearch: z.strictObject({
    cycles: z.number().int(),
    maxLength: z.number().int(),
    complete: z.boolean(),
  }),
  allKindsLoops: z
    .strictObject({ kinds: z.array(z.string()), found: z.number().int(), truncated: z.boolean() })
    .describe(
      "The same loop search over every flow kind `loops` follows (circularity counts cash only, as it measures revenue).",
    ),
  binding: z
    .strictObject({
      multiplier: z.number().nullable(),
      totalFlow: z.number(),
      outsideTotal: z.number(),
      loops: z.number().int(),
    })
    .nullable()
    .describe(
      "On the announced basis: the same measure on binding deals alone (committed basis); else null.",
    ),
  estimated: z
    .strictObject({
      amount: z.number(),
      deals: z.array(z.string()),
      parties: z
        .number()
        .int()
        .describe("The parties of those deals, summed deal by deal (two: one deal between two parties)."),
    })
    .describe(
      "The part of totalFlow (USD) that rests on estimates (an analyst's value, no amount stated by the parties), with its deals, largest first.",
    ),
  nodes: z.array(
    z.strictObject({
      id: z.string(),
      inflow: z.number(),
      outflow: z.number(),
      outside: z.number(),
      leakage: z.number(),
      throughput: z.number(),
      selfShare: z.number(),
      outsideShare: z.number(),
      origins: z.array(
        z.strictObject({
          origin: z.string(),
          share: z.number(),
          traced: z.number().nullable(),
          paths: z.array(
            z.strictObject({
              path: z.array(z.string()),
              amount: z.number(),
              share: z.number(),
            }),
          ),
        }),
      ),
      loops: z.strictObject({
        share: z.number(),
        amount: z.number(),
        count: z.number().int(),
        top: z.array(
          z.strictObject({
            path: z.array(z.string()),
            amount: z.number(),
            share: z.number(),
            bottleneck: z.number(),
          }),
        ),
      }),
      pathsComplete: z.boolean(),
    }),
  ),
  loopSteps: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      amount: z.number(),
      deals: z.array(
        z.strictObject({
          deal: z.string(),
          amount: z.number(),
        }),
      ),
    }),
  ),
  nullModel: z
    .strictObject({
      nodes: z.array(
        z.strictObject({
          id: z.string(),
          observed: z.number(),
          nullMean: z.number(),
          nullSd: z.number(),
          pValue: z.number(),
          loops: z.strictObject({
            observed: z.number(),
            nullMean: z.number(),
            nullSd: z.number(),
            pValue: z.number(),
          }),
        }),
      ),
      multiplier: z.strictObject({
        observed: MaybeInfinite.nullable().describe("null when nothing flows (then so is everything else)."),
        nullMean: MaybeInfinite.nullable().describe("Infinity when some sample has no outside money."),
        nullSd: z.number().nullable(),
        pValue: z.number().nullable(),
      }),
      samples: z.number().int(),
      swapsPerEdge: z.number(),
      acceptance: z.number(),
      loopSearchComplete: z.boolean(),
    })
    .nullable(),
});
