/**
 * The power page's two charts, as chart options: (1) GW secured stacked by kind of power, beside it
 * the committed GW whose power no source reports, and a line of GW committed (dashed: before the
 * delay). The two bars are not stacked: power secured is power, the grey bar is compute capacity, and
 * secured power can exceed the capacity of the sites it serves, so stacked they overshot the line
 * with no meaning (2029 on the bundled data: 6.5 GW secured + 33.3 GW unknown against 36.8 GW);
 * (2) stranded and delayed GW as bars with the coverage ratio as a line on its own axis.
 */
import type { SupplyKind } from "@core/power/supply.ts";
import { OKABE_ITO } from "../../charts/palette.ts";
import { type YearSeries, yearSeriesOption } from "../../charts/year-series-option.ts";
import type { I18n } from "../../i18n/index.ts";
import type { PowerPageData } from "../../model/power.ts";

/** One Okabe–Ito colour per kind: the grid blue, gas in warm tones, contracts in the rest. */
export const KIND_COLOUR: Readonly<Record<SupplyKind, string>> = {
  grid: OKABE_ITO.blue,
  "onsite-gas": OKABE_ITO.vermillion,
  "onsite-other": OKABE_ITO.orange,
  "ppa-gas": OKABE_ITO.reddishPurple,
  "ppa-nuclear": OKABE_ITO.bluishGreen,
  "ppa-renewable": OKABE_ITO.yellow,
  "ppa-other": "#8c8c8c",
  ppa: OKABE_ITO.skyBlue,
};

const UNKNOWN_COLOUR = "#d1d5db";

export function balanceOption(data: PowerPageData, i18n: I18n, width?: number) {
  const { m, number } = i18n;
  const years = data.result.years;
  const delayed = data.result.delay !== undefined;
  const series: YearSeries[] = [
    ...data.byKind.map(
      (k): YearSeries => ({
        name: m(`report.power.kinds.${k.kind}`),
        kind: "bar",
        values: k.gw,
        colour: KIND_COLOUR[k.kind],
        stack: "gw",
      }),
    ),
    {
      name: m("web.power.unknown"),
      kind: "bar",
      values: years.map((y) => y.unknownPowerGw),
      colour: UNKNOWN_COLOUR,
      stack: "unknown",
    },
    {
      name: m("web.power.committed"),
      kind: "line",
      values: years.map((y) => y.capacityGw),
      colour: OKABE_ITO.black,
    },
  ];
  if (delayed)
    series.push({
      name: m("web.power.committedBefore"),
      kind: "line",
      values: years.map((y) => y.capacityGw + y.delayedGw),
      colour: "#6b7280",
      dashed: true,
    });
  const gw = (v: number) => m("web.units.gw", { value: number(v, v < 10 ? 1 : 0) });
  return yearSeriesOption(
    years.map((y) => y.year),
    series,
    { format: gw, name: m("web.power.gwAxis") },
    i18n,
    width,
  );
}

export function coverageOption(data: PowerPageData, i18n: I18n, width?: number) {
  const { m, number, percent } = i18n;
  const years = data.result.years;
  const series: YearSeries[] = [
    {
      name: m("web.power.stranded"),
      kind: "bar",
      values: years.map((y) => y.strandedGw),
      colour: OKABE_ITO.vermillion,
    },
  ];
  if (data.result.delay !== undefined)
    series.push({
      name: m("web.power.delayedGw"),
      kind: "bar",
      values: years.map((y) => y.delayedGw),
      colour: OKABE_ITO.reddishPurple,
    });
  series.push({
    name: m("web.power.coverage"),
    kind: "line",
    values: years.map((y) => y.coverage),
    colour: OKABE_ITO.blue,
    axis: 1,
  });
  return yearSeriesOption(
    years.map((y) => y.year),
    series,
    {
      format: (v) => m("web.units.gw", { value: number(v, v < 10 ? 1 : 0) }),
      name: m("web.power.gwAxis"),
      second: { format: (v) => percent(v, 0), name: m("web.power.coverageAxis") },
    },
    i18n,
    width,
  );
}
