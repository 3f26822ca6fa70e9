/**
 * The power and funding routes: `GET /api/power` (GW of compute capacity, each GW once, against power secured, per year, with an
 * optional grid delay) and `GET /api/funding/{id}` (one entity's funding gap). Each returns the JSON of
 * `halqa power --json` and `halqa funding ID --json` for the same options, so a program can switch.
 */
import { z } from "zod";
import { BASES } from "../../core/flows/expand.ts";
import { POWER_WINDOW, powerWindow } from "../../core/reports/power-report.ts";
import { AsOfParam, LangParam } from "../../schema/api.ts";
import { issue } from "../../schema/primitives.ts";
import { fundingRoute, powerRoute } from "../handlers/power.ts";
import { ref } from "../openapi-schemas.ts";
import { type Route, route } from "./route.ts";

/** The widest window one request may ask for, in years: enough for any forecast, small enough to be cheap. */
export const MAX_YEARS = 100;
/** The longest grid delay, in months (ten years: longer than any interconnection queue reported). */
export const MAX_DELAY_MONTHS = 120;

const year = z
  .string()
  .regex(/^\d{4}$/, { error: "invalid-year" })
  .pipe(z.coerce.number<string>().int().min(1000, { error: "invalid-year" }).max(9999));

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,16}$/, { error: "invalid-integer" })
    .pipe(
      z.coerce.number<string>().int().min(min, { error: "out-of-range" }).max(max, { error: "out-of-range" }),
    );

const fraction = (min: number, max: number) =>
  z
    .string()
    .regex(/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/, { error: "invalid-number" })
    // 1e309 is a number's syntax but reads as Infinity: refused as typed, before the number exists.
    .refine((text) => Number.isFinite(Number(text)), { error: "invalid-number" })
    .pipe(z.coerce.number<string>().min(min, { error: "out-of-range" }).max(max, { error: "out-of-range" }));

const id = (description: string) =>
  z.string().max(120, { error: "too-big" }).optional().meta({ description });

const valueBasis = (fallback: (typeof BASES)[number]) =>
  z
    .enum(BASES, { error: "invalid-choice" })
    .default(fallback)
    .meta({ description: "Value basis: announced (headline), committed (binding) or paid (to date)." });

const window = {
  from: year.optional().meta({ description: `First year (default ${POWER_WINDOW.fromYear}).` }),
  to: year
    .optional()
    .meta({ description: `Last year (default ${POWER_WINDOW.toYear}, or \`from\` when that is later).` }),
};

/** `from` ≤ `to`, and at most MAX_YEARS years, with the defaults filled in as the CLI fills them. */
function checkWindow(value: { from?: number | undefined; to?: number | undefined }, ctx: z.RefinementCtx) {
  const { fromYear: from, toYear: to } = powerWindow(value.from, value.to);
  if (from > to) issue(ctx, "year-order", ["from"], { from, to });
  else if (to - from + 1 > MAX_YEARS)
    issue(ctx, "out-of-range", ["to"], { maximum: from + MAX_YEARS - 1, value: to });
}

export const PowerQuery = z
  .strictObject({
    lang: LangParam,
    asOf: AsOfParam,
    basis: valueBasis("announced"),
    ...window,
    entity: id("Only capacity and power this entity is party to."),
    site: id("Only this campus (an id of data/ai-economy/sites.yaml)."),
    delayMonths: wholeNumber(0, MAX_DELAY_MONTHS)
      .optional()
      .meta({
        description: `Grid connections slip this many months (0–${MAX_DELAY_MONTHS}): capacity and grid power not yet online move later.`,
      }),
    region: z.string().max(120, { error: "too-big" }).optional().meta({
      description: "With delayMonths: only sites in this region or country (Texas, US …), any case.",
    }),
  })
  .superRefine((value, ctx) => {
    checkWindow(value, ctx);
    if (value.region !== undefined && value.delayMonths === undefined)
      issue(ctx, "region-needs-delay", ["region"]);
  });

export const FundingQuery = z
  .strictObject({
    lang: LangParam,
    asOf: AsOfParam,
    basis: valueBasis("committed"),
    ...window,
    growth: fraction(-0.99, 10).optional().meta({
      description:
        "Yearly revenue growth after the last revenue figure, as a fraction (0.5 = 50%); default: the cited parameter revenue-growth-<id>, else flat.",
    }),
  })
  .superRefine(checkWindow);

export type PowerQuery = z.output<typeof PowerQuery>;
export type FundingQuery = z.output<typeof FundingQuery>;

export const POWER_ROUTES: Route[] = [
  route({
    path: "/api/power",
    operationId: "power",
    tag: "analytics",
    summary: "Power: compute capacity against power secured",
    description:
      "GW of compute capacity per year, each GW once (chips and compute contracts hosted at campuses are removed) against GW of power secured (grid, on-site generation, PPAs), coverage, stranded GW, off-grid share, the energy bill, the campuses counted and by which rule, the power records, the cited parameters and the reference forecasts; with delayMonths, grid connections slip (`halqa power --json`; docs/methods/power.md).",
    query: PowerQuery,
    example: "basis=committed&delayMonths=12&region=Texas",
    response: {
      description: "The power balance.",
      schema: ref("PowerReport"),
    },
    errors: [],
    handle: ({ data, asOf, query }) => powerRoute(data, asOf, query),
  }),
  route({
    path: "/api/funding/{id}",
    operationId: "funding",
    tag: "analytics",
    summary: "One entity's funding gap",
    description:
      "Per year: revenue (reported, forecast or projected), commitments due, costs, operating cash flow, financing lined up by source, the gap, cumulative burn and cash; the funding still needed with its parts, the runway (unknown without a reported starting cash), the growth that closes the gap, the assumptions with their sources, the reported figures beside, the model's burn reconciled with each reported result, and the entity's contracts against its sellers' reported backlogs (`halqa funding ID --json`; docs/methods/funding.md).",
    query: FundingQuery,
    id: { kind: "entity", description: "Entity id.", example: "openai" },
    example: "growth=0.5",
    response: {
      description: "The funding report.",
      schema: ref("FundingReport"),
    },
    errors: [404],
    handle: ({ data, asOf, id, query }) => fundingRoute(data, asOf, id, query),
  }),
];
