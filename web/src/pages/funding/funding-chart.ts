/** The funding view's chart: bars of the gap and of the financing lined up per year, a line of cumulative burn. */
import type { FundingReport } from "@core/reports/funding-report.ts";
import { OKABE_ITO } from "../../charts/palette.ts";
import { yearSeriesOption } from "../../charts/year-series-option.ts";
import type { I18n } from "../../i18n/index.ts";

export function fundingOption(report: FundingReport, i18n: I18n, width?: number) {
  const { m, usd } = i18n;
  const years = report.years;
  // A year with no financials has no gap or burn to show: a gap in the bars, not a zero.
  const known = (f: (y: FundingReport["years"][number]) => number) =>
    years.map((y) => (y.missing ? null : f(y)));
  return yearSeriesOption(
    years.map((y) => y.year),
    [
      { name: m("web.funding.gap"), kind: "bar", values: known((y) => y.gap), colour: OKABE_ITO.vermillion },
      {
        name: m("web.funding.financing"),
        kind: "bar",
        values: years.map((y) => y.financing),
        colour: OKABE_ITO.blue,
      },
      {
        name: m("web.funding.burn"),
        kind: "line",
        values: known((y) => y.cumulativeBurn),
        colour: OKABE_ITO.black,
      },
    ],
    { format: (v) => usd(v), name: m("web.axes.usd") },
    i18n,
    width,
  );
}
