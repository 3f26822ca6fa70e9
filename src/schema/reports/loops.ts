/**
 * `halqa loops --json` (GET /api/loops) on the dataset, and `halqa loops --graph` on a user's edge list (no API route).
 */
import { z } from "zod";
import { Amount, Basis, byKey } from "./common.ts";

/** A deal's flow on a loop step. */
export const MoneyEdge = z.strictObject({
  deal: z.string(),
  flow: z.string(),
  type: z.string(),
  kind: z.string(),
  status: z.string(),
  from: z.string(),
  to: z.string(),
  amount: Amount,
  conditional: z.boolean(),
  tier: z.string(),
  estimate: z.boolean(),
  financingReplaced: z
    .boolean()
    .optional()
    .describe("The deal is funded by a deal a later one replaced: its financing as announced is gone."),
  announced: z.string(),
  sources: z.array(z.string()),
});

/** A money loop (docs/methods/loops.md): entities in order, steps with their deals, bottleneck and span. */
export const MoneyLoop = z.strictObject({
  entities: z.array(z.string()),
  steps: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      amount: z.number(),
      deals: z.array(MoneyEdge),
    }),
  ),
  bottleneck: z.number().describe("The smallest step: the most that can go all the way round (USD)."),
  total: z.number().describe("The sum of the steps (USD)."),
  span: z.strictObject({
    from: z.string(),
    to: z.string(),
    days: z.number().int(),
  }),
  conditional: z.boolean().describe("Some step rests only on conditional tranches."),
  nonBinding: z.boolean().describe("Some step rests only on deals that bind nobody yet."),
  includesConditional: z.boolean(),
  includesNonBinding: z.boolean(),
  weakest: z.strictObject({
    from: z.string(),
    to: z.string(),
    status: z.string(),
    tier: z.string(),
    estimate: z.boolean(),
  }),
  restsOnEstimate: z.boolean(),
});

export const LoopsReport = z.strictObject({
  basis: Basis,
  asOf: z.string(),
  search: z.strictObject({
    maxLength: z.number().int().nullable(),
    temporal: z
      .strictObject({
        windowSeconds: z.number(),
      })
      .nullable(),
    entity: z.string().nullable(),
    minAmount: z.number(),
    types: z.array(z.string()).nullable(),
    kinds: z.array(z.string()).nullable(),
    includeReported: z.boolean(),
  }),
  found: z.number().int().describe("Loops found (all of them, not only those shown)."),
  truncated: z.boolean().describe("The search stopped at its cap: more loops exist."),
  counted: z
    .strictObject({
      kinds: z.array(z.string()),
      defaultKinds: z.boolean(),
      cashOnly: z.number().int(),
    })
    .describe(
      "The flow kinds the loops follow, and how many of the loops found remain on cash payments alone (what `circularity` counts).",
    ),
  byLength: byKey(z.number()),
  shown: z.number().int(),
  loops: z.array(MoneyLoop),
  selfLoops: z.array(MoneyEdge).describe("Flows from an entity to itself, reported apart."),
});

export const GraphLoopsReport = z.strictObject({
  file: z.string(),
  rows: z.number().int(),
  edges: z.number().int(),
  found: z.number().int().describe("Loops found (all of them, not only those shown)."),
  truncated: z.boolean().describe("The search stopped at its cap: more loops exist."),
  seconds: z.number(),
  loops: z.array(
    z.strictObject({
      nodes: z.array(z.string()),
      steps: z.array(
        z.strictObject({
          from: z.string(),
          to: z.string(),
          amount: z.number(),
          edges: z.array(z.string()),
        }),
      ),
      bottleneck: z
        .number()
        .describe("The smallest step: the most that can go all the way round (in the edge list's amounts)."),
      total: z.number().describe("The sum of the steps (in the edge list's amounts)."),
      span: z.strictObject({
        first: z.number(),
        last: z.number(),
        seconds: z.number(),
      }),
    }),
  ),
  selfLoops: z.array(
    z.strictObject({
      line: z.number(),
      src: z.string(),
      dst: z.string(),
      amount: z.number(),
      id: z.string(),
    }),
  ),
  selfLoopCount: z.number().int(),
});
