/**
 * POST /api/market in the OpenAPI document: the market report on the client's own weights or
 * exposures, sent as CSV text inside a JSON body. GET routes come from the route table; this one
 * operation is added beside the GET of the same path.
 */

import { MARKET_BODY_LIMIT, MarketBody } from "../market-body.ts";
import { fieldSchema } from "../openapi.ts";
import { ref } from "../openapi-schemas.ts";

export const MARKET_POST_PATH = "/api/market";

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

export function marketPostOperation() {
  return {
    operationId: "marketPost",
    tags: ["analytics"],
    summary: "An index fund's share in the loop, on your weights or exposures",
    description: `The report of GET ${MARKET_POST_PATH}, with the bundled weights replaced by \`weights\` and the derived exposures replaced by \`exposure\` for the companies it names (\`halqa market --weights FILE --exposure FILE --json\`). Both are CSV text; every bad row is a 400 problem whose path is file:line:column (\`weights:4:weight\`). Nothing is stored; answers are not cached.`,
    parameters: [
      {
        name: "lang",
        in: "query",
        required: false,
        description: "Language of error messages (default: Accept-Language, else en).",
        schema: { type: "string", enum: ["en", "ar"] },
      },
    ],
    requestBody: {
      required: true,
      description:
        "`weights` and `exposure` are CSV text (at most 256 KiB in all); `measure` and `asOf` as in GET.",
      content: {
        "application/json": {
          schema: fieldSchema(MarketBody),
          example: {
            weights: "entity,weight\nnvidia,6.6\napple,7.6\n",
            exposure: "entity,exposure\nnvidia,40\n",
            measure: "membership",
          },
        },
      },
    },
    responses: {
      "200": {
        description: "The market report (the schema of GET).",
        content: { "application/json": { schema: ref("MarketReport") } },
      },
      "400": error(
        "The body is not valid JSON, has an unknown field, or a CSV has bad rows: `details.problems` lists each with file:line:column.",
      ),
      "413": error(`The body is over ${MARKET_BODY_LIMIT / 1024} KiB.`),
      "415": error("The body is not declared as JSON (Content-Type: application/json)."),
      "500": error("An unexpected error; the server logs it."),
    },
  };
}

/** The document with the POST operation beside the GET of /api/market. */
export function withMarketPost<D extends { paths: Record<string, object> }>(doc: D): D {
  return {
    ...doc,
    paths: {
      ...doc.paths,
      [MARKET_POST_PATH]: { ...doc.paths[MARKET_POST_PATH], post: marketPostOperation() },
    },
  };
}
