/**
 * A POST route: work on what the client sends (a network to solve, a scenario to run) rather than a
 * view of the dataset. Its body is JSON, read with a size limit and validated by the route; the answer
 * is never cached (`no-store`). Like the GET routes, the table in stress.ts is both what the app
 * registers and what the OpenAPI document lists.
 */
import { z } from "zod";
import type { DataContext } from "../context.ts";
import type { JsonSchema } from "../openapi-schemas.ts";

export type PostInput = {
  data: DataContext;
  /** Today's ISO date: the default asOf. */
  today: string;
  /** The parsed JSON body. */
  body: unknown;
};

export type PostRoute = {
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  body: { description: string; schema: JsonSchema; example: unknown };
  response: { description: string; schema: JsonSchema };
  /** Error statuses besides those every POST may answer (400, 405, 413, 415, 500). */
  errors: number[];
  handle: (input: PostInput) => unknown;
};

/** A zod schema as the JSON Schema of a request body (the input side: what a client may send). */
export function bodySchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return json as JsonSchema;
}
