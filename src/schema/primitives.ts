/**
 * Building blocks shared by every dataset schema: ids, dates, bilingual names, enums.
 *
 * Checks that zod cannot express by itself raise a `custom` issue whose `params.code` is one of
 * halqa's stable error codes (see src/schema/issues.ts); the loader turns them into messages.
 */
import { z } from "zod";
import type * as model from "../core/model/primitives.ts";
import type { Expect, Same } from "./same-type.ts";

/** Raise a custom issue carrying a stable halqa error code. */
export function issue(
  ctx: z.RefinementCtx,
  code: string,
  path: (string | number)[] = [],
  params: Record<string, unknown> = {},
): void {
  ctx.addIssue({ code: "custom", message: code, path, params: { code, ...params } });
}

/**
 * Options for refinements that must run even when a field inside the object already failed, so that
 * a validation run lists every problem at once. Such refinements guard the types of the fields they
 * read. They run only on an object: a number or a list where an object belongs is already reported by
 * the shape, and a refinement reading its fields would throw (found by fuzzing: a figure given as 1).
 */
export const ALWAYS = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
} as unknown as undefined;

/** Is this a number (a field that passed or may have failed its own check)? */
export function isNum(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** Record ids are kebab-case so they read well in URLs, YAML and commands. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "invalid-id" })
  .max(120);

/** ISO 8601 calendar date at year, month or day precision: 2025, 2025-09, 2025-09-22. */
export const IsoDate = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const text = String(raw);
  if (!isValidIsoDate(text)) {
    issue(ctx, "invalid-date", [], { value: text });
    return z.NEVER;
  }
  return text;
});

export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(Number(match[1]), month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** A name or title in both languages; the Arabic one must contain Arabic script. */
export const Localized = z.strictObject({
  en: z.string().trim().min(1),
  ar: z
    .string()
    .trim()
    .min(1)
    .refine((s) => ARABIC_LETTER.test(s), { error: "missing-arabic" }),
});

export const Confidence = z.enum(["high", "medium", "low"]);

export const Language = z.enum(["ar", "en", "fr", "de", "zh", "ja", "ko", "other"]);

/** Units a quantity can be given in. Money is always whole US dollars, never billions. */
export const Unit = z.enum([
  "USD",
  "GW",
  "MW",
  "MWh",
  "TWh",
  "shares",
  "percent",
  "percent-change",
  "ratio",
  "GPUs",
  "units",
  "wafers-per-month",
  "years",
  "months",
  "count",
  "USD-per-GW",
  "USD-per-MWh",
  "USD-per-share",
  "GPUs-per-GW",
  "homes-per-GW",
  "basis-points",
]);

export type Unit = model.Unit;
type _UnitMatches = Expect<Same<z.output<typeof Unit>, model.Unit>>;
type _LocalizedMatches = Expect<Same<z.output<typeof Localized>, model.Localized>>;

/** Units that are shares of a whole: values above 100 are rejected (growth uses `percent-change`). */
export const PERCENT_UNITS: ReadonlySet<Unit> = new Set(["percent"]);
