/**
 * `halqa economics`, `tracker` and `market` with --json (GET /api/economics, /api/tracker, /api/market).
 */
import { z } from "zod";
import { byKey, Localized, MessageParams } from "./common.ts";

export const EconomicsReport = z.strictObject({
  overrides: byKey(z.number()).describe("The inputs the user replaced (--set key=value)."),
  analyses: z.array(
    z.strictObject({
      id: z.string(),
      inputs: z.array(
        z.strictObject({
          key: z.string(),
          label: z
            .strictObject({
              key: z.string(),
              params: MessageParams,
            })
            .optional(),
          value: z.number(),
          unit: z.string(),
          from: z.string(),
          sources: z.array(z.string()),
          estimate: z.boolean().optional(),
          dataValue: z.number().optional().describe("The dataset's value, when --set replaced it."),
          name: Localized.optional(),
        }),
      ),
      outputs: z.array(
        z.strictObject({
          key: z.string(),
          value: z.number().nullable(),
          unit: z.string(),
          params: MessageParams.optional(),
          published: z
            .strictObject({
              value: z.number(),
              from: z.string(),
              sources: z.array(z.string()),
            })
            .optional(),
          reproduced: z.boolean().optional(),
          calibrated: z
            .boolean()
            .optional()
            .describe(
              "An input was backed out from this published figure: agreeing with it is by construction.",
            ),
        }),
      ),
      missing: z.array(z.string()),
    }),
  ),
  unusedOverrides: z.array(z.string()).describe("Keys given with --set that no analysis reads."),
  keys: z.array(z.string()).describe("Every key an analysis reads (what --set accepts)."),
});

/** One operator's reading of one signal for one period (a row of tracker.csv), in percent. */
const Observation = z.strictObject({
  entity: z.string(),
  period: z.string(),
  signal: z.enum(["utilisation", "power-coverage", "usage-revenue-share"]),
  value: z.number(),
  unit: z.literal("percent"),
  sources: z.array(z.string()),
  estimate: z.boolean(),
  note: z.string().optional(),
  line: z.number().int().optional().describe("Line in tracker.csv."),
});

export const TrackerReport = z.strictObject({
  asOf: z.string(),
  thresholds: z.strictObject({
    utilisation: z.number(),
    "power-coverage": z.number(),
    "usage-revenue-share": z.number(),
  }),
  window: z
    .strictObject({
      start: z.string(),
      months: z.strictObject({
        low: z.number(),
        high: z.number(),
      }),
      endEarliest: z.string(),
      endLatest: z.string(),
      monthsElapsed: z.number(),
      monthsLeft: z.strictObject({
        toEarliest: z.number(),
        toLatest: z.number(),
      }),
    })
    .nullable()
    .describe("The critical window; null when the dataset has no parameters for it."),
  operators: z.array(
    z.strictObject({
      entity: z.string(),
      latest: z.strictObject({
        utilisation: Observation.nullable(),
        "power-coverage": Observation.nullable(),
        "usage-revenue-share": Observation.nullable(),
      }),
      history: z.array(Observation),
      stage: z.strictObject({
        stage: z.string(),
        met: z.array(z.string()),
        unmet: z.array(z.string()),
        absent: z.array(z.string()),
      }),
    }),
  ),
});

export const MarketReport = z.strictObject({
  asOf: z.string(),
  concentration: z.strictObject({
    rows: z.array(
      z.strictObject({
        id: z.string(),
        name: Localized,
        by: z.string(),
        unit: z.string(),
        period: z.string().optional(),
        low: z.number().optional(),
        high: z.number().optional(),
        sources: z.array(z.string()),
        note: z.string().optional(),
        value: z.number().optional(),
      }),
    ),
    missing: z.array(z.string()),
  }),
  fund: z.strictObject({
    share: z.number(),
    covered: z.number(),
    rows: z.array(
      z.strictObject({
        entity: z.string(),
        weight: z.number(),
        exposure: z.number().nullable(),
        contribution: z.number(),
      }),
    ),
    measure: z.string(),
    exposureFromFile: z.array(z.string()),
  }),
  weights: z.array(
    z.strictObject({
      index: z.string(),
      entity: z.string(),
      weight: z.number(),
      asOf: z.string().optional(),
      sources: z.array(z.string()),
      estimate: z.boolean(),
      line: z.number().int().optional(),
      note: z.string().optional(),
    }),
  ),
  exposures: z.array(
    z.strictObject({
      entity: z.string(),
      exposure: z.number().nullable(),
      onLoop: z.boolean(),
      loopReceipts: z.number().optional().describe("revenue-share: receipts on loop steps (USD)."),
      revenue: z.number().optional().describe("revenue-share: the revenue they are divided by (USD)."),
      revenueFrom: z.string().optional(),
      sources: z.array(z.string()),
    }),
  ),
});
