/**
 * `halqa power --json` and GET /api/power: GW committed against power secured, per year.
 */
import { z } from "zod";
import { Amount, Basis, byKey, Localized } from "./common.ts";

export const PowerReport = z.strictObject({
  basis: Basis,
  asOf: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  years: z.array(
    z.strictObject({
      year: z.number().int(),
      capacityGw: z.number(),
      naiveGw: z.number(),
      sameGw: z.number(),
      byLayer: byKey(z.number()),
      securedGw: z.number(),
      unknownPowerGw: z.number(),
      coverage: z.number().nullable(),
      strandedGw: z.number(),
      offGridShare: z.number().nullable(),
      delayedGw: z.number(),
      energyMwh: z.number().nullable(),
      energyBillUsd: z.number().nullable(),
    }),
  ),
  campuses: z.array(
    z.strictObject({
      id: z.string(),
      sites: z.array(z.string()),
      flows: z.array(z.string()),
      rule: z.string(),
      layer: z.string(),
      owner: z.string(),
      kinds: z.array(z.string()),
      capacityGw: z.number(),
      countedGw: z.number(),
      sameAs: z.array(
        z.strictObject({
          host: z.string(),
          gw: z.number(),
        }),
      ),
      securedGw: z.number(),
      powerKnown: z.boolean(),
      delayed: z.boolean(),
      sources: z.array(z.string()),
    }),
  ),
  owners: z.array(
    z.strictObject({
      entity: z.string(),
      naiveGw: z.number(),
      countedGw: z.number(),
      byLayer: byKey(z.number()),
    }),
  ),
  published: z
    .array(
      z.strictObject({
        metric: z.string(),
        period: z.string(),
        gw: z.number(),
        sources: z.array(z.string()),
      }),
    )
    .describe("The entity's own published GW total, beside the count (only with --entity)."),
  supply: z.array(
    z.strictObject({
      id: z.string(),
      site: z.string().optional(),
      kind: z.string(),
      gw: z.number(),
      secured: z.boolean(),
      entities: z.array(z.string()),
      sources: z.array(z.string()),
      deal: z.string().optional(),
      status: z.string().optional(),
      date: z.string().optional(),
      delayed: z.boolean(),
    }),
  ),
  parameters: z.array(
    z.strictObject({
      id: z.string(),
      value: z.number(),
      unit: z.string(),
      sources: z.array(z.string()),
      estimate: z.boolean(),
      overridden: z.boolean(),
    }),
  ),
  missingParameters: z
    .array(z.string())
    .describe("Energy parameters the dataset lacks (the energy bill is then null)."),
  references: z.array(
    z.strictObject({
      id: z.string(),
      name: Localized,
      by: z.string(),
      unit: z.string(),
      amount: Amount,
      sources: z.array(z.string()),
      period: z.string().optional(),
      baseYear: z.number().optional(),
      region: z.string().optional(),
    }),
  ),
});
