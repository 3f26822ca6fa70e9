/**
 * A figure: one sourced quantity. Either a point `value`, or a range `low`/`high` (either end may be
 * open: `high` alone reads "up to"). Conflicting figures from other sources sit beside the preferred
 * one in `alternatives`, each with its own sources, so disagreement is kept as data.
 */
import { z } from "zod";
import type { Figure as FigureModel } from "../core/model/figure.ts";
import { ALWAYS, Confidence, Id, IsoDate, isNum, issue, PERCENT_UNITS, type Unit } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

const figureFields = {
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  /** Ids of the sources that state this figure. At least one: halqa has no unsourced numbers. */
  sources: z.array(Id).min(1, { error: "figure-unsourced" }),
  /** A short quote in the source's own language (Arabic for the seed articles). */
  quote: z.string().trim().min(1).optional(),
  confidence: Confidence.optional(),
  /** The date the figure describes (for `paid`: paid up to this date). */
  asOf: IsoDate.optional(),
  /** True when the figure is derived (by an analyst or by us) rather than stated by a party. */
  estimate: z.boolean().optional(),
  note: z.string().optional(),
};

type FigureCheckOptions = { allowNegative: boolean };

type FigureNumbers = { value?: number | undefined; low?: number | undefined; high?: number | undefined };

function checkFigure(
  figure: FigureNumbers,
  ctx: z.RefinementCtx,
  { allowNegative }: FigureCheckOptions,
): void {
  const [value, low, high] = [figure.value, figure.low, figure.high].map((n) => (isNum(n) ? n : undefined));
  if (figure.value === undefined && figure.low === undefined && figure.high === undefined) {
    issue(ctx, "figure-empty");
    return;
  }
  if (!allowNegative) {
    for (const key of ["value", "low", "high"] as const) {
      const n = figure[key];
      if (isNum(n) && n < 0) issue(ctx, "negative-amount", [key], { value: n });
    }
  }
  if (low !== undefined && high !== undefined && low > high) {
    issue(ctx, "low-above-high", ["low"], { low, high });
  }
  if (value !== undefined && ((low !== undefined && value < low) || (high !== undefined && value > high))) {
    issue(ctx, "value-outside-range", ["value"], { value, low: low ?? null, high: high ?? null });
  }
}

/**
 * A strict object holding a figure's fields plus `extra` fields: records that are themselves one
 * quantity (a financial, a site's capacity) are figures with context, so YAML stays flat.
 */
export function figureWith<Extra extends z.ZodRawShape>(extra: Extra, options: FigureCheckOptions) {
  const single = z.strictObject(figureFields).superRefine((f, ctx) => checkFigure(f, ctx, options), ALWAYS);
  return z
    .strictObject({ ...figureFields, alternatives: z.array(single).optional(), ...extra })
    .superRefine((f, ctx) => checkFigure(f as FigureNumbers, ctx, options), ALWAYS);
}

function makeFigure(options: FigureCheckOptions) {
  return figureWith({}, options);
}

/** A non-negative figure: deal amounts, capacities, counts. */
export const Figure = makeFigure({ allowNegative: false });
/** A figure that may be negative: income, cash flow, growth rates. */
export const SignedFigure = makeFigure({ allowNegative: true });

export type Figure = FigureModel;
type _FigureMatches = Expect<Same<z.output<typeof Figure>, FigureModel>>;
export type FigureInput = z.input<typeof Figure>;

/** Percent figures above 100 are errors; call from the record that knows the unit. */
export function checkPercent(
  figure: { value?: number | undefined; low?: number | undefined; high?: number | undefined } | undefined,
  unit: Unit,
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  if (!figure || !PERCENT_UNITS.has(unit)) return;
  for (const key of ["value", "low", "high"] as const) {
    const n = figure[key];
    if (isNum(n) && n > 100) issue(ctx, "percent-over-100", [...path, key], { value: n });
  }
}
