/**
 * The power page's tables: every table of the power report (core/reports/power-layout.ts), drawn by
 * <ReportTable> with the cells `halqa power` prints, each with a CSV of its rows. The page adds only
 * what helps a reader of the page: a line on how each table counts, and row attributes for links and tests.
 */
import type { PowerReport } from "@core/reports/power-report.ts";
import { powerLayout } from "@core/reports/power-report.ts";
import type { ReactNode } from "react";
import { useMemo } from "react";
import { ReportTable } from "../../components/ReportTable.tsx";
import { useI18n } from "../../i18n/index.ts";

type Attribute = string | number | boolean | undefined;

/** Row attributes by table, each a field of the row: a year, a campus and whether it is delayed, a reference. */
const ROW_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "power-years": { year: "year" },
  campuses: { campus: "id", delayed: "delayed" },
  references: { reference: "id" },
};

function rowData(fields: Readonly<Record<string, string>>) {
  return (row: unknown): Record<string, Attribute> =>
    Object.fromEntries(
      Object.entries(fields).map(([name, field]) => [name, (row as Record<string, Attribute>)[field]]),
    );
}

export function PowerTables({ result, fileName }: { result: PowerReport; fileName: string }) {
  const { m, year } = useI18n();
  const layout = useMemo(() => powerLayout(result.basis, result.delay !== undefined), [result]);
  const notes: Readonly<Record<string, ReactNode>> = {
    campuses: m("web.power.campusesHelp", { year: year(result.toYear) }),
    references: m("web.power.referencesHelp"),
    parameters: (
      <>
        {m("web.power.parametersHelp")}
        {result.missingParameters.length > 0 ? (
          <span className="status error">
            {" "}
            {m("web.power.missing", { ids: result.missingParameters.join(", ") })}
          </span>
        ) : null}
      </>
    ),
  };
  return (
    <section className="power-tables">
      {layout.tables.map((t) => {
        const fields = ROW_FIELDS[t.id];
        return (
          <ReportTable
            key={t.id}
            layout={t}
            data={result}
            fileName={`${fileName}-${t.id}`}
            note={notes[t.id]}
            {...(fields ? { rowData: rowData(fields) } : {})}
          />
        );
      })}
    </section>
  );
}
