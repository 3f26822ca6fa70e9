/**
 * Building blocks of the report schemas: the shapes every analysis repeats. Objects are strict so that
 * a key nobody declared (an options object spread into a result, a dataset copied into it) fails the
 * schema test instead of reaching a user's program.
 */
import { z } from "zod";

/** The value bases an analysis runs on (the same list as core's BASES, which this layer cannot import). */
export const Basis = z.enum(["announced", "committed", "paid"]);

/** A quantity with its range; USD unless the report states another unit. */
export const Amount = z.strictObject({
  value: z.number().describe("Point estimate."),
  low: z.number().describe("Low end of the range."),
  high: z.number().describe("High end of the range."),
});

/** A name or title in English and Arabic. */
export const Localized = z.strictObject({ en: z.string(), ar: z.string() });

/** An ISO date (YYYY-MM-DD), or a year or month where the source gives no more. */
export const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

/** A map keyed by id or category: which keys exist depends on the data, not on the schema. */
export const byKey = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

/** A ratio that can be infinite (no outside money at all): JSON has no Infinity, so halqa writes it as text. */
export const MaybeInfinite = z.union([z.number(), z.enum(["Infinity", "-Infinity"])]);

/** The values a message key is worded with (src/i18n): which ones depends on the key. */
export const MessageParams = byKey(z.union([z.string(), z.number(), z.boolean()]));

/** A source as a report cites it: numbered in the order of first citation. */
export const CitedSource = z.strictObject({
  n: z.number().describe("Its number in the report."),
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  file: z.string().nullable(),
});
