/** `halqa tracker`: the three signals of a move from circular to self-funding, per operator (docs/methods/tracker.md). */

import {
  TRACKER_HISTORY_LAYOUT,
  type TrackerReport,
  trackerGaps,
  trackerLayout,
  trackerNotes,
  trackerReport,
  trackerThresholds,
} from "../../core/reports/tracker-report.ts";
import { joinList } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import { readMarketFiles } from "../../io/market-files.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { describeProblems, formatProblems } from "../load.ts";
import { failOnProblems, sourceNamer } from "../market-analyses-format.ts";
import { entityNamer } from "../names.ts";
import { renderHeadline, renderReportTable } from "../report-table.ts";

export type TrackerOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  dir: string;
  entity?: string | undefined;
  /** Every column of the history tables, however wide (the note is dropped to fit 100 columns). */
  wide?: boolean;
};

export async function trackerCommand(dataset: Dataset, options: TrackerOptions, io: Io): Promise<number> {
  const read = await readMarketFiles(options.dir, dataset, { kinds: ["tracker"], required: ["tracker"] });
  failOnProblems(read.failed, options.lang, io);
  const { observations } = read.files;
  const limits = trackerThresholds(dataset);
  if (!limits.ok) {
    // A coded problem in the reader's language (it was an English sentence with no code; found by fuzzing).
    const problem = {
      code: "parameter-missing",
      file: "",
      path: ["parameters"],
      params: { ids: limits.missing },
    };
    io.stderr(formatProblems(describeProblems([problem], options.lang)));
    throw new CliError(message(options.lang, "cli.invalid", { count: 1, files: 1 }), 1);
  }
  const report = trackerReport(dataset, observations, limits.thresholds, options);
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  io.stdout(render(dataset, report, options));
  return 0;
}

function render(dataset: Dataset, report: TrackerReport, options: TrackerOptions): string {
  const { lang } = options;
  const names = {
    ...recordNames(dataset, lang),
    entity: entityNamer(dataset, lang),
    source: sources(dataset, lang),
  };
  const face = { lang, names, ...(options.wide ? { wide: true } : {}) };
  const layout = trackerLayout(report);
  const out = [
    ...(layout.headlines?.(report) ?? []).map((h) => renderHeadline(h, face)),
    ...layout.tables.map((t) => renderReportTable(t, report, face)),
  ];
  // What no source reports, once each, instead of a table of "absent" cells.
  const gaps = trackerGaps(report);
  if (gaps.unreported.length > 0)
    out.push(
      message(lang, "report.tracker.unreported", {
        signals: joinList(
          lang,
          gaps.unreported.map((s) => message(lang, `report.tracker.signals.${s}`)),
        ),
      }),
    );
  if (gaps.silent.length > 0)
    out.push(
      message(lang, "report.tracker.silent", {
        count: gaps.silent.length,
        names: joinList(lang, gaps.silent.map(names.entity)),
      }),
    );
  const [thresholds, absent, window] = trackerNotes(report).map((h) => renderHeadline(h, face));
  out.push(thresholds ?? "", absent ?? "");
  if (window) out.push("", window);
  // Every operator a source measures, with its observations; with --entity, that one even if none.
  const detailed = options.entity ? report.operators : report.operators.filter((op) => op.history.length > 0);
  for (const op of detailed) {
    // The table's title is the operator's name (a heading per operator), not a catalogue key.
    for (const t of TRACKER_HISTORY_LAYOUT.tables)
      out.push(renderReportTable({ ...t, title: names.entity(op.entity) }, op, face));
  }
  return out.join("\n");
}

/** The layout's sources cell holds the observation's source ids, space-separated: cited by outlet. */
function sources(dataset: Dataset, lang: Language): (ids: string) => string {
  const cite = sourceNamer(dataset, lang);
  return (ids) => cite(ids.split(" ").filter(Boolean));
}
