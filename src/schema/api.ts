/**
 * The query parameters of the read-only HTTP API, one strict zod schema per route. Query values
 * arrive as text; each parameter checks its syntax first (a regex whose error is a halqa code), then
 * pipes into a typed schema (an integer with bounds, an enum, a list of enums), so that the OpenAPI
 * document, built from the typed side with `z.toJSONSchema`, states exactly what validation accepts.
 *
 * Errors carry halqa's stable codes (the `error` strings and `issue(ctx, …)` calls below), worded per
 * language in src/i18n. Unknown parameters are refused (strict objects), so a misspelt filter is an
 * error rather than a silently ignored one. `asOf` has no default here: it is "today", which only the
 * server's injected clock knows.
 */
import { z } from "zod";
import { BASES } from "../core/flows/expand.ts";
import { primaryLanguage } from "../core/language-tag.ts";
import { parseDuration } from "../core/time/duration.ts";
import { DealStatus, DealType, FlowKind } from "./deal.ts";
import { EntityKind } from "./entity.ts";
import { issue, isValidIsoDate, Unit } from "./primitives.ts";

/** The languages of error messages (the same list as src/i18n, which the schema layer cannot import). */
export const API_LANGUAGES = ["en", "ar"] as const;

/** Bounds that keep one request's work small: the longest loop, rows returned, null-model samples. */
export const API_LIMITS = {
  maxLength: 12,
  loops: 1000,
  top: 1000,
  samples: 999,
  seed: 4_294_967_295,
  minAmount: 1e15,
  query: 200,
} as const;

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A whole number in [min, max]: "abc" is `invalid-integer`, "0" for min 1 is `out-of-range`. */
function integer(min: number, max: number) {
  return z
    .string()
    .regex(/^-?\d{1,16}$/, { error: "invalid-integer" })
    .pipe(
      z.coerce.number<string>().int().min(min, { error: "out-of-range" }).max(max, { error: "out-of-range" }),
    );
}

/** A decimal number in [min, max] (plain or with an exponent: 1000000, 1.5e9). */
function decimal(min: number, max: number) {
  return (
    z
      .string()
      .regex(/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/, { error: "invalid-number" })
      // 1e309 is a number's syntax but reads as Infinity: refused as typed, before the number exists.
      .refine((text) => Number.isFinite(Number(text)), { error: "invalid-number" })
      .pipe(z.coerce.number<string>().min(min, { error: "out-of-range" }).max(max, { error: "out-of-range" }))
  );
}

const year = z
  .string()
  .regex(/^\d{4}$/, { error: "invalid-year" })
  .pipe(z.coerce.number<string>().int().min(1000, { error: "invalid-year" }).max(9999));

/** A comma-separated list, each item one of `values`. */
function list<T extends Readonly<Record<string, string>>>(values: T) {
  return z
    .string()
    .transform((text) => text.split(",").map((item) => item.trim()))
    .pipe(z.array(z.enum(values, { error: "invalid-choice" })).min(1));
}

const flag = z.stringbool({ truthy: ["1", "true"], falsy: ["0", "false"], error: "invalid-boolean" });

function apiLanguageOf(value: unknown): (typeof API_LANGUAGES)[number] | undefined {
  const primary = typeof value === "string" ? primaryLanguage(value) : undefined;
  return API_LANGUAGES.find((lang) => lang === primary);
}

export const LangParam = z
  // A tag as BCP 47 reads it: "AR" and "ar-SA" are Arabic, as Accept-Language's are (language-tag.ts);
  // any other value is checked, and quoted, as sent.
  .preprocess((value) => apiLanguageOf(value) ?? value, z.enum(API_LANGUAGES, { error: "invalid-choice" }))
  .optional()
  .meta({ description: "Language of error messages (default: Accept-Language, else en)." });

export const AsOfParam = z
  .string()
  .regex(ISO_DATE, { error: "invalid-date" })
  .refine(isValidIsoDate, { error: "invalid-date" })
  .optional()
  .meta({
    description:
      "ISO date (YYYY, YYYY-MM or YYYY-MM-DD) on which statuses are read; a deal reported after it has no status and moves no money (default: today).",
  });

const basis = (fallback: (typeof BASES)[number]) =>
  z
    .enum(BASES, { error: "invalid-choice" })
    .default(fallback)
    .meta({ description: "Value basis: announced (headline), committed (binding) or paid (to date)." });

const entity = (description: string) =>
  z.string().max(120, { error: "too-big" }).optional().meta({ description });

const window = {
  year: year.optional().meta({ description: "One calendar year (instead of from/to)." }),
  from: year.optional().meta({ description: "First year of the window." }),
  to: year.optional().meta({ description: "Last year of the window." }),
};

type YearWindow = { year?: number | undefined; from?: number | undefined; to?: number | undefined };

/** `year` excludes `from`/`to`; `from` must not come after `to`. */
function checkWindow(value: YearWindow, ctx: z.RefinementCtx): void {
  if (value.year !== undefined && (value.from !== undefined || value.to !== undefined)) {
    issue(ctx, "year-conflict", ["year"]);
  }
  if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
    issue(ctx, "year-order", ["from"], { from: value.from, to: value.to });
  }
}

/** Every route's query: its own parameters, plus `lang`. */
function query<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ lang: LangParam, ...shape });
}

export const NoQuery = query({});

export const AsOfQuery = query({ asOf: AsOfParam });

export const StatsQuery = query({
  asOf: AsOfParam,
  top: integer(1, API_LIMITS.top).default(10).meta({ description: "How many of the largest deals to list." }),
});

export const EntitiesQuery = query({
  asOf: AsOfParam,
  kind: z.enum(EntityKind.options, { error: "invalid-choice" }).optional().meta({
    description: "Only entities of this kind.",
  }),
});

