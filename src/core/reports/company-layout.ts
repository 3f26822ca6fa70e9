/**
 * The tables of the company sheet (company-report.ts), described once for the terminal, the page and
 * the CSV: financials (and other sources' figures for them), deals in and out with what is left out and
 * why, the other deals it is party to, money by year, the largest origins of its receipts, the loops
 * through it, its sites, its stress losses and the numbered sources. Data written in two languages
 * (site names, scenario titles) is read in the language the layout is built for; every other word is a
 * message key.
 */
import type { Amount } from "../dataset/figures.ts";
import type { MoneyLoop } from "../loops/money-loops.ts";
import type { CompanyReport, CompanySite, CompanyStress } from "./company-report.ts";
import {
  ALTERNATIVES_TABLE,
  DEALS_IN_TABLE,
  DEALS_OUT_TABLE,
  FINANCIALS_TABLE,
  LEFT_OUT_TABLE,
  OTHER_DEALS_TABLE,
} from "./company-tables.ts";
import type { Headline, MessageCell, ReportLayout, TableLayout } from "./layout.ts";
import { table } from "./layout.ts";
import { amountUnit, citedSourcesTable, rangeOf, sourcesCell } from "./sheet-cells.ts";

type Lang = "en" | "ar";

type YearRow = CompanyReport["byYear"][number];

export const BY_YEAR_TABLE = table<CompanyReport, YearRow>({
  id: "by-year",
  title: "report.sheet.company.byYear",
  rows: (r) => r.byYear,
  columns: [
    { id: "year", label: "report.common.year", unit: "year", value: (y) => y.year },
    {
      id: "receives",
      label: "report.sheet.company.receives",
      unit: "usd",
      value: (y) => y.receives.value,
      range: (y) => rangeOf(y.receives),
    },
    {
      id: "pays",
      label: "report.sheet.company.pays",
      unit: "usd",
      value: (y) => y.pays.value,
      range: (y) => rangeOf(y.pays),
    },
  ],
});

type Origin = { origin: string; share: number };

/** The five largest origins of the money passing through it (proportional tracing). */
export const ORIGINS_TABLE = table<CompanyReport, Origin>({
  id: "origins",
  title: "report.sheet.company.originsTitle",
  rows: (r) => r.circularity?.origins.slice(0, 5) ?? [],
  columns: [
    { id: "origin", label: "report.sheet.company.origin", unit: "entity", value: (o) => o.origin },
    { id: "share", label: "report.sheet.company.originShare", unit: "share", value: (o) => o.share },
  ],
});

export const LOOPS_TABLE = table<CompanyReport, MoneyLoop>({
  id: "loops",
  title: "report.sheet.company.loops",
  empty: "report.sheet.company.noLoops",
  rows: (r) => r.loops.shown,
  columns: [
    {
      id: "loop",
      label: "report.sheet.company.loop",
      unit: "entity",
      // A path of entity ids: the face names each and keeps the arrows.
      value: (l) => [...l.entities, l.entities[0]].join(" → "),
    },
    { id: "bottleneck", label: "report.sheet.company.bottleneck", unit: "usd", value: (l) => l.bottleneck },
  ],
});

const IN_GW: Readonly<Record<string, number>> = { GW: 1, MW: 1e-3 };

/**
 * A site's power secured as one figure: its one unit, or GW and MW added up in GW. Other units mixed
 * together cannot be added, so the cell is left empty rather than showing one part as the whole.
 */
export function securedPower(s: CompanySite): { unit: string; amount: Amount } | null {
  if (s.power.length <= 1) return s.power[0] ?? null;
  if (!s.power.every((p) => IN_GW[p.unit] !== undefined)) return null;
  const gw = (pick: (a: Amount) => number) =>
    s.power.reduce((sum, p) => sum + pick(p.amount) * (IN_GW[p.unit] as number), 0);
  return {
    unit: "GW",
    amount: { value: gw((a) => a.value), low: gw((a) => a.low), high: gw((a) => a.high) },
  };
}

function sitesTable(lang: Lang) {
  return table<CompanyReport, CompanySite>({
    id: "sites",
    title: "report.sheet.company.sites",
    empty: "report.sheet.company.noSites",
    rows: (r) => r.sites,
    columns: [
      { id: "site", label: "report.sheet.company.site", unit: "text", value: (s) => s.name[lang] },
      {
        id: "roles",
        label: "report.sheet.company.roles",
        unit: "message",
        value: (s) => s.roles.map((role) => `report.sheet.company.role.${role}`).join(" "),
        optional: true,
      },
      {
        id: "place",
        label: "report.sheet.company.place",
        unit: "message",
        // Region and country each read in the page's language (the data's translation memory).
        value: (s) => ({
          key: s.region ? "report.sheet.company.placeIn" : "report.sheet.company.placeCountry",
          values: {
            region: { value: s.region ?? "", unit: "text" },
            country: { value: s.country, unit: "text" },
          },
        }),
        optional: true,
      },
      {
        id: "capacity",
        label: "report.sheet.company.capacity",
        unit: "figure",
        unitOf: (s) => amountUnit(s.capacity?.unit ?? ""),
        figureUnit: (s) => s.capacity?.unit ?? "",
        value: (s) => s.capacity?.amount.value ?? null,
        range: (s) => rangeOf(s.capacity?.amount),
        missing: "report.sheet.company.notYet",
      },
      {
        id: "date",
        label: "report.sheet.company.capacityDate",
        unit: "date",
        value: (s) => s.capacity?.date,
      },
      {
        id: "power",
        label: "report.sheet.company.power",
        unit: "figure",
        unitOf: (s) => amountUnit(securedPower(s)?.unit ?? ""),
        figureUnit: (s) => securedPower(s)?.unit ?? "",
        value: (s) => securedPower(s)?.amount.value ?? null,
        range: (s) => rangeOf(securedPower(s)?.amount),
      },
      {
        id: "sources",
        label: "report.sheet.company.refs",
        unit: "source",
        value: (s) => sourcesCell(s.capacity?.sources ?? []),
      },
    ],
  });
}

