/**
 * The power, funding, Monte Carlo and economics layouts on the bundled data: every key they use (headings and the message keys
 * in their cells) exists in English and Arabic, and each table fits the 100-column terminal in both
 * languages unless `--wide` asks for every column.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ECONOMICS_LAYOUT, economicsReport } from "../../core/reports/economics-report.ts";
import { fundingLayout } from "../../core/reports/funding-layout.ts";
import { fundingReport } from "../../core/reports/funding-report.ts";
import type { Cell, ReportLayout, Unit } from "../../core/reports/layout.ts";
import { layoutKeys } from "../../core/reports/layout-keys.ts";
import { MONTE_CARLO_LAYOUT, type MonteCarloReport } from "../../core/reports/monte-carlo-report.ts";
import { powerLayout, powerReport } from "../../core/reports/power-report.ts";
import { LANGS } from "../../i18n/lang.ts";
import { hasMessage } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import { loadDataset } from "../../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../io/paths.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { bundledFaces, FACES_AS_OF } from "../../testing/faces.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { renderReportTable } from "../report-table.ts";
import { economicsNames } from "./economics.ts";

let dataset: Dataset;
let monteCarlo: MonteCarloReport;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
  // A small run of the bundled uncertain scenario: enough entities default to fill the table.
  const args = ["stress", "scenarios/openai-revenue-uncertain.yaml", "--runs", "200", "--workers", "0"];
  monteCarlo = (await (await bundledFaces()).cli(args)) as MonteCarloReport;
});

/** `economics` names sources by outlet and records by name, as `halqa economics` does; the others show source ids. */
type Case = {
  name: string;
  layout: ReportLayout<unknown>;
  data: unknown;
  economics?: boolean;
  records?: boolean;
};

/** One layout with its data, typed together and then widened so that layouts of any report share a list. */
function kase<Data>(name: string, layout: ReportLayout<Data>, data: Data): Case {
  return { name, layout: layout as unknown as ReportLayout<unknown>, data };
}

function cases(): Case[] {
  const window = { asOf: FACES_AS_OF, fromYear: 2024, toYear: 2030 };
  const all: Case[] = [];
  for (const basis of ["announced", "committed"] as const) {
    const power = powerReport(dataset, { basis, ...window });
    // `halqa power` names every record (sites, indicators, parameters, sources) through recordNames.
    all.push({ ...kase(`power ${basis}`, powerLayout(basis, false), power), records: true });
  }
  const delayed = powerReport(dataset, { basis: "announced", ...window, delayMonths: 12, region: "Texas" });
  all.push({ ...kase("power delayed", powerLayout("announced", true), delayed), records: true });
  for (const entity of ["openai", "anthropic", "xai"]) {
    const funding = fundingReport(dataset, { entity, basis: "committed", ...window });
    const layout = fundingLayout(funding.startingCashKnown);
    all.push(kase(`funding ${entity}`, layout, funding));
  }
  all.push(kase("monte carlo", MONTE_CARLO_LAYOUT, monteCarlo));
  // Each analysis is laid out on its own; one run with an input changed shows the "edited" cells too.
  for (const overrides of [
    {} as Record<string, number>,
    { "server-useful-life-google": 5, "jpmorgan-target-return": 12 },
  ]) {
    const economics = economicsReport(dataset, overrides);
    for (const a of economics.analyses)
      all.push({
        ...kase(`economics ${a.id} ${Object.keys(overrides).length}`, ECONOMICS_LAYOUT, a),
        economics: true,
      });
  }
  return all;
}

/** The message keys a layout's cells hold on the data (unit "message", with values or not), beside its headings. */
function cellKeys({ layout, data }: Case): string[] {
  const keys: string[] = [];
  const add = (value: Cell, unit: Unit) => {
    if (unit !== "message") return;
    if (typeof value === "string") keys.push(value);
    else if (typeof value === "object" && value !== null) {
      keys.push(value.key);
      for (const v of Object.values(value.values)) add(v.value, v.unit);
    }
  };
  for (const t of layout.tables)
    for (const row of t.rows(data)) for (const c of t.columns) add(c.value(row), c.unitOf?.(row) ?? c.unit);
  return keys;
}

/** The widest line as the terminal shows it: bidi isolates and marks take no column. */
function widest(text: string): number {
  return Math.max(
    ...text.split("\n").map((line) => [...line.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "")].length),
  );
}

describe("power, funding, Monte Carlo and economics layouts", () => {
  it("use only keys both languages have", () => {
    for (const c of cases()) {
      const keys = [...layoutKeys(c.layout, c.data), ...cellKeys(c)];
      expect(keys.length).toBeGreaterThan(5);
      for (const lang of LANGS)
        expect(
          keys.filter((k) => !hasMessage(lang, k)),
          `${c.name} ${lang}`,
        ).toEqual([]);
    }
  });

  // Some forty tables, each printed narrow (re-printed at each wrap width and dropped column) and wide, in
  // two languages: seconds of cli-table3 on a loaded machine, more than the default 20 s allows.
  it("print each table within 100 columns in English and Arabic, and every column with --wide", {
    timeout: 120_000,
  }, () => {
    for (const c of cases())
      for (const lang of LANGS) {
        const names = c.economics
          ? economicsNames(dataset, lang)
          : c.records
            ? recordNames(dataset, lang)
            : {
                entity: entityNamer(dataset, lang),
                deal: dealNamer(dataset, lang),
                source: (s: string) => s,
              };
        for (const t of c.layout.tables) {
          if (t.rows(c.data).length === 0) continue;
          const narrow = renderReportTable(t, c.data, { lang, names });
          expect(widest(narrow), `${c.name} ${t.id} ${lang}`).toBeLessThanOrEqual(100);
          const wide = renderReportTable(t, c.data, { lang, names, wide: true });
          const headings = wide.split("\n").find((line) => line.startsWith("│")) ?? "";
          expect(headings.split("│").length - 2, `${c.name} ${t.id} ${lang} --wide`).toBe(t.columns.length);
        }
      }
  });
});
