/**
 * `halqa stress --json` (POST /api/stress) and its Monte Carlo run (POST /api/stress/monte-carlo's job result).
 */
import { z } from "zod";
import { DistributionSchema } from "../distribution.ts";
import { Basis, Localized } from "./common.ts";
import { ModelResult } from "./model-result.ts";

const ModelName = z.enum([
  "eisenberg-noe",
  "rogers-veraart",
  "furfine",
  "debtrank",
  "debtrank-linear",
  "neva",
  "elliott-golub-jackson",
  "cross-holdings",
]);

const Usd = z.number().describe("USD.");

/** One step of the stress account (core/stress/account.ts). */
const StressStep = z.discriminatedUnion("code", [
  z.strictObject({
    code: z.enum(["revenue-loss", "market-value-loss", "payment-withheld", "refinancing-loss"]),
    entity: z.string(),
    amount: Usd,
    sites: z
      .array(z.string())
      .optional()
      .describe("Sites whose delayed capacity causes the loss (power-delay shocks), merged into one step."),
    years: z
      .number()
      .optional()
      .describe("Revenue shortfall: the years of revenue the loss spans (the commitments' horizon)."),
  }),
  z.strictObject({ code: z.literal("forced-default"), entity: z.string() }),
  z.strictObject({ code: z.literal("wave"), wave: z.number().int(), entities: z.array(z.string()) }),
  z.strictObject({ code: z.literal("no-default") }),
  z.strictObject({ code: z.literal("largest-loss"), entity: z.string(), amount: Usd }),
  z.strictObject({
    code: z.literal("unfunded"),
    amount: Usd,
    deals: z.number().int().describe("Deals holding the unfunded obligations."),
  }),
]);

/** A dataset figure a scenario cites (GET /api/scenarios lists them too). */
/** A dataset figure a stress run assumed, with its sources and what it was used for. */
const StressAssumption = z.strictObject({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  sources: z.array(z.string()),
  estimate: z.boolean(),
  use: z.string(),
});

export const ScenarioReference = z.strictObject({
  path: z.string().describe('Where the scenario cites it: "model.lgd", "shocks[0].fraction".'),
  id: z.string(),
  value: z.number().describe("The fraction the run uses (a percent figure ÷ 100; a range's midpoint)."),
  name: Localized,
  sources: z.array(z.string()),
  estimate: z.boolean(),
});

export const StressReport = z.strictObject({
  scenario: z.string(),
  model: ModelName,
  basis: Basis,
  asOf: z.string(),
  iterations: z.number().int(),
  defaults: z.array(
    z.strictObject({
      entity: z.string(),
      wave: z.number().int(),
    }),
  ),
  waves: z.array(
    z.strictObject({
      wave: z.number().int(),
      entities: z.array(z.string()),
    }),
  ),
  losses: z.array(
    z.strictObject({
      entity: z.string(),
      capital: z.number(),
      capitalFrom: z
        .enum(["shareholders-equity", "market-cap", "valuation", "capital-ratio"])
        .describe(
          "What the capital is: book equity, market value, a private valuation, or the capital-ratio estimate.",
        ),
      loss: z.number(),
      share: z.number().describe("loss ÷ capital."),
    }),
  ),
  unfunded: z.array(
    z.strictObject({
      deal: z.string(),
      debtor: z.string(),
      creditor: z.string(),
      committed: z.number(),
      recoveryRate: z.number(),
      unfunded: z.number(),
    }),
  ),
  totalUnfunded: z.number().describe("USD."),
  account: z
    .array(StressStep)
    .describe("What happened, as coded steps; each is phrased by the message report.stress.step.<code>."),
  assumptions: z.array(StressAssumption),
  result: ModelResult,
  references: z
    .array(ScenarioReference)
    .describe("The dataset figures the scenario cites ({ from: id }), with the values the run used."),
});

export const MonteCarloReport = z.strictObject({
  scenario: z.string(),
  model: ModelName,
  asOf: z.string(),
  runs: z.number().int(),
  seed: z.number().int(),
  workers: z.number().int(),
  partial: z.boolean(),
  inputs: z.array(
    z.strictObject({
      label: z.string(),
      path: z.string(),
      distribution: DistributionSchema,
    }),
  ),
  summary: z.strictObject({
    samples: z.number().int(),
    systemLoss: z.strictObject({
      mean: z.number(),
      quantiles: z.array(
        z.strictObject({
          p: z.number(),
          value: z.number(),
        }),
      ),
      var95: z.number(),
      es95: z.number(),
      var99: z.number(),
      es99: z.number(),
    }),
    unfunded: z.strictObject({
      mean: z.number(),
      p95: z.number(),
      p99: z.number(),
    }),
    entities: z.array(
      z.strictObject({
        entity: z.string(),
        defaults: z.number(),
        defaultProbability: z.number(),
        standardError: z.number(),
        wilson95: z.array(z.number()),
        meanLoss: z.number(),
        loss50: z.number(),
        loss95: z.number(),
        loss99: z.number(),
      }),
    ),
    sensitivity: z.array(
      z.strictObject({
        input: z.string(),
        path: z.string(),
        rho: z.number().nullable(),
      }),
    ),
    histogram: z.strictObject({
      edges: z.array(z.number()),
      counts: z.array(z.number()),
      nonFinite: z.number(),
    }),
  }),
  assumptions: z.array(StressAssumption),
});

/** POST /api/stress answers the same report as `halqa stress --json`. */
export const StressAnswer = StressReport;