function defaultCell(s: CompanyStress): MessageCell | string | null {
  if (s.loss === null) return null;
  if (s.defaultWave === null) return "report.sheet.company.noDefault";
  return {
    key: "report.sheet.company.defaultWave",
    values: { wave: { value: s.defaultWave, unit: "count" } },
  };
}

function stressTable(lang: Lang) {
  return table<CompanyReport, CompanyStress>({
    id: "stress",
    title: "report.sheet.company.stress",
    empty: "report.sheet.company.noStress",
    rows: (r) => r.stress,
    columns: [
      { id: "scenario", label: "report.sheet.company.scenario", unit: "text", value: (s) => s.title[lang] },
      {
        id: "loss",
        label: "report.sheet.company.loss",
        unit: "usd",
        // A run that failed says why in place of the loss.
        unitOf: (s) => (s.loss === null ? "message" : "usd"),
        value: (s) => s.loss ?? `report.sheet.company.failure.${s.failure ?? ""}`,
      },
      {
        id: "capital",
        label: "report.sheet.company.capital",
        unit: "usd",
        value: (s) => s.capital,
        optional: true,
      },
      { id: "share", label: "report.sheet.company.shareOfCapital", unit: "share", value: (s) => s.share },
      { id: "default", label: "report.sheet.company.defaulted", unit: "message", value: defaultCell },
    ],
  });
}

export const COMPANY_SOURCES_TABLE = citedSourcesTable<CompanyReport>("sources");

/** The lines under the title: the company's name, ticker and kind, and the sheet's settings. */
function companyHeadlines(r: CompanyReport): Headline[] {
  return [
    {
      key: "report.sheet.company.title",
      values: {
        name: { value: r.entity.id, unit: "entity" },
        ...(r.entity.ticker ? { ticker: { value: r.entity.ticker, unit: "text" as const } } : {}),
        kind: { value: `enum.entityKind.${r.entity.kind}`, unit: "message" },
      },
    },
    {
      key: "report.sheet.company.settings",
      values: {
        asOf: { value: r.asOf, unit: "date" },
        basis: { value: `report.common.${r.basis}`, unit: "message" },
        ...(r.year !== null ? { year: { value: r.year, unit: "year" as const } } : {}),
      },
    },
  ];
}

/** The company sheet's tables, with the two-language data (sites, scenarios) read in `lang`. */
export function companyLayout(lang: Lang): ReportLayout<CompanyReport> {
  return {
    id: "company",
    title: "report.sheet.company.sheetTitle",
    headlines: companyHeadlines,
    tables: [
      FINANCIALS_TABLE,
      ALTERNATIVES_TABLE,
      DEALS_IN_TABLE,
      DEALS_OUT_TABLE,
      LEFT_OUT_TABLE,
      OTHER_DEALS_TABLE,
      BY_YEAR_TABLE,
      ORIGINS_TABLE,
      LOOPS_TABLE,
      sitesTable(lang),
      stressTable(lang),
      COMPANY_SOURCES_TABLE,
    ] as readonly TableLayout<CompanyReport, unknown>[],
  };
}

/** The circularity line, the loops' count and the note on "≈", as messages with values. */
export function companyLines(r: CompanyReport): {
  circularity: Headline;
  loops: Headline | null;
  estimate: Headline;
} {
  const usd = (value: number) => ({ value, unit: "usd" as const });
  const c = r.circularity;
  return {
    circularity: c
      ? ({
          key: "report.sheet.company.circularLine",
          values: {
            through: usd(c.receipts),
            inflow: usd(c.inflow),
            extra: usd(c.outside),
            self: { value: c.selfShare, unit: "share" },
            outside: { value: c.outsideShare, unit: "share" },
          },
        } satisfies Headline)
      : ({ key: "report.sheet.company.noReceipts", values: {} } satisfies Headline),
    loops:
      r.loops.found > 0
        ? ({
            key: "report.sheet.company.loopsFound",
            values: {
              found: { value: r.loops.found, unit: "count" },
              shown: { value: r.loops.shown.length, unit: "count" },
            },
          } satisfies Headline)
        : null,
    estimate: { key: "report.sheet.company.estimateMark", values: {} } satisfies Headline,
  };
}

/**
 * Which "in no year" note the undated term money calls for: a side with nothing on it is left out of the
 * sentence rather than printed as "$0 received" (the reader would take that for a known zero flow).
 */
export function undatedNoteKey(undated: {
  receives: Amount;
  pays: Amount;
}): "undated" | "undatedReceivesOnly" | "undatedPaysOnly" | null {
  const receives = undated.receives.value > 0;
  const pays = undated.pays.value > 0;
  if (receives && pays) return "undated";
  if (receives) return "undatedReceivesOnly";
  if (pays) return "undatedPaysOnly";
  return null;
}
