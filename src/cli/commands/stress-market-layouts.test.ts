/**
 * The stress, Monte Carlo and market layouts on the bundled data (issue 14): each table fits the
 * 100-column terminal in English and Arabic, `--wide` keeps every column, and no cell that names a
 * record (entity, deal, parameter, indicator, reported figure) or a code (shock type, distribution,
 * model) shows the id or the message key itself.
 */
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportLayout } from "../../core/reports/layout.ts";
import { MARKET_LAYOUT } from "../../core/reports/market-report.ts";
import { MONTE_CARLO_LAYOUT } from "../../core/reports/monte-carlo-report.ts";
import { STRESS_LAYOUT } from "../../core/reports/stress-report.ts";
import { formatColumnValue } from "../../i18n/format-cell.ts";
import { LANGS } from "../../i18n/lang.ts";
import { recordNames } from "../../i18n/record-names.ts";
import { bundledFaces, type Faces } from "../../testing/faces.ts";
import { renderReportTable } from "../report-table.ts";

type Case = { name: string; layout: ReportLayout<unknown>; data: unknown };

let faces: Faces;
const cases: Case[] = [];
beforeAll(async () => {
  faces = await bundledFaces();
  const add = <D>(name: string, layout: ReportLayout<D>, data: unknown) =>
    cases.push({ name, layout: layout as unknown as ReportLayout<unknown>, data });
  for (const file of readdirSync("scenarios").filter((f) => f.endsWith(".yaml"))) {
    const data = await faces.cli(["stress", `scenarios/${file}`, "--runs", "100", "--workers", "0"]).catch(
      // A scenario without distributions runs once, deterministically.
      () => faces.cli(["stress", `scenarios/${file}`]),
    );
    if (typeof data === "object" && data !== null && "summary" in data) add(file, MONTE_CARLO_LAYOUT, data);
    else add(file, STRESS_LAYOUT, data);
  }
  add("market", MARKET_LAYOUT, await faces.cli(["market"]));
}, 120_000);

/** The widest line as the terminal shows it: bidi isolates and marks take no column. */
function widest(text: string): number {
  const lines = text.split("\n").map((line) => [...line.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "")]);
  return Math.max(...lines.map((chars) => chars.length));
}

describe("stress, Monte Carlo and market tables", () => {
  it("cover every bundled scenario, both kinds of run, and the market", () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
    expect(cases.some((c) => c.layout === MONTE_CARLO_LAYOUT)).toBe(true);
    expect(cases.some((c) => c.layout === STRESS_LAYOUT)).toBe(true);
  });

  it("print within 100 columns in English and Arabic, and every column with --wide", () => {
    for (const c of cases)
      for (const lang of LANGS) {
        const names = recordNames(faces.dataset, lang);
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

  it("show no id, code or message key where a name belongs", () => {
    const ids = new Set(
      [
        ...faces.dataset.entities,
        ...faces.dataset.deals,
        ...faces.dataset.parameters,
        ...faces.dataset.indicators,
      ].map((r) => r.id),
    );
    let named = 0;
    for (const c of cases)
      for (const lang of LANGS) {
        const names = recordNames(faces.dataset, lang);
        for (const t of c.layout.tables)
          for (const row of t.rows(c.data))
            for (const column of t.columns) {
              if (column.unit === "source") continue;
              const text = formatColumnValue(lang, column, row, names);
              const where = `${c.name} ${t.id}.${column.id} ${lang}: ${text}`;
              expect(text, where).not.toMatch(/\b(report|cli|web|enum)\.[a-zA-Z]/);
              expect(text, where).not.toMatch(/\b(parameters|indicators|financial):/);
              for (const word of text.split(/[\s·,،()]+/)) expect(ids.has(word), where).toBe(false);
              named++;
            }
      }
    expect(named).toBeGreaterThan(500);
  });
});
