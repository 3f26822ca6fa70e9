/**
 * The records beside deals: company financials, market and macro indicators, data-centre sites with
 * their power, and cited parameters (unit converters). Each quantity is a figure with its sources.
 */
import { z } from "zod";
import type * as model from "../core/model/records.ts";
import { checkPercent, Figure, figureWith, SignedFigure } from "./figure.ts";
import { ALWAYS, Id, IsoDate, Localized, Unit } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

export const FinancialMetric = z.enum([
  "revenue",
  "revenue-run-rate",
  "segment-revenue",
  "net-income",
  "operating-income",
  "operating-cash-flow",
  "free-cash-flow",
  "cash-burn",
  "cash",
  "capex",
  "compute-cost",
  "inference-cost",
  "r-and-d",
  "sales-and-marketing",
  "stock-compensation",
  "rpo",
  "backlog",
  "debt",
  "valuation",
  "market-cap",
  "shareholders-equity",
  "market-cap-change",
  "gross-margin",
  "customer-share",
  "investment-holdings",
  "investment-commitments",
  "infrastructure-commitments",
  "headcount",
  "other",
]);

/**
 * Financial periods: a year (2024), a half (2025-H1), a quarter (2025-Q3), a fiscal year (FY2026),
 * a fiscal quarter (FY2026-Q3), a month or a day (for point-in-time figures), or a range of years
 * (2025-2028, for cumulative figures).
 */
export const FinancialPeriod = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(/^(?:FY)?\d{4}(?:-(?:H[12]|Q[1-4]|\d{2}(?:-\d{2})?|\d{4}))?$/, { error: "invalid-period" }),
  );

export const Financial = figureWith(
  {
    entity: Id,
    metric: FinancialMetric,
    period: FinancialPeriod,
    unit: Unit,
    /** Free label when `metric` is `other` or needs a qualifier ("Data Center", "API"). */
    label: z.string().optional(),
    /** The counterparty for `customer-share` (whose share of the entity's revenue). */
    counterparty: Id.optional(),
    /** True for forecasts and plans rather than reported results. */
    forecast: z.boolean().optional(),
    /**
     * The last day of a fiscal-year period (FY2025 of NVIDIA ends 2025-01-26), so that the fiscal year can be
     * laid over calendar-year flows; a plain year (2024) is the calendar year and needs none.
     */
    periodEnd: IsoDate.optional(),
  },
  { allowNegative: true },
).superRefine((f, ctx) => checkPercent(f, f.unit, ctx, []), ALWAYS);

export const Indicator = z
  .strictObject({
    id: Id,
    name: Localized,
    /** Who published the figure (an entity or an outlet by name). */
    by: z.string().trim().min(1),
    kind: z.enum(["forecast", "observation", "estimate", "ratio"]),
    unit: Unit,
    figure: SignedFigure,
    /** The year or period the figure is about (2030, 2025-2028). */
    period: FinancialPeriod.optional(),
    /** For growth figures: the base year. */
    baseYear: z.number().int().optional(),
    region: z.string().optional(),
    topic: z.enum([
      "power",
      "capex",
      "funding",
      "revenue",
      "market",
      "credit",
      "macro",
      "compute",
      "adoption",
    ]),
    note: z.string().optional(),
  })
  .superRefine((i, ctx) => checkPercent(i.figure, i.unit, ctx, ["figure"]), ALWAYS);

export const PowerKind = z.enum([
  "grid",
  "onsite-gas",
  "onsite-other",
  "ppa-nuclear",
  "ppa-gas",
  "ppa-renewable",
  "ppa-other",
]);

export const PowerStatus = z.enum([
  "requested",
  "planned",
  "approved",
  "under-construction",
  "operating",
  "contested",
]);

export const SitePower = figureWith(
  {
    kind: PowerKind,
    unit: z.enum(["MW", "GW"]),
    /** When the power is (or is expected to be) available. */
    date: IsoDate.optional(),
    status: PowerStatus.optional(),
    counterparty: Id.optional(),
    deal: Id.optional(),
    /** Number of turbines, engines or units, when the source counts them. */
    units: z.number().int().positive().optional(),
  },
  { allowNegative: false },
);

export const SiteCapacity = figureWith(
  {
    /** Capacity online (cumulative) by this date. */
    date: IsoDate,
    unit: z.enum(["MW", "GW"]),
  },
  { allowNegative: false },
);

export const Site = z.strictObject({
  id: Id,
  name: Localized,
  operators: z.array(Id).min(1),
  developer: Id.optional(),
  owner: Id.optional(),
  location: z.strictObject({
    country: z.string().regex(/^[A-Z]{2}$/),
    region: z.string().optional(),
    place: z.string().optional(),
  }),
  capacity: z.array(SiteCapacity).default([]),
  power: z.array(SitePower).default([]),
  deals: z.array(Id).optional(),
  note: z.string().optional(),
});

export const Parameter = z
  .strictObject({
    id: Id,
    name: Localized,
    unit: Unit,
    figure: Figure,
    description: z.string().optional(),
  })
  .superRefine((p, ctx) => checkPercent(p.figure, p.unit, ctx, ["figure"]), ALWAYS);

export type FinancialMetric = model.FinancialMetric;
export type Financial = model.Financial;
export type Indicator = model.Indicator;
export type Site = model.Site;
export type Parameter = model.Parameter;
type _FinancialMatches = Expect<Same<z.output<typeof Financial>, model.Financial>>;
type _IndicatorMatches = Expect<Same<z.output<typeof Indicator>, model.Indicator>>;
type _SiteMatches = Expect<Same<z.output<typeof Site>, model.Site>>;
type _ParameterMatches = Expect<Same<z.output<typeof Parameter>, model.Parameter>>;
