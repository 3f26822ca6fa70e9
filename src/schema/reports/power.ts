/**
 * `halqa power --json` and GET /api/power: GW committed against power secured, per year.
 */
import { z } from "zod";
import { PowerKind } from "../records.ts";
import { Amount, Basis, byKey, Localized } from "./common.ts";

export const PowerReport = z.strictObject({
  basis: Basis,
  asOf: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  entity: z.string().optional(),
  site: z.string().optional(),
  delay: z
    .strictObject({
      months: z.number(),
      region: z.string().optional(),
      site: z.string().optional(),
      sites: z.array(z.string()).describe("The sites the delay applies to."),
    })
    .optional(),
  years: z.array(
    z.strictObject({
      year: z.number().int(),
      capacityGw: z
        .number()
        .describe("GW of compute capacity on the chosen basis, online on 31 December, each GW once."),
      naiveGw: z.number().describe("The layers summed as reported: campuses + compute contracts + chips."),
      sameGw: z.number(),
      byLayer: byKey(z.number()),
      securedGw: z
        .number()
        .describe("GW of power secured (approved, building, operating or contested) by then."),
      securedNoCapacityGw: z
        .number()
        .describe("GW of power secured at campuses whose capacity no source gives; not in securedGw."),
      unknownPowerGw: z.number().describe("Capacity GW in campuses or deals with no power information."),
      coverage: z.number().nullable().describe("secured ÷ capacity; null when there is no capacity."),
      strandedGw: z.number().describe("max(0, capacity − secured)."),
      offGridShare: z
        .number()
        .nullable()
        .describe("On-site generation ÷ secured; null when nothing is secured."),
      delayedGw: z.number().describe("Capacity the delay pushes out of this year."),
      energyMwh: z
        .number()
        .nullable()
        .describe("capacity × 8760 h × utilisation × PUE, MWh; null without the parameters."),
      energyBillUsd: z.number().nullable().describe("energy × price, USD."),
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
      capacityGw: z
        .number()
        .describe("GW of compute capacity on the chosen basis, online on 31 December, each GW once."),
      capacityKnown: z
        .boolean()
        .describe(
          "False when no source gives the capacity: capacityGw and countedGw are then unknown, not 0.",
        ),
      countedGw: z.number(),
      sameAs: z.array(
        z.strictObject({
          host: z.string(),
          gw: z.number(),
        }),
      ),
      securedGw: z
        .number()
        .describe("GW of power secured (approved, building, operating or contested) by then."),
      powerKnown: z.boolean(),
      delayed: z.boolean(),
      sources: z.array(z.string()),
    }),
  ),
  owners: z.array(
    z.strictObject({
      entity: z.string(),
      naiveGw: z.number().describe("The layers summed as reported: campuses + compute contracts + chips."),
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
  securedByKind: z
    .array(
      z.strictObject({
        kind: z
          .enum([...PowerKind.options, "ppa"])
          .describe("ppa: a power-purchase deal of no stated source."),
        gw: z.array(z.number()).describe("Secured GW on 31 December of each year of the window."),
      }),
    )
    .describe("Secured GW per kind of power (only kinds with some GW); the kinds add up to securedGw."),
  undated: z
    .strictObject({
      deliveries: z.array(
        z.strictObject({
          flow: z.string().describe("deal/flow"),
          deal: z.string(),
          from: z.string(),
          to: z.string(),
          gw: z.number(),
          startYear: z.number().describe("The year its deliveries start (the period's start)."),
          sources: z.array(z.string()),
        }),
      ),
      lastYear: z.number(),
      withThemGw: z
        .number()
        .describe("The last year's capacity with these deliveries placed at their start."),
      addedGw: z
        .number()
        .describe(
          "What they would add to the last year: less than their GW where they fill campuses and contracts already counted.",
        ),
    })
    .nullable()
    .describe(
      "Chips deliveries with a start but no end, term or schedule: the years their GW arrive are unknown, so they are in no year of the table.",
    ),
});
