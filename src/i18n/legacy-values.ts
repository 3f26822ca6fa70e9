/**
 * Values for the compatibility view's function-style calls (compat.ts): the problem rules
 * (problem-message.ts) plus the sheets' replacement reasons, whose old callers passed the replacing
 * deal and date under several names. Goes with compat.ts.
 */
import { problemValues } from "./problem-message.ts";

export function legacyValues(
  key: string,
  params: Readonly<Record<string, unknown>>,
  counts: ReadonlySet<string>,
): Record<string, unknown> {
  const values = problemValues(key, params, counts);
  switch (key) {
    case "report.sheet.reason.replaced":
    case "report.sheet.reason.superseded-revision":
    case "report.sheet.reason.revised":
      values.by = params.replacedBy ?? params.by ?? params.countedIn;
      values.since = params.since ?? params.date ?? params.from;
      break;
  }
  return values;
}
