/**
 * The body of POST /api/market: JSON `{ weights?, exposure?, measure?, asOf? }` where `weights` and
 * `exposure` are the text of the CSV files `halqa market --weights/--exposure` reads. Read with a
 * size limit counted on the stream (a chunked upload with no Content-Length is cut off as soon as it
 * passes it), required to be declared as JSON, checked field by field, and each CSV checked row by
 * row with the command line's rules (holdings-csv.ts): every bad row is a problem naming the file,
 * the line and the column, as `weights:4:weight`.
 */
import { z } from "zod";
import type { Problem } from "../core/dataset/problem.ts";
import { EXPOSURE_MEASURES, type ExposureMeasure } from "../core/market/loop-exposure.ts";
import {
  type ExposureFigure,
  type IndexWeight,
  parseExposureCsv,
  parseWeightsCsv,
} from "../io/holdings-csv.ts";
import { AsOfParam } from "../schema/api.ts";
import { ApiError, type ApiProblem, queryProblems } from "./errors.ts";

/** A weights file of the whole S&P 500 with notes is about 40 KiB; this leaves room, and no more. */
export const MARKET_BODY_LIMIT = 256 * 1024;

const tooLarge = () => new ApiError(413, { code: "body-too-large", params: { limit: MARKET_BODY_LIMIT } });

export async function readBodyText(request: Request, limit: number): Promise<string> {
  const length = request.headers.get("content-length");
  if (length !== null && /^\d+$/.test(length) && Number(length) > limit) throw tooLarge();
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder("utf-8").decode(bytes);
}

export const MarketBody = z.strictObject({
  weights: z
    .string()
    .optional()
    .meta({ description: "Index weights CSV: entity,weight[,index,asOf,source,estimate,note] (percent)." }),
  exposure: z
    .string()
    .optional()
    .meta({ description: "Loop exposure CSV: entity,exposure[,note,source] (percent of the company)." }),
  measure: z
    .enum(EXPOSURE_MEASURES, { error: "invalid-choice" })
    .default("membership")
    .meta({ description: "Exposure from the deals for companies your exposure file does not name." }),
  asOf: AsOfParam,
});

export type MarketInput = {
  measure: ExposureMeasure;
  asOf?: string | undefined;
  weights?: IndexWeight[];
  exposures?: ExposureFigure[];
};

/** A CSV problem as an API problem: its place as file:line:column. */
function csvProblem(p: Problem): ApiProblem {
  const place = [p.file, p.line, p.path.join(".")].filter((x) => x !== undefined && x !== "").join(":");
  return { code: p.code, path: place, params: { ...p.params, line: p.line } };
}

export async function readMarketBody(request: Request): Promise<MarketInput> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new ApiError(415, { code: "request-not-json", params: { type: type || "none" } });
  }
  const text = await readBodyText(request, MARKET_BODY_LIMIT);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, {
      code: "request-json-invalid",
      path: "body",
      params: { detail: (error as Error).message },
    });
  }
  const parsed = MarketBody.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    throw new ApiError(400, queryProblems(parsed.error.issues, Object.keys(MarketBody.shape)));
  }
  const { weights, exposure, measure, asOf } = parsed.data;
  const problems: ApiProblem[] = [];
  const input: MarketInput = { measure, asOf };
  if (weights !== undefined) {
    const read = parseWeightsCsv(weights, "weights");
    problems.push(...read.problems.map(csvProblem));
    input.weights = read.weights;
  }
  if (exposure !== undefined) {
    const read = parseExposureCsv(exposure, "exposure");
    problems.push(...read.problems.map(csvProblem));
    input.exposures = read.exposures;
  }
  if (problems.length > 0) throw new ApiError(400, problems);
  return input;
}
