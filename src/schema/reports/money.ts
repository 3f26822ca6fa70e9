/**
 * `halqa economics`, `tracker` and `market` with --json (GET /api/economics, /api/tracker, /api/market).
 */
import { z } from "zod";
import { byKey, Localized } from "./common.ts";

export const EconomicsReport = z.strictObject({
  overrides: byKey(z.null()),
  analyses: z.array(
    z.strictObject({
      id: z.string(),
      inputs: z.array(
        z.strictObject({
          key: z.string(),
          label: z
            .strictObject({
              key: z.string(),
              params: z.strictObject({
                entity: z.string(),
                period: z.string(),
              }),
            })
            .optional(),
          value: z.number(),
          unit: z.string(),
          from: z.string(),
          sources: z.array(z.string()),
          estimate: z.boolean().optional(),
          name: Localized.optional(),
        }),
      ),
      outputs: z.array(
        z.strictObject({
          key: z.string(),
          value: z.number(),
          unit: z.string(),
          params: z
            .strictObject({
              entity: z.string().optional(),
              period: z.string().optional(),
              from: z.number().optional(),
              to: z.number().optional(),
              vintage: z.string().optional(),
              source: z.string().optional(),
              short: z.number().optional(),
              long: z.number().optional(),
              life: z.number().optional(),
              year: z.number().int().optional(),
            })
            .optional(),
          published: z
            .strictObject({
              value: z.number(),
              from: z.string(),
              sources: z.array(z.string()),
            })
            .optional(),
          reproduced: z.boolean().optional(),
        }),
      ),
      missing: z.array(z.never() /* TODO missing: always empty */),
    }),
  ),
  unusedOverrides: z.array(z.never() /* TODO unusedOverrides: always empty */),
  keys: z.array(z.string()),
});

export const TrackerReport = z.strictObject({
  asOf: z.string(),
  thresholds: z.strictObject({
    utilisation: z.number(),
    "power-coverage": z.number(),
    "usage-revenue-share": z.number(),
  }),
  window: z.strictObject({
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
  }),
  operators: z.array(
    z.strictObject({
      entity: z.string(),
      latest: z.strictObject({
        utilisation: z.null(),
        "power-coverage": z.null(),
        "usage-revenue-share": z
          .strictObject({
            entity: z.string(),
            period: z.string(),
            signal: z.string(),
            value: z.number(),
            unit: z.string(),
            sources: z.array(z.string()),
            estimate: z.boolean(),
            note: z.string(),
            line: z.number(),
          })
          .nullable(),
      }),
      history: z.array(
        z.strictObject({
          entity: z.string(),
          period: z.string(),
          signal: z.string(),
          value: z.number(),
          unit: z.string(),
          sources: z.array(z.string()),
          estimate: z.boolean(),
          note: z.string(),
          line: z.number(),
        }),
      ),
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
        period: z.string(),
        low: z.number().optional(),
        sources: z.array(z.string()),
        note: z.string().optional(),
        value: z.number().optional(),
      }),
    ),
    missing: z.array(z.never() /* TODO missing: always empty */),
  }),
  fund: z.strictObject({
    share: z.number(),
    covered: z.number(),
    rows: z.array(
      z.strictObject({
        entity: z.string(),
        weight: z.number(),
        exposure: z.number(),
        contribution: z.number(),
      }),
    ),
    measure: z.string(),
    exposureFromFile: z.array(z.never() /* TODO exposureFromFile: always empty */),
  }),
  weights: z.array(
    z.strictObject({
      index: z.string(),
      entity: z.string(),
      weight: z.number(),
      asOf: z.string(),
      sources: z.array(z.string()),
      estimate: z.boolean(),
      line: z.number(),
      note: z.string().optional(),
    }),
  ),
  exposures: z.array(
    z.strictObject({
      entity: z.string(),
      exposure: z.number(),
      onLoop: z.boolean(),
      sources: z.array(z.never() /* TODO sources: always empty */),
    }),
  ),
});
