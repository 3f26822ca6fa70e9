/**
 * One route of the API: its path, query schema and handler, and the words and response schema that the
 * OpenAPI document and the docs page are made from. The app registers exactly the routes of the table
 * in index.ts and the document lists exactly those, so the two cannot drift apart.
 */
import type { z } from "zod";
import type { DataContext } from "../context.ts";
import { type JsonSchema, str } from "../openapi-schemas.ts";

export type QuerySchema = z.ZodObject<z.ZodRawShape, z.core.$ZodObjectConfig>;

export type HandlerInput<Q> = {
  data: DataContext;
  /** The query's asOf, or today. */
  asOf: string;
  query: Q;
  /** The path's {id}, when the route has one. */
  id: string;
  meta: { version: string; openapi: () => unknown; docs: () => string };
  /** The request's language (`lang`, else Accept-Language, else en): the words of a `localized` route's answer. */
  lang: "en" | "ar";
};

export type Route = {
  /** OpenAPI form: /api/deals/{id}. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  query: QuerySchema;
  /** The path's {id}: an entity or deal id (unknown ids answer 404 before the handler), or a `name` the handler resolves. */
  id?: { kind: "entity" | "deal" | "name"; description: string; example: string };
  /** A query string for the docs' example request. */
  example?: string;
  response: { description: string; schema: JsonSchema; html?: boolean };
  /** The answer is written in the request's language (a document, not data): the language is part of its cache key. */
  localized?: boolean;
  /** Error statuses this route answers besides the ones every route may (400, 405, 413, 500). */
  errors: number[];
  handle: (input: HandlerInput<never>) => unknown;
};

export function route<S extends QuerySchema>(
  spec: Omit<Route, "query" | "handle"> & { query: S; handle: (input: HandlerInput<z.output<S>>) => unknown },
): Route {
  return spec as unknown as Route;
}

export const asOf = str("The as-of date the answer was computed for.");
export const basis = str("The value basis.");
export const anyObject = (description: string): JsonSchema => ({ type: "object", description });
