/**
 * Downloads a table as CSV: the rows given, which are the rows shown, then a blank line, the source
 * with the as-of date and the product's credit, so that a file passed on still says where its
 * numbers come from and on which date they were read. Beside it, the same table as an Excel
 * workbook (XLSX): numbers with their number formats, a sheet of the sources the table cites, the
 * same source line and credit; its writer loads when the button is pressed. A table computed from
 * the reader's own upload cites no published source: its files say so, with the day they were made.
 */
import { dataText } from "@i18n/record-names.ts";
import { useContext } from "react";
import { ModelContext } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { currentView } from "../state/use-view.ts";
import { networkSourceIds } from "../util/cited-sources.ts";
import { type Cell, toCsv } from "../util/csv.ts";
import { downloadBlob } from "../util/download.ts";

type Props = {
  name: string;
  fileName: string;
  header: readonly string[];
  rows: () => readonly (readonly Cell[])[];
  /** The workbook's number format of a number in the rows (General when absent). */
  numberFormat?: (row: number, column: number) => string | undefined;
  /** The ids of the sources the rows cite, for the workbook's sources sheet. */
  sourceIds?: () => readonly string[];
  /**
   * Where the numbers come from: the dataset (the sources given), the whole network of deals the
   * view counts (a figure computed from them all cites every deal's sources), or the reader's upload.
   */
  origin?: "dataset" | "network" | "upload";
};

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function CsvButton({
  name,
  fileName,
  header,
  rows,
  numberFormat,
  sourceIds,
  origin = "dataset",
}: Props) {
  const { m, date, lang } = useI18n();
  // The dataset's sources, when the page has loaded it (a server-rendered test may not have).
  const model = useContext(ModelContext);
  // The as-of date is read when the file is made (from the address, as the pages read it): the
  // button itself renders without the address, as in the tests' server rendering.
  const notes = () => [
    origin === "upload"
      ? m("web.xlsx.fromUpload", { date: date(todayIso()) })
      : m("report.brief.chartSource", { asOf: date(currentView().asOf ?? todayIso()) }),
    m("report.brief.credit"),
  ];
  const cited = (): readonly string[] =>
    origin === "network" && model
      ? networkSourceIds(model.dataset, currentView().asOf ?? todayIso())
      : (sourceIds?.() ?? []);
  const foot = (): Cell[][] => [[], ...notes().map((line) => [line])];
  const workbook = async () => {
    const { tableWorkbook } = await import("../util/xlsx-export.ts");
    const cells = rows().map((row, r) =>
      row.map((cell, c) => {
        const format = typeof cell === "number" ? numberFormat?.(r, c) : undefined;
        return format && typeof cell === "number" ? { value: cell, format } : cell;
      }),
    );
    const bytes = tableWorkbook(
      { title: name, header, rows: cells, sourceIds: cited() },
      model?.dataset.sources ?? [],
      {
        sources: m("web.xlsx.sources"),
        outlet: m("web.xlsx.outlet"),
        date: m("web.xlsx.date"),
        title: m("web.xlsx.title"),
        link: m("web.xlsx.link"),
        none: origin === "upload" ? m("web.xlsx.uploadNone") : m("web.xlsx.none"),
        notes: notes(),
        formatDate: date,
        outletName: model ? dataText(model.dataset, lang) : (english) => english,
        rtl: lang === "ar",
      },
    );
    downloadBlob(new Blob([bytes], { type: XLSX_TYPE }), `${fileName}.xlsx`);
  };
  return (
    <>
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
      </button>{" "}
      <button
        type="button"
        data-xlsx={fileName}
        aria-label={m("web.xlsx.label", { name })}
        onClick={() => void workbook()}
      >
        {m("web.xlsx.button")}
      </button>
    </>
  );
}
