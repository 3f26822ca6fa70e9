/**
 * JSON Schemas (OpenAPI 3.1 dialect) of the API's responses. The analyses' responses are the report
 * schemas of src/schema/reports, converted once with `z.toJSONSchema` (strict objects become
 * `additionalProperties: false`), so the document, the CLI's --json and the schema test read one
 * definition. The records' responses below are written here and describe the shapes the core
 * functions return; their deeper records point to docs/data-format.md and docs/methods/.
 */
import { z } from "zod";
import { REPORT_SCHEMAS } from "../schema/reports/index.ts";

export type JsonSchema = Record<string, unknown>;

/** zod writes the safe-integer range on every `.int()`: noise to a reader, so it is left out. */
function withoutSafeIntegerBounds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSafeIntegerBounds);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key, v]) =>
          !(key === "minimum" && v === Number.MIN_SAFE_INTEGER) &&
          !(key === "maximum" && v === Number.MAX_SAFE_INTEGER),
      )
      .map(([key, v]) => [key, withoutSafeIntegerBounds(v)]),
  );
}

/** A report schema as JSON Schema, without the dialect marker (OpenAPI 3.1 implies 2020-12). */
function reportSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  return withoutSafeIntegerBounds(json) as JsonSchema;
}

/** Every report's JSON Schema, by its name in components/schemas (docs/api.md, "Response schemas"). */
export const REPORT_COMPONENTS: Record<string, JsonSchema> = Object.fromEntries(
  Object.entries(REPORT_SCHEMAS).map(([name, schema]) => [name, reportSchema(schema as z.ZodType)]),
);

export const str = (description?: string): JsonSchema => ({
  type: "string",
  ...(description ? { description } : {}),
});
export const num = (description?: string): JsonSchema => ({
  type: "number",
  ...(description ? { description } : {}),
});
export const int = (description?: string): JsonSchema => ({
  type: "integer",
  ...(description ? { description } : {}),
});
export const bool = (description?: string): JsonSchema => ({
  type: "boolean",
  ...(description ? { description } : {}),
});
export const nullable = (schema: JsonSchema): JsonSchema => ({
  ...schema,
  type: [schema.type as string, "null"],
});
export const arr = (items: JsonSchema, description?: string): JsonSchema => ({
  type: "array",
  items,
  ...(description ? { description } : {}),
});
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const map = (values: JsonSchema, description?: string): JsonSchema => ({
  type: "object",
  additionalProperties: values,
  ...(description ? { description } : {}),
});

/** An object whose listed properties are always present. */
export function obj(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
  };
}

const perBasis = (schema: JsonSchema, description: string) =>
  obj({ announced: schema, committed: schema, paid: schema }, description);

export const COMPONENTS: Record<string, JsonSchema> = {
  Error: obj(
    {
      error: {
        type: "object",
        properties: {
          code: str("Stable error code (docs/api.md lists them)."),
          message: str("The message, in English or Arabic (lang / Accept-Language)."),
          path: str("The parameter at fault."),
          details: {
            type: "object",
            description: "The values the message is made from; `problems` when several.",
          },
        },
        required: ["code", "message"],
      },
    },
    "Every error has this shape.",
  ),
  Amount: obj(
    { value: num("Point estimate."), low: num("Low end of the range."), high: num("High end of the range.") },
    "A quantity with its range; in USD unless the response states another unit.",
  ),
  Localized: obj({ en: str(), ar: str() }, "A name or title in English and Arabic."),
  EntityRef: obj({ id: str(), name: ref("Localized") }),
  Source: obj(
    {
      id: str(),
      publisher: str(),
      title: str(),
      date: nullable(str("ISO date.")),
      url: nullable(str("Where to read it (null for a seed article kept as a file).")),
    },
    "A source, resolved from its id.",
  ),
  Figure: {
    type: "object",
    description:
      "A figure of the normalized export (docs/data-format.md): point, range, sources, alternatives.",
    properties: {
      value: nullable(num()),
      low: nullable(num()),
      high: nullable(num()),
      point: num("The number analyses use."),
      sources: arr(str()),
      estimate: bool(),
      alternatives: arr({ type: "object" }),
    },
  },
  ExcludedFlow: {
    type: "object",
    description:
      "A flow left out of the totals, with the reason (conditional, not-binding, terminated, overlap).",
    properties: {
      deal: str(),
      flow: str(),
      reason: str(),
      countedIn: str("For an overlap: the deal that counts this money."),
      amount: ref("Amount"),
    },
    required: ["deal", "flow", "reason", "amount"],
  },
  PerBasisAmount: perBasis(ref("Amount"), "USD money on each value basis."),
  ...REPORT_COMPONENTS,
};
