/**
 * `halqa exposure <id> --json` (GET /api/exposure/{id}) and `halqa exposure --rank --json` (GET /api/rankings).
 */
import { z } from "zod";
import { Basis } from "./common.ts";

/** Customer or supplier concentration: shares of the total, the HHI and its equivalent number of equal counterparties. */
const Concentration = z.strictObject({
  total: z.number(),
  counterparties: z.array(
    z.strictObject({
      id: z.string(),
      amount: z.number(),
      share: z.number(),
      deals: z.array(z.string()),
      notBinding: z
        .number()
        .describe("The part of the amount on deals that bind nobody yet (LOI, MoU, talks)."),
    }),
  ),
  hhi: z
    .number()
    .nullable()
    .describe("Herfindahl–Hirschman index of the shares (0–1); null with no counterparty."),
  equivalentCount: z.number().nullable(),
  notBinding: z
    .strictObject({
      amount: z.number(),
      bindingHhi: z.number().nullable(),
      bindingEquivalentCount: z.number().nullable(),
    })
    .describe(
      "Flows on deals that bind nobody yet, and the HHI on the binding flows alone (null when none).",
    ),
});

/** An entity's centrality and circularity, with its rank on each. */
const Rank = z.strictObject({
  id: z.string(),
  pageRank: z.number(),
  pageRankRank: z.number().int(),
  betweenness: z.number(),
  betweennessRank: z.number().int(),
  circularShare: z
    .number()
    .nullable()
    .describe("Share of the entity's receipts that is its own money coming back."),
  circularRank: z.number().int().nullable(),
});

/** A customer-concentration disclosure from a filing ("Customer A: 12% of FY2025 revenue"). */
const Disclosure = z.strictObject({
  counterparty: z.string().nullable(),
  label: z.string().nullable(),
  period: z.string(),
  share: z.number(),
  from: z.string(),
  sources: z.array(z.string()),
});

export const ExposureReport = z.strictObject({
  entity: z.string(),
  basis: Basis,
  asOf: z.string(),
  year: z.number().int().nullable(),
  revenue: z.strictObject({
    fiscalYearEnd: z.string().nullable(),
    years: z.array(
      z.strictObject({
        period: z.string(),
        window: z
          .strictObject({
            period: z.string(),
            start: z.string(),
            end: z.string(),
            calendar: z.boolean(),
          })
          .nullable(),
        projected: z.boolean(),
        mapping: z.array(
          z.strictObject({
            year: z.number().int(),
            weight: z.number(),
          }),
        ),
        status: z.string(),
        revenue: z
          .strictObject({
            value: z.number(),
            from: z.string(),
            sources: z.array(z.string()),
            confidence: z.string().nullable(),
            primary: z.boolean(),
          })
          .nullable(),
        receipts: z.array(
          z.strictObject({
            counterparty: z.string(),
            amount: z.number(),
            investee: z.boolean(),
            deals: z.array(z.string()),
            estimate: z.boolean(),
            notBinding: z.number().describe("Part of the amount on deals binding nobody on the as-of date."),
            sources: z.array(z.string()),
          }),
        ),
        split: z
          .strictObject({
            revenue: z.number(),
            lines: z.array(
              z.strictObject({
                counterparty: z.string(),
                amount: z.number(),
                investee: z.boolean(),
                deals: z.array(z.string()),
                estimate: z.boolean(),
                notBinding: z.number(),
                sources: z.array(z.string()),
                share: z.number(),
              }),
            ),
            inDataset: z.strictObject({
              amount: z.number(),
              share: z.number(),
            }),
            fromInvestees: z.strictObject({
              amount: z.number(),
              share: z.number(),
            }),
            outside: z.strictObject({
              amount: z.number(),
              share: z.number(),
            }),
            excess: z
              .strictObject({
                amount: z.number(),
                share: z.number(),
              })
              .nullable(),
            hhiFloor: z.number(),
          })
          .nullable(),
        ownMoneyBack: z.strictObject({
          amount: z.number(),
          share: z.number().nullable(),
        }),
        notBinding: z
          .strictObject({
            amount: z.number(),
            deals: z.array(z.string()),
          })
          .describe(
            "Receipts on deals that bind nobody on the as-of date (LOI, MoU, talks, an announcement), and those deals.",
          ),
        financingReceived: z.strictObject({
          amount: z.number(),
          from: z.array(z.string()),
        }),
        disclosures: z.array(Disclosure),
      }),
    ),
    otherDisclosures: z.array(Disclosure),
  }),
  customers: Concentration,
  suppliers: Concentration,
  investees: z.array(z.string()),
  revenueFromInvestees: z.strictObject({
    amount: z.number(),
    notBinding: z
      .number()
      .describe("The part on deals that bind nobody yet (LOI, MoU, talks, announcements)."),
    from: z.array(z.string()),
  }),
  vendorFinancing: z.strictObject({
    investmentsInCustomers: z.number(),
    deals: z.array(z.string()),
    revenue: z
      .strictObject({
        value: z.number(),
        period: z.string(),
        sources: z.array(z.string()),
        annualised: z.boolean(),
      })
      .nullable(),
    ratio: z.number().nullable(),
  }),
  offBalanceSheet: z.strictObject({
    vehicles: z.array(
      z.strictObject({
        id: z.string(),
        stakePct: z.number().nullable(),
        debt: z.number(),
        deals: z.array(z.string()),
      }),
    ),
    items: z.array(
      z.strictObject({
        kind: z.string(),
        counterparty: z.string(),
        amount: z.number().nullable(),
        deals: z.array(z.string()),
        note: z.string().optional(),
      }),
    ),
    knownTotal: z.number(),
    unpriced: z.number(),
  }),
  rank: Rank.nullable(),
  entities: z.number(),
});

export const RankingsReport = z.strictObject({
  basis: Basis,
  asOf: z.string(),
  entities: z.array(Rank),
});
