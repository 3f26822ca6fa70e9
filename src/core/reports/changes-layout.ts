/**
 * The table of the changes digest (changes-report.ts), described once for the terminal, the pages and
 * the CSV: each dated change, newest first, with its deal, parties, headline amount and sources.
 */
import type { Change, ChangesReport } from "./changes-report.ts";
import type { Headline, MessageCell, ReportLayout, TableLayout } from "./layout.ts";
import { table } from "./layout.ts";
import { citedSourcesTable, rangeOf, sourcesCell } from "./sheet-cells.ts";

/** "new: LOI", "replaced by …" or the status the deal moved to. */
function changeCell(c: Change): MessageCell | string {
  const status: MessageCell | string =
    c.kind === "replaced"
      ? {
          key: "report.sheet.changes.replaced",
          values: { deal: { value: c.replacedBy ?? "", unit: "deal" } },
        }
      : `enum.status.${c.kind}`;
  if (!c.first) return status;
  return {
    key: "report.sheet.changes.first",
    values: { status: { value: status, unit: "message" } },
  };
}

/** The headline amount; a USD amount of another kind than cash (a guarantee, shares) says which. */
function amountCell(c: Change): MessageCell | number | null {
  if (c.amount === null) return null;
  if (c.amountKind === "cash" || c.amountKind === null) return c.amount.value;
  return {
    key: "report.sheet.changes.amountKind",
    values: {
      amount: { value: c.amount.value, unit: "usd" },
      kind: { value: `enum.flowKind.${c.amountKind}`, unit: "message" },
    },
  };
}

export const CHANGES_TABLE = table<ChangesReport, Change>({
  id: "changes",
  title: "report.sheet.changes.title",
  empty: "report.sheet.changes.none",
  rows: (r) => r.changes,
  columns: [
    { id: "date", label: "report.sheet.changes.date", unit: "date", value: (c) => c.date },
    { id: "change", label: "report.sheet.changes.change", unit: "message", value: changeCell },
    { id: "deal", label: "report.sheet.changes.deal", unit: "deal", value: (c) => c.deal },
    {
      id: "parties",
      label: "report.sheet.changes.parties",
      unit: "entity",
      value: (c) => c.parties.join(" "),
      optional: true,
    },
    {
      id: "amount",
      label: "report.sheet.changes.amount",
      unit: "usd",
      unitOf: (c) => (c.amountKind === "cash" || c.amount === null ? "usd" : "message"),
      value: amountCell,
      range: (c) => (c.amountKind === "cash" ? rangeOf(c.amount) : undefined),
      mark: (c) => (c.estimate ? "≈" : undefined),
    },
    {
      id: "sources",
      label: "report.sheet.changes.refs",
      unit: "source",
      value: (c) => sourcesCell(c.sources),
    },
  ],
});

export const CHANGES_SOURCES_TABLE = citedSourcesTable<ChangesReport>("sources");

/** "12 changes from 2026-01-01 to 2026-12-06, newest first". */
export function changesHeadlines(r: ChangesReport): Headline[] {
  return [
    {
      key: "report.sheet.changes.settings",
      values: {
        count: { value: r.count, unit: "count" },
        since: { value: r.since, unit: "date" },
        until: { value: r.until, unit: "date" },
        ...(r.entity !== null ? { entity: { value: r.entity, unit: "entity" as const } } : {}),
      },
    },
  ];
}

export const CHANGES_LAYOUT: ReportLayout<ChangesReport> = {
  id: "changes",
  title: "report.sheet.changes.title",
  headlines: changesHeadlines,
  tables: [CHANGES_TABLE, CHANGES_SOURCES_TABLE] as readonly TableLayout<ChangesReport, unknown>[],
};
