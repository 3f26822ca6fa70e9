/**
 * Downloads a table as CSV: the rows given, which are the rows shown, then a blank line, the source
 * with the as-of date and the product's credit, so that a file passed on still says where its
 * numbers come from and on which date they were read.
 */
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { currentView } from "../state/use-view.ts";
import { type Cell, toCsv } from "../util/csv.ts";
import { downloadBlob } from "../util/download.ts";

type Props = {
  name: string;
  fileName: string;
  header: readonly string[];
  rows: () => readonly (readonly Cell[])[];
};

export function CsvButton({ name, fileName, header, rows }: Props) {
  const { m, date } = useI18n();
  // The as-of date is read when the file is made (from the address, as the pages read it): the
  // button itself renders without the address, as in the tests' server rendering.
  const foot = (): Cell[][] => [
    [],
    [m("report.brief.chartSource", { asOf: date(currentView().asOf ?? todayIso()) })],
    [m("report.brief.credit")],
  ];
  return (
    <button
      type="button"
      data-csv={fileName}
      aria-label={m("web.exports.csvLabel", { name })}
      onClick={() =>
        downloadBlob(
          new Blob([toCsv(header, [...rows(), ...foot()])], { type: "text/csv;charset=utf-8" }),
          `${fileName}.csv`,
        )
      }
    >
      {m("web.exports.csv")}
    </button>
  );
}
