/**
 * `halqa company <id> --json` and GET /api/company/{id}: one company's sheet — financials, deals, loops,
 * sites and stress.
 */
import { z } from "zod";
import { Amount, Basis, CitedSource, Localized, MessageParams } from "./common.ts";
import { MoneyLoop } from "./loops.ts";

/** A deal the company is party to, with what the totals count of it and what they leave out. */
const CompanyDeal = z.strictObject({
  deal: z.string(),
  title: Localized,
  type: z.string(),
  status: z.string().nullable(),
  counterparties: z.array(z.string()),
  counted: Amount,
  excluded: z.array(
    z.strictObject({
      reason: z.string(),
      amount: Amount,
      params: MessageParams,
    }),
  ),
  estimate: z.boolean(),
  sources: z.array(z.string()),
});

export const CompanyReport = z.strictObject({
  asOf: z.string(),
  basis: Basis,
  year: z.number().int().nullable(),
  unit: z.string(),
  entity: z.strictObject({
    id: z.string(),
    name: Localized,
    kind: z.string(),
    ticker: z.string().nullable(),
    country: z.string().nullable(),
    aliases: z.array(z.string()),
    parent: z.string().nullable(),
    note: z.string().nullable(),
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
    in: z.array(CompanyDeal),
    out: z.array(CompanyDeal),
    other: z.array(
      z.strictObject({
        deal: z.string(),
        title: Localized,
        status: z.string().nullable(),
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
  undated: z.strictObject({ receives: Amount, pays: Amount }),
  circularity: z
    .strictObject({
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
    })
    .nullable(),
  loops: z.strictObject({
    found: z.number().int(),
    truncated: z.boolean(),
    shown: z.array(MoneyLoop),
  }),
  sites: z.array(
    z.strictObject({
      id: z.string(),
      name: Localized,
      roles: z.array(z.enum(["operator", "developer", "owner"])),
      country: z.string(),
      region: z.string().nullable(),
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
      loss: z.number().nullable(),
      capital: z.number().nullable(),
      share: z.number().nullable(),
      defaultWave: z.number().nullable(),
      failure: z.string().nullable().describe("Why the run failed; the figures are then null."),
    }),
  ),
  sources: z.array(CitedSource),
});
