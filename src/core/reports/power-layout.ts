/**
 * How the power report's tables read, without words (core/reports/layout.ts): the balance per year, what
 * is counted (campuses and deals with their rule), the GW per owner, the power records, the reference
 * forecasts and the energy bill's parameters. `halqa power` prints them and the Power page draws them
 * from these layouts, so a cell reads the same in the terminal, on the page and in its CSV.
 */

import type { Basis } from "../flows/expand.ts";
import type { PowerResult, PowerYear, ReferenceForecast, SupplyRow } from "../power/balance.ts";
import type { OwnerRow } from "../power/by-owner.ts";
import type { ColumnLayout, ReportLayout, TableLayout, Unit } from "./layout.ts";
import { table } from "./layout.ts";
import { CAMPUSES } from "./power-campus-layout.ts";
import { gw, P, sources } from "./power-columns.ts";

export { type CampusLine, countedCampuses } from "./power-campus-layout.ts";

function yearsTable(basis: Basis, delayed: boolean): TableLayout<PowerResult, PowerYear> {
  return table<PowerResult, PowerYear>({
    id: "power-years",
    title: `${P}.years`,
    rows: (r) => r.years,
    columns: [
      { id: "year", label: `${P}.year`, unit: "year", value: (y) => y.year },
      gw("capacityGw", `${P}.capacityBy.${basis}`, (y) => y.capacityGw),
      gw("naiveGw", `${P}.naive`, (y) => y.naiveGw, true),
      gw("sameGw", `${P}.same`, (y) => y.sameGw, true),
      gw("securedGw", `${P}.secured`, (y) => y.securedGw),
      gw("unknownPowerGw", `${P}.unknown`, (y) => y.unknownPowerGw, true),
      { id: "coverage", label: `${P}.coverage`, unit: "share", value: (y) => y.coverage },
      gw("strandedGw", `${P}.stranded`, (y) => y.strandedGw, true),
      {
        id: "offGridShare",
        label: `${P}.offGrid`,
        unit: "share",
        value: (y) => y.offGridShare,
        optional: true,
      },
      // Asked for, so kept in the narrow table too.
      ...(delayed ? [gw<PowerYear>("delayedGw", `${P}.delayed`, (y) => y.delayedGw)] : []),
      {
        id: "energyTwh",
        label: `${P}.energy`,
        unit: "number",
        value: (y) => (y.energyMwh === null ? null : y.energyMwh / 1e6),
        optional: true,
      },
      { id: "energyBillUsd", label: `${P}.bill`, unit: "usd", value: (y) => y.energyBillUsd, optional: true },
    ],
  });
}

const OWNERS = table<PowerResult, OwnerRow>({
  id: "owners",
  title: `${P}.owners`,
  rows: (r) => r.owners,
  columns: [
    { id: "entity", label: `${P}.owner`, unit: "entity", value: (o) => o.entity },
    gw("campus", `${P}.layers.campus`, (o) => o.byLayer.campus),
    gw("compute", `${P}.layers.compute`, (o) => o.byLayer.compute),
    gw("chips", `${P}.layers.chips`, (o) => o.byLayer.chips),
    gw("naiveGw", `${P}.naive`, (o) => o.naiveGw),
    gw("countedGw", `${P}.countedGw`, (o) => o.countedGw),
  ],
});

const SUPPLY = table<PowerResult, SupplyRow>({
  id: "supply",
  title: `${P}.supply`,
  rows: (r) => r.supply,
  columns: [
    {
      id: "campus",
      label: `${P}.campus`,
      unit: "record",
      unitOf: (s) => (s.site ? "record" : "deal"),
      value: (s) => (s.site ? `sites:${s.site}` : (s.deal ?? s.id)),
      mark: (s) => (s.delayed ? "⏳" : undefined),
    },
    { id: "kind", label: `${P}.kind`, unit: "message", value: (s) => `report.power.kinds.${s.kind}` },
    gw("gw", `${P}.gw`, (s) => s.gw, false, 3),
    { id: "date", label: `${P}.date`, unit: "date", value: (s) => s.date, missing: `${P}.undated` },
    {
      id: "status",
      label: `${P}.status`,
      unit: "message",
      value: (s) => (s.status ? `report.power.statuses.${s.status}` : null),
      missing: "report.power.notGiven",
      optional: true,
    },
    { id: "counted", label: `${P}.counted`, unit: "text", value: (s) => s.secured && s.date !== undefined },
    sources<SupplyRow>(true),
  ],
});

