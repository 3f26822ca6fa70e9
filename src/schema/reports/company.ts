/**
 * `halqa company <id> --json` and GET /api/company/{id}: one company's sheet — financials, deals, loops,
 * sites and stress.
 */
import { z } from "zod";
import { Amount, Basis, Localized } from "./common.ts";

export const CompanyReport = z.strictObject({
  asOf: z.string(),
  basis: Basis,
  year: z.null(),
  unit: z.string(),
  entity: z.strictObject({
    id: z.string(),
    name: Localized,
    kind: z.string(),
    ticker: z.string().nullable(),
    country: z.string(),
    aliases: z.array(z.string()),
    parent: z.null(),
    note: z.string(),
  }),
  financials: z.array(
    z.strictObject({
      metric: z.string(),
      label: z.string().nullable(),
      period: z.string(),
      years: z.array(z.number()),
      fiscal: z.boolean(),
      unit: z.string(),
      amount: Amount,
      forecast: z.boolean(),
      estimate: z.boolean(),
      counterparty: z.string().nullable(),
      asOf: z.string().nullable(),
      quote: z.string().nullable(),
      note: z.string().nullable(),
      sources: z.array(z.string()),
      alternatives: z.array(
        z.strictObject({
          amount: Amount,
          sources: z.array(z.string()),
        }),
      ),
    }),
  ),
  deals: z.strictObject({
    in: z.array(
      z.strictObject({
        deal: z.string(),
        title: Localized,
        type: z.string(),
        status: z.string(),
        counterparties: z.array(z.string()),
        counted: Amount,
        excluded: z.array(
          z.strictObject({
            reason: z.string(),
            amount: Amount,
            params: z.strictObject({
              by: z.string().optional(),
              from: z.string().optional(),
              countedIn: z.string().optional(),
            }),
          }),
        ),
        estimate: z.boolean(),
        sources: z.array(z.string()),
      }),
    ),
    out: z.array(
      z.strictObject({
        deal: z.string(),
        title: Localized,
        type: z.string(),
        status: z.string(),
        counterparties: z.array(z.string()),
        counted: Amount,
        excluded: z.array(
          z.strictObject({
            reason: z.string(),
            amount: Amount,
            params: z.strictObject({
              by: z.string().optional(),
              from: z.string().optional(),
              countedIn: z.string().optional(),
            }),
          }),
        ),
        estimate: z.boolean(),
        sources: z.array(z.string()),
      }),
    ),
    other: z.array(
      z.strictObject({
        deal: z.string(),
        title: Localized,
        status: z.string(),
        roles: z.array(z.string()),
      }),
    ),
  }),
  totals: z.strictObject({
    receives: Amount,
    pays: Amount,
  }),
  byYear: z.array(
    z.strictObject({
      year: z.number().int(),
      receives: Amount,
      pays: Amount,
    }),
  ),
  circularity: z.strictObject({
    receipts: z.number(),
    inflow: z.number(),
    outside: z.number(),
    selfShare: z.number(),
    outsideShare: z.number(),
    origins: z.array(
      z.strictObject({
        origin: z.string(),
        share: z.number(),
      }),
    ),
  }),
  loops: z.strictObject({
    found: z.number().int(),
    truncated: z.boolean(),
    shown: z.array(
      z.strictObject({
        entities: z.array(z.string()),
        steps: z.array(
          z.strictObject({
            from: z.string(),
            to: z.string(),
            amount: z.number(),
            deals: z.array(
              z.strictObject({
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
                announced: z.string(),
                sources: z.array(z.string()),
              }),
            ),
          }),
        ),
        bottleneck: z.number(),
        total: z.number(),
        span: z.strictObject({
          from: z.string(),
          to: z.string(),
          days: z.number().int(),
        }),
        conditional: z.boolean(),
        nonBinding: z.boolean(),
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
      }),
    ),
  }),
  sites: z.array(
    z.strictObject({
      id: z.string(),
      name: Localized,
      roles: z.array(z.string()),
      country: z.string(),
      region: z.string(),
      capacity: z
        .strictObject({
          date: z.string(),
          unit: z.string(),
          amount: Amount,
          sources: z.array(z.string()),
        })
        .nullable(),
      power: z.array(
        z.strictObject({
          unit: z.string(),
          amount: Amount,
        }),
      ),
    }),
  ),
  stress: z.array(
    z.strictObject({
      scenario: z.string(),
      title: Localized,
      file: z.string(),
      loss: z.number(),
      capital: z.number().nullable(),
      share: z.number().nullable(),
      defaultWave: z.number().nullable(),
      failure: z.null(),
    }),
  ),
  sources: z.array(
    z.strictObject({
      n: z.number(),
      id: z.string(),
      publisher: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      url: z.string().nullable(),
      file: z.string().nullable(),
    }),
  ),
});
