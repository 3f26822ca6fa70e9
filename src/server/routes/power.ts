/**
 * The power and funding routes: `GET /api/power` (GW of compute capacity, each GW once, against power secured, per year, with an
 * optional grid delay) and `GET /api/funding/{id}` (one entity's funding gap). Each returns the JSON of
 * `halqa power --json` and `halqa funding ID --json` for the same options, so a program can switch.
 */
import { z } from "zod";
import { BASES } from "../../core/flows/expand.ts";
import { AsOfParam, LangParam } from "../../schema/api.ts";
import { issue } from "../../schema/primitives.ts";
import { fundingRoute, POWER_YEARS, powerRoute } from "../handlers/power.ts";
import { arr, bool, int, map, nullable, num, obj, str } from "../openapi-schemas.ts";
import { anyObject, asOf, basis, type Route, route } from "./route.ts";

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
    .pipe(z.coerce.number<string>().min(min, { error: "out-of-range" }).max(max, { error: "out-of-range" }));

const id = (description: string) =>
  z.string().max(120, { error: "too-big" }).optional().meta({ description });

const valueBasis = (fallback: (typeof BASES)[number]) =>
  z
    .enum(BASES, { error: "invalid-choice" })
    .default(fallback)
    .meta({ description: "Value basis: announced (headline), committed (binding) or paid (to date)." });

const window = {
  from: year.optional().meta({ description: `First year (default ${POWER_YEARS[0]}).` }),
  to: year
    .optional()
    .meta({ description: `Last year (default ${POWER_YEARS[1]}, or \`from\` when that is later).` }),
};

/** `from` ≤ `to`, and at most MAX_YEARS years, with the defaults filled in as the CLI fills them. */
function checkWindow(value: { from?: number | undefined; to?: number | undefined }, ctx: z.RefinementCtx) {
  const from = value.from ?? POWER_YEARS[0];
  const to = value.to ?? Math.max(POWER_YEARS[1], from);
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

const powerYear = obj({
  year: int(),
  capacityGw: num("GW of compute capacity on the chosen basis, online on 31 December, each GW once."),
  naiveGw: num("The layers summed as reported: campuses + compute contracts + chips."),
  sameGw: num(
    "naiveGw − capacityGw: chips hosted at a campus or in a contract, a contract at its seller's campus.",
  ),
  byLayer: obj({ campus: num(), compute: num(), chips: num() }),
  securedGw: num("GW of power secured (approved, building, operating or contested) by then."),
  unknownPowerGw: num("Capacity GW in campuses or deals with no power information."),
  coverage: nullable(num("secured ÷ capacity; null when there is no capacity.")),
  strandedGw: num("max(0, capacity − secured)."),
  offGridShare: nullable(num("On-site generation ÷ secured; null when nothing is secured.")),
  delayedGw: num("Capacity the delay pushes out of this year."),
  energyMwh: nullable(num("capacity × 8760 h × utilisation × PUE, MWh; null without the parameters.")),
  energyBillUsd: nullable(num("energy × price, USD.")),
});

const fundingYear = obj({
  year: int(),
  missing: bool("No revenue figure yet: left out of the sums."),
  revenue: num(),
  revenueSource: nullable(str("reported, forecast or projected.")),
  commitmentsDue: num(),
  otherCosts: num(),
  costRule: nullable(str("reported, contracts or modelled.")),
  reportedResult: nullable(num()),
  operatingCashFlow: num(),
  financing: num(),
  financingByType: map(num(), "Financing lined up, by deal type."),
  gap: num("max(0, −(operating cash flow + financing))."),
  cumulativeBurn: num(),
  cash: num(),
});

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
      schema: obj({
        basis,
        asOf,
        fromYear: int(),
        toYear: int(),
        years: arr(powerYear),
        campuses: arr(
          anyObject(
            "A campus or deal: sites, flows, layer, rule, GW as reported, GW counted, the hosts it shares GW with (sameAs), GW secured.",
          ),
        ),
        owners: arr(
          anyObject("GW in the last year per owner (a campus's first operator, a deal's buyer), by layer."),
        ),
        supply: arr(anyObject("A power record: site or deal, kind, GW, date, status, secured.")),
        parameters: arr(anyObject("A cited parameter: id, value, unit, sources, estimate.")),
        missingParameters: arr(str()),
        references: arr(anyObject("A reference forecast: name, by, amount, unit, period, sources.")),
      }),
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
      schema: {
        ...obj({
          entity: str(),
          basis,
          asOf,
          fromYear: int(),
          toYear: int(),
          growthUsed: num("The yearly growth the projection used (a fraction)."),
          years: arr(fundingYear),
          totals: obj({
            commitmentsDue: num(),
            financing: num(),
            gap: num(),
            cumulativeBurn: num("Σ of the losses (loss years only)."),
            netBurn: num("−Σ operating cash flow: losses less profits."),
          }),
          startingCashKnown: bool("False when no reported cash figure precedes the window: runway unknown."),
          startingCashSource: nullable(
            anyObject("The reported cash figure the start is read from: period, sources."),
          ),
          shortfall: num(
            "Funding still needed: max over years of (net burn to date − financing to date − cash at the start), ≥ 0.",
          ),
          shortfallParts: nullable(
            anyObject("The year it is reached: year, netBurn, financing, startingCash."),
          ),
          runsOut: nullable(
            num(
              "When the cash first falls below zero (2027.5 = mid-2027); null when it lasts or is unknown.",
            ),
          ),
          runway: str("runs-out | lasts | unknown (no reported starting cash: no date is given)."),
          reconciliation: arr(
            anyObject(
              "A reported result (operating cash flow, cash burn, net income) beside the model's: reported, model, difference, years with reasons, sources.",
            ),
          ),
          backlog: arr(
            anyObject(
              "A contract against its seller's reported backlog (RPO): share of each figure, the rise it can explain, whether halqa counts it as binding.",
            ),
          ),
          growthToClose: anyObject("status solved | closed | unreachable | no-projection, and the growth."),
          reported: arr(anyObject("A reported financial figure: metric, period, value, flags, sources.")),
        }),
      },
    },
    errors: [404],
    handle: ({ data, asOf, id, query }) => fundingRoute(data, asOf, id, query),
  }),
];
