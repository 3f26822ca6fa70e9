/**
 * Values for catalogue messages from the parameters callers pass: the few messages whose wording turns
 * on a computed fact (a size in MiB, whether a number is infinite, whether two paths differ) get that
 * fact as a named value, since ICU messages do not compute. Numbers other than counts are passed as
 * written ("2025", not "2,025"): the old functions printed them so (years, rows, raw input).
 */
const MIB = 2 ** 20;

export function legacyValues(
  key: string,
  params: Readonly<Record<string, unknown>>,
  counts: ReadonlySet<string>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [param, value] of Object.entries(params)) {
    const name = param.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    // A count keeps its number, so that it is written in the language's digits and grouping.
    values[name] = typeof value === "number" && !counts.has(name) ? String(value) : value;
  }
  switch (key) {
    case "problem.graph-too-large":
      values.mib = String(Math.ceil(Number(params.bytes) / MIB));
      values.limitMib = String(Number(params.limit) / MIB);
      break;
    case "problem.invalid-number":
    case "problem.ledger-bad-amount":
      values.infinite = Math.abs(Number(params.value)) === Number.POSITIVE_INFINITY;
      break;
    case "problem.output-is-input":
      values.sameFile = params.input === params.file;
      break;
    case "report.sheet.reason.replaced":
    case "report.sheet.reason.superseded-revision":
    case "report.sheet.reason.revised":
      values.by = params.replacedBy ?? params.by ?? params.countedIn;
      values.since = params.since ?? params.date ?? params.from;
      break;
  }
  return values;
}
