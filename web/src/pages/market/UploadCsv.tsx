/**
 * The reader's own weights or exposures: a CSV picked on their computer, read in the page (never sent
 * anywhere), checked with the command line's rules (src/io/holdings-csv.ts). Problems are listed
 * with their line and column in the page's language, and nothing changes until the file is clean.
 */
import { problemMessage } from "@i18n/index.ts";
import { useState } from "react";
import type { Problem } from "../../../../src/core/dataset/problem.ts";
import {
  decodeUtf8,
  type ExposureFigure,
  type IndexWeight,
  parseExposureCsv,
  parseWeightsCsv,
} from "../../../../src/io/browser.ts";
import { useI18n } from "../../i18n/index.ts";

/** The same limit as POST /api/market. */
export const UPLOAD_LIMIT = 256 * 1024;

type Props = {
  onWeights: (rows: IndexWeight[] | null, file: string | null) => void;
  onExposures: (rows: ExposureFigure[] | null, file: string | null) => void;
  weightsFile: string | null;
  exposureFile: string | null;
};

type Report = { file: string; ok: boolean; text: string; problems: Problem[] };

export function UploadCsv({ onWeights, onExposures, weightsFile, exposureFile }: Props) {
  const i18n = useI18n();
  const { t, fill, lang } = i18n;
  const [report, setReport] = useState<Report | null>(null);

  async function read(input: HTMLInputElement, kind: "weights" | "exposure") {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    if (file.size > UPLOAD_LIMIT) {
      setReport({
        file: file.name,
        ok: false,
        text: fill(t.market.tooLarge, { file: file.name, limit: `${UPLOAD_LIMIT / 1024} KiB` }),
        problems: [],
      });
      return;
    }
    // Strict UTF-8: a Latin-1 name is refused with its line, not read with U+FFFD.
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()), file.name);
    const parsed = !decoded.ok
      ? { exposures: [] as ExposureFigure[], problems: [decoded.problem] }
      : kind === "weights"
        ? parseWeightsCsv(decoded.text, file.name)
        : parseExposureCsv(decoded.text, file.name);
    if (parsed.problems.length > 0) {
      setReport({
        file: file.name,
        ok: false,
        text: fill(t.market.problems, { file: file.name, count: i18n.number(parsed.problems.length, 0) }),
        problems: parsed.problems,
      });
      return;
    }
    const count = "weights" in parsed ? parsed.weights.length : parsed.exposures.length;
    if ("weights" in parsed) onWeights(parsed.weights, file.name);
    else onExposures(parsed.exposures, file.name);
    setReport({
      file: file.name,
      ok: true,
      text: fill(t.market.loaded, { file: file.name, count: i18n.number(count, 0) }),
      problems: [],
    });
  }

  return (
    <section className="panel upload" aria-labelledby="h-upload">
      <h2 id="h-upload">{t.market.upload}</h2>
      <p className="hint">{t.market.uploadHelp}</p>
      <div className="row">
        <label className="file-pick">
          {t.market.weightsFile}: <span className="file-button">{weightsFile ?? t.market.choose}</span>
          <input
            className="visually-hidden"
            type="file"
            accept=".csv,text/csv"
            data-upload="weights"
            onChange={(e) => void read(e.currentTarget, "weights")}
          />
        </label>
        <label className="file-pick">
          {t.market.exposureFile}: <span className="file-button">{exposureFile ?? t.market.choose}</span>
          <input
            className="visually-hidden"
            type="file"
            accept=".csv,text/csv"
            data-upload="exposure"
            onChange={(e) => void read(e.currentTarget, "exposure")}
          />
        </label>
        {weightsFile || exposureFile ? (
          <button
            type="button"
            onClick={() => {
              onWeights(null, null);
              onExposures(null, null);
              setReport(null);
            }}
          >
            {t.market.clear}
          </button>
        ) : null}
      </div>
      {report ? (
        <div role={report.ok ? "status" : "alert"} data-upload-report={report.ok ? "ok" : "problems"}>
          <p className={report.ok ? "status" : "status error"}>{report.text}</p>
          {report.problems.length > 0 ? (
            <ul className="problems">
              {report.problems.map((p) => (
                <li key={`${p.line}-${p.path.join(".")}-${p.code}`}>
                  {p.line !== undefined ? `${fill(t.market.line, { line: i18n.number(p.line, 0) })}` : ""}
                  {p.path.length > 0 ? ` · ${p.path.join(".")}` : ""}:{" "}
                  {problemMessage(lang, p.code, p.params)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