/** A published figure's unit as a face formats it: quantities with their unit, anything else in the data's own unit. */
const FIGURE_UNITS: Readonly<Record<string, Unit>> = { GW: "gw", MW: "mw", USD: "usd" };

/** The data's units the catalogue names (report.power.units); any other is shown as the data writes it. */
const NAMED_UNITS = new Set([
  "percent",
  "percent-change",
  "ratio",
  "GW",
  "MW",
  "USD",
  "USD-per-MWh",
  "years",
  "count",
]);

/**
 * The unit of a figure in words: the figure cell already reads with its unit, but a CSV keeps the bare
 * number, and 14 must not be read as 14 GW when it is 14 %.
 */
function unitColumn<Row extends { unit: string }>(): ColumnLayout<Row> {
  return {
    id: "unit",
    label: "report.power.unit",
    unit: "message",
    unitOf: (row) => (NAMED_UNITS.has(row.unit) ? "message" : "text"),
    value: (row) => (NAMED_UNITS.has(row.unit) ? `report.power.units.${row.unit}` : row.unit),
    optional: true,
  };
}

const REFERENCES = table<PowerResult, ReferenceForecast>({
  id: "references",
  title: `${P}.references`,
  rows: (r) => r.references,
  columns: [
    { id: "indicator", label: `${P}.indicator`, unit: "record", value: (x) => `indicators:${x.id}` },
    { id: "by", label: `${P}.by`, unit: "text", value: (x) => x.by },
    {
      id: "value",
      label: `${P}.figure`,
      unit: "figure",
      unitOf: (x) => FIGURE_UNITS[x.unit] ?? "figure",
      figureUnit: (x) => x.unit,
      value: (x) => x.amount.value,
      digits: 2,
    },
    unitColumn<ReferenceForecast>(),
    {
      id: "range",
      label: "report.power.range",
      unit: "message",
      value: (x) =>
        x.amount.low === x.amount.high
          ? null
          : {
              key: "report.power.rangeValue",
              values: {
                low: { value: x.amount.low, unit: FIGURE_UNITS[x.unit] ?? "figure", figureUnit: x.unit },
                high: { value: x.amount.high, unit: FIGURE_UNITS[x.unit] ?? "figure", figureUnit: x.unit },
              },
            },
      optional: true,
    },
    { id: "period", label: `${P}.period`, unit: "text", value: (x) => x.period },
    {
      id: "baseYear",
      label: "report.power.baseYear",
      unit: "year",
      value: (x) => x.baseYear,
      optional: true,
    },
    { id: "region", label: "report.power.region", unit: "text", value: (x) => x.region, optional: true },
    sources<ReferenceForecast>(),
  ],
});

type Parameter = PowerResult["parameters"][number];

/** A parameter's value: percents are stored as fractions (a share), other units as the data gives them. */
const PARAMETER_UNITS: Readonly<Record<string, Unit>> = { percent: "share", ratio: "ratio" };

const PARAMETERS = table<PowerResult, Parameter>({
  id: "parameters",
  title: `${P}.parameters`,
  rows: (r) => r.parameters,
  columns: [
    {
      id: "parameter",
      label: "report.power.parameter",
      unit: "record",
      value: (p) => `parameters:${p.id}`,
      mark: (p) => (p.estimate ? "*" : undefined),
    },
    {
      id: "value",
      label: `${P}.value`,
      unit: "figure",
      unitOf: (p) => PARAMETER_UNITS[p.unit] ?? "figure",
      figureUnit: (p) => p.unit,
      value: (p) => p.value,
      digits: 2,
    },
    unitColumn<Parameter>(),
    sources<Parameter>(),
  ],
});

/**
 * The power report's tables. The heading of the capacity column names the basis; the delayed column is
 * there only when a delay was asked. The narrow terminal keeps the columns that carry the finding
 * (Arabic headings are longer); `--wide` and the page add the rest.
 */
export function powerLayout(basis: Basis, delayed: boolean): ReportLayout<PowerResult> {
  return {
    id: "power",
    title: `${P}.title`,
    tables: [yearsTable(basis, delayed), CAMPUSES, OWNERS, SUPPLY, REFERENCES, PARAMETERS],
  };
}
