/** A report's table on the page: the terminal's cells, names for ids, numbers aligned, a note for none. */
import { table } from "@core/reports/layout.ts";
import { recordNames } from "@i18n/record-names.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportTable } from "../../../src/cli/report-table.ts";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { makeModel } from "../data/model.ts";
import { ModelContext } from "../data/use-model.ts";
import { I18nContext, makeI18n } from "../i18n/index.ts";
import { ReportTable } from "./ReportTable.tsx";

type Row = { entity: string; amount: number | null; share: number; derived: boolean };
type Data = { rows: Row[] };

const LAYOUT = table<Data, Row>({
  id: "test-rows",
  title: "report.common.deal",
  rows: (data) => data.rows,
  empty: "report.common.no",
  columns: [
    { id: "entity", label: "report.common.from", unit: "entity", value: (r) => r.entity },
    {
      id: "amount",
      label: "report.common.amount",
      unit: "usd",
      value: (r) => r.amount,
      missing: "report.common.conditional",
      mark: (r) => (r.derived ? "≈" : undefined),
    },
    { id: "share", label: "report.common.total", unit: "share", value: (r) => r.share },
  ],
});

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

function render(lang: "en" | "ar", data: Data): string {
  const page = createElement(ReportTable<Data, Row>, {
    layout: LAYOUT,
    data,
    fileName: "rows",
    rowData: (row: Row) => ({ entity: row.entity }),
  });
  const withModel = createElement(ModelContext.Provider, { value: makeModel(tiny) }, page);
  return renderToStaticMarkup(createElement(I18nContext.Provider, { value: makeI18n(lang) }, withModel));
}

const DATA: Data = {
  rows: [
    { entity: "cloud", amount: 2.5e9, share: 0.415, derived: true },
    { entity: "lab", amount: null, share: 0, derived: false },
  ],
};

describe("ReportTable", () => {
  it.each(["en", "ar"] as const)("shows in %s the cells the terminal prints for the same rows", (lang) => {
    const html = render(lang, DATA);
    const terminal = renderReportTable(LAYOUT, DATA, { lang, names: recordNames(tiny, lang), wide: true });
    const cells = [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]?.replace(/&amp;/g, "&"));
    expect(cells).toHaveLength(6);
    for (const cell of cells) expect(terminal).toContain(cell);
    expect(html).not.toContain(">cloud<");
    expect(html).toContain('data-column="amount" class="num"');
    expect(html).toContain('data-table="test-rows"');
    expect(html).toContain('<tr data-entity="cloud">');
    expect(html).toContain('data-value="2500000000"');
  });

  it("says why a table is empty instead of drawing a bare header", () => {
    const html = render("en", { rows: [] });
    expect(html).not.toContain("<table");
    expect(html).toContain(">no<");
  });
});
