/**
 * The OpenAPI 3.1 document of the API, built from the route table. Each query parameter's schema is
 * `z.toJSONSchema` of the very zod schema that validates it (the typed, output side: an integer with
 * its bounds, an enum, a list of enums), so the document cannot say one thing while validation does
 * another.
 */
import { z } from "zod";
import { COMPONENTS, type JsonSchema, ref } from "./openapi-schemas.ts";
import type { PostRoute, QuerySchema, Route } from "./routes/index.ts";

export type Parameter = {
  name: string;
  in: "query" | "path";
  required: boolean;
  description: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
  example?: string;
};

/** A zod field as a JSON Schema, without the dialect marker (OpenAPI 3.1 implies 2020-12). */
export function fieldSchema(field: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(field, { io: "output", unrepresentable: "any" });
  return schema as JsonSchema;
}

/** The query parameters of a route, from its strict zod object. */
export function queryParameters(query: QuerySchema): Parameter[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const { description, ...schema } = fieldSchema(field as z.ZodType);
    const list = schema.type === "array";
    return {
      name,
      in: "query" as const,
      required: false,
      description: typeof description === "string" ? description : "",
      schema,
      // A list is written comma-separated: types=loan,bond.
      ...(list ? { style: "form" as const, explode: false } : {}),
    };
  });
}

const ERROR_RESPONSES: Record<string, { description: string }> = {
  "400": {
    description:
      "A parameter is invalid: unknown, repeated, malformed or out of range; or the request has a body (a GET or HEAD carries none).",
  },
  "404": { description: "No such id." },
  "405": { description: "The API is read-only: only GET and HEAD." },
  "413": { description: "The request has a body over 64 KiB." },
  "415": {
    description:
      "The body is not declared as JSON (Content-Type: application/json), or is declared in a charset other than UTF-8.",
  },
  "422": { description: "The analysis could not be completed on this data (details say why)." },
  "429": {
    description:
      "Every compute thread is busy and the waiting queue is full (`server-busy`): try again after the Retry-After header's seconds.",
  },
  "500": { description: "An unexpected error; the server logs it." },
};

const errorResponse = (status: string) => ({
  description: ERROR_RESPONSES[status]?.description ?? "",
  content: { "application/json": { schema: ref("Error") } },
});

function operation(route: Route) {
  const parameters: Parameter[] = [
    ...(route.id
      ? [
          {
            name: "id",
            in: "path" as const,
            required: true,
            description: route.id.description,
            schema: { type: "string" },
            example: route.id.example,
          },
        ]
      : []),
    ...queryParameters(route.query),
  ];
  const statuses = [...new Set(["400", ...route.errors.map(String), "405", "413", "500"])].sort();
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    parameters,
    responses: {
      "200": {
        description: route.response.description,
        headers: {
          ETag: {
            description: "Hash of the dataset, the code version and the query.",
            schema: { type: "string" },
          },
          "Cache-Control": { schema: { type: "string" } },
        },
        content: {
          [route.response.html ? "text/html" : "application/json"]: { schema: route.response.schema },
        },
      },
      "304": { description: "Not modified: the ETag in If-None-Match is still current." },
      ...Object.fromEntries(statuses.map((s) => [s, errorResponse(s)])),
    },
  };
}

const LANG_PARAMETER: Parameter = {
  name: "lang",
  in: "query",
  required: false,
  description: "Language of error messages (default: Accept-Language, else en).",
  schema: { type: "string", enum: ["en", "ar"] },
};

function postOperation(route: PostRoute) {
  const statuses = [
    ...new Set(["400", ...route.errors.map(String), "405", "413", "415", "429", "500"]),
  ].sort();
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    parameters: [LANG_PARAMETER],
    requestBody: {
      required: true,
      description: route.body.description,
      content: { "application/json": { schema: route.body.schema, example: route.body.example } },
    },
    responses: {
      "200": {
        description: route.response.description,
        headers: {
          "Cache-Control": {
            description: "no-store: computed for this request.",
            schema: { type: "string" },
          },
        },
        content: { "application/json": { schema: route.response.schema } },
      },
      ...Object.fromEntries(
        statuses.map((s) => [
          s,
          s === "405"
            ? { ...errorResponse(s), description: "Only POST is allowed on this path." }
            : s === "413"
              ? { ...errorResponse(s), description: "The body is over 1 MiB." }
              : s === "400"
                ? {
                    ...errorResponse(s),
                    description:
                      "The body is not valid JSON or not a valid input: `details.problems` lists every problem with its path in the body.",
                  }
                : errorResponse(s),
        ]),
      ),
    },
  };
}

export function openApiDocument(
  routes: readonly Route[],
  version: string,
  postRoutes: readonly PostRoute[] = [],
  /** Path items written by hand (the Monte Carlo job routes, src/server/routes/monte-carlo.ts). */
  extraPaths: Record<string, unknown> = {},
) {
  return {
    openapi: "3.1.0",
    info: {
      title: "halqa API",
      version,
      summary:
        "Access to halqa's dataset and analytics of the circular AI economy, and stress tests computed on request.",
      description:
        "Every answer is computed by the same core functions as the halqa command line. Money is in US dollars; every amount carries its range and its value basis. Errors are `{error: {code, message, path?, details?}}` with stable codes; `lang=ar` or `Accept-Language: ar` gives Arabic messages.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "data", description: "The dataset's records." },
      { name: "analytics", description: "Flows, loops, circularity, exposure, ratios." },
      { name: "stress", description: "Stress scenarios and contagion models, run on request." },
      { name: "meta", description: "The server and this document." },
    ],
    paths: {
      ...Object.fromEntries(routes.map((r) => [r.path, { get: operation(r) }])),
      ...Object.fromEntries(postRoutes.map((r) => [r.path, { post: postOperation(r) }])),
      // Written by hand in OpenAPI's own shape; typed as nothing so the document's type stays that of the table.
      ...(extraPaths as Record<string, never>),
    },
    components: { schemas: COMPONENTS },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
