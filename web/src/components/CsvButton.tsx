/** Downloads a table as CSV: the rows given, which are the rows shown. */
import { useI18n } from "../i18n/index.ts";
import { type Cell, toCsv } from "../util/csv.ts";
import { downloadBlob } from "../util/download.ts";

type Props = {
  name: string;
  fileName: string;
  header: readonly string[];
  rows: () => readonly (readonly Cell[])[];
};

export function CsvButton({ name, fileName, header, rows }: Props) {
  const { m } = useI18n();
  return (
    <button
      type="button"
      data-csv={fileName}
      aria-label={m("web.exports.csvLabel", { name })}
      onClick={() =>
        downloadBlob(new Blob([toCsv(header, rows())], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`)
      }
    >
      {m("web.exports.csv")}
    </button>
  );
}
