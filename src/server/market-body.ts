/**
 * The body of POST /api/market: JSON `{ weights?, exposure?, measure?, asOf? }` where `weights` and
 * `exposure` are the text of the CSV files `halqa market --weights/--exposure` reads. Read as every
 * POST body is (body.ts: declared as JSON, a size limit counted on the stream, the line and column of
 * a syntax error), with a smaller limit, checked field by field, and each CSV checked row by
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
import { readJsonBody } from "./body.ts";
import { ApiError, type ApiProblem, queryProblems } from "./errors.ts";
import { bodyProblems } from "./handlers/stress.ts";

/** A weights file of the whole S&P 500 with notes is about 40 KiB; this leaves room, and no more. */
export const MARKET_BODY_LIMIT = 256 * 1024;

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
  const json = await readJsonBody(request, MARKET_BODY_LIMIT);
  const parsed = MarketBody.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    // A value of the wrong type is said as the other POST bodies say it ("expected object, found a
    // list"): a list, null or a number for the body, or a number for `weights`, read as a bare "invalid
    // value" with no place. The rest as the query's problems (an unknown field with the fields taken).
    const allowed = Object.keys(MarketBody.shape);
    const problems = parsed.error.issues.flatMap((issue) =>
      issue.code === "invalid_type" ? bodyProblems([issue]) : queryProblems([issue], allowed),
    );
    throw new ApiError(400, problems);
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