export const DealsQuery = query({
  asOf: AsOfParam,
  type: z.enum(DealType.options, { error: "invalid-choice" }).optional().meta({
    description: "Only deals of this type.",
  }),
  status: z.enum(DealStatus.options, { error: "invalid-choice" }).optional().meta({
    description: "Only deals whose status on asOf is this one.",
  }),
  entity: entity("Only deals this entity is a party to, or pays or receives in."),
  q: z.string().max(API_LIMITS.query, { error: "too-big" }).optional().meta({
    description: "Case-insensitive text searched in the deal's id and its English and Arabic titles.",
  }),
});

export const FlowsQuery = query({
  asOf: AsOfParam,
  basis: basis("committed"),
  ...window,
  entity: entity("Only flows from or to this entity."),
  unit: z
    .enum(Unit.options, { error: "invalid-choice" })
    .default("USD")
    .meta({ description: "Unit to expand: USD (money), GW or MW (capacity), shares …" }),
  kind: list(FlowKind.enum).optional().meta({
    description:
      "Comma-separated flow kinds (default: cash in USD; every kind but guarantee in other units).",
  }),
  includeReported: flag.default(false).meta({
    description:
      "On the announced basis, also count deals that only the press reports (talks, rumours); they are left out by default.",
  }),
}).superRefine(checkWindow);

export const LoopsQuery = query({
  asOf: AsOfParam,
  basis: basis("announced"),
  ...window,
  maxLength: integer(1, API_LIMITS.maxLength).default(6).meta({ description: "Longest loop, in steps." }),
  temporal: flag
    .default(false)
    .meta({ description: "Time-respecting loops: each deal announced after the previous, within `window`." }),
  window: z
    .string()
    .refine((text) => parseDuration(text).ok, { error: "invalid-duration" })
    .optional()
    .meta({ description: "Window of a temporal loop: 365d, 12w, 24h, 90m, 30s, 1y (default 365d)." }),
  minAmount: decimal(0, API_LIMITS.minAmount)
    .optional()
    .meta({ description: "Leave out flows smaller than this (USD)." }),
  types: list(DealType.enum).optional().meta({ description: "Comma-separated deal types to keep." }),
  kinds: list(FlowKind.enum).optional().meta({
    description: "Comma-separated flow kinds that carry value (default: cash, equity, warrant, guarantee).",
  }),
  entity: entity("Only loops through this entity."),
  limit: integer(1, API_LIMITS.loops)
    .default(20)
    .meta({ description: "How many loops to return, largest bottleneck first." }),
  includeReported: flag.default(false).meta({
    description:
      "On the announced basis, also count deals that only the press reports (talks, rumours); they are left out by default.",
  }),
}).superRefine((value, ctx) => {
  checkWindow(value, ctx);
  if (value.window !== undefined && !value.temporal) issue(ctx, "window-needs-temporal", ["window"]);
});

export const CircularityQuery = query({
  asOf: AsOfParam,
  basis: basis("announced"),
  ...window,
  entity: entity("Only this entity's row, with all its origins."),
  nullModel: integer(1, API_LIMITS.samples)
    .optional()
    .meta({ description: "Compare with this many degree-preserving rewirings (p-values)." }),
  seed: integer(0, API_LIMITS.seed)
    .default(1)
    .meta({ description: "Seed of the rewirings: the same seed gives the same p-values." }),
}).superRefine(checkWindow);

export const BriefQuery = query({
  asOf: AsOfParam,
  entity: entity("A brief on this company (an entity id)."),
  scenario: z
    .string()
    .min(1)
    .max(120, { error: "too-big" })
    .optional()
    .meta({ description: "A brief on this bundled stress scenario (an id of GET /api/scenarios)." }),
});

export const ExposureQuery = query({
  asOf: AsOfParam,
  basis: basis("announced"),
  year: year.optional().meta({ description: "One fiscal year of the revenue shares (2025 = FY2025)." }),
});

export const RankQuery = query({
  asOf: AsOfParam,
  basis: basis("announced"),
  rank: flag.optional().meta({ description: "1: rank every entity (required when no id is given)." }),
});

/** A required ISO date (`since` of the changes digest). */
const isoDate = z
  .string()
  .regex(ISO_DATE, { error: "invalid-date" })
  .refine(isValidIsoDate, { error: "invalid-date" });

export const CompanyQuery = query({
  asOf: AsOfParam,
  basis: basis("announced"),
  year: year
    .optional()
    .meta({ description: "One calendar year: flows, circularity and the financial periods covering it." }),
});

export const ChangesQuery = query({
  since: isoDate.meta({ description: "First day of the window (ISO date, inclusive)." }),
  until: isoDate.optional().meta({ description: "Last day of the window (inclusive; default: today)." }),
  entity: entity("Only deals this entity is a party to, or pays or receives in."),
}).superRefine((value, ctx) => {
  if (value.until !== undefined && value.since > value.until && !value.until.startsWith(value.since))
    issue(ctx, "date-order", ["since"], { since: value.since, until: value.until });
});

export type StatsQuery = z.output<typeof StatsQuery>;
export type EntitiesQuery = z.output<typeof EntitiesQuery>;
export type DealsQuery = z.output<typeof DealsQuery>;
export type FlowsQuery = z.output<typeof FlowsQuery>;
export type LoopsQuery = z.output<typeof LoopsQuery>;
export type CircularityQuery = z.output<typeof CircularityQuery>;
export type ExposureQuery = z.output<typeof ExposureQuery>;
export type RankQuery = z.output<typeof RankQuery>;
export type CompanyQuery = z.output<typeof CompanyQuery>;
export type ChangesQuery = z.output<typeof ChangesQuery>;
