/** `halqa tracker`: the three signals of a move from circular to self-funding, per operator (docs/methods/tracker.md). */

import { SIGNALS, type Thresholds } from "../../core/tracker/stage.ts";
import type { OperatorTrack, TrackerObservation } from "../../core/tracker/tracker.ts";
import { trackerReport, trackerThresholds } from "../../core/tracker/tracker-report.ts";
import type { CriticalWindow } from "../../core/tracker/window.ts";
import { formatDate } from "../../i18n/format.ts";
import { type Language, messages } from "../../i18n/index.ts";
import { readTrackerFile, TRACKER_FILE } from "../../io/tracker-file.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { heading, table } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";
import { formatIn, sourceNamer } from "../market-analyses-format.ts";
import { entityNamer } from "../names.ts";

export type TrackerOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  dir: string;
  entity?: string | undefined;
};

export async function trackerCommand(dataset: Dataset, options: TrackerOptions, io: Io): Promise<number> {
  const { observations, problems } = await readTrackerFile(options.dir, dataset);
  if (problems.length > 0) {
    io.stderr(formatProblems(describeProblems(problems, options.lang)));
    throw new CliError(
      messages(options.lang).ui.moneyCommands.fileInvalid({ file: TRACKER_FILE, count: problems.length }),
      1,
    );
  }
  const read = trackerThresholds(dataset);
  if (!read.ok) {
    // A coded problem in the reader's language (it was an English sentence with no code; found by fuzzing).
    const problem = {
      code: "parameter-missing",
      file: "",
      path: ["parameters"],
      params: { ids: read.missing },
    };
    io.stderr(formatProblems(describeProblems([problem], options.lang)));
    throw new CliError(messages(options.lang).ui.invalid({ count: 1, files: 1 }), 1);
  }
  const { thresholds, window, operators } = trackerReport(dataset, observations, read.thresholds, options);
  if (options.json) {
    io.stdout(JSON.stringify({ asOf: options.asOf, thresholds, window, operators }, null, 2));
    return 0;
  }
  io.stdout(render(dataset, operators, thresholds, window, options));
  return 0;
}

function render(
  dataset: Dataset,
  operators: readonly OperatorTrack[],
  thresholds: Thresholds,
  window: CriticalWindow | null,
  options: TrackerOptions,
): string {
  const { lang } = options;
  const m = messages(lang).ui.moneyCommands;
  const name = entityNamer(dataset, lang);
  const cite = sourceNamer(dataset);
  const cell = (o: TrackerObservation | null) =>
    o ? `${formatIn(lang, o.value, "percent")}${o.estimate ? " ≈" : ""} (${o.period})` : m.absent;
  const out = [`${m.trackerTitle} — ${messages(lang).ui.asOf} ${formatDate(lang, options.asOf)}`];
  out.push(
    table(
      [m.operator, ...SIGNALS.map((s) => m.signals[s] ?? s), m.stage],
      operators.map((op) => [
        name(op.entity),
        ...SIGNALS.map((s) => cell(op.latest[s])),
        `${m.stages[op.stage.stage] ?? op.stage.stage} (${op.stage.met.length + op.stage.unmet.length}/3)`,
      ]),
    ),
  );
  out.push(
    m.thresholdsLine(
      Object.fromEntries(SIGNALS.map((s) => [s, formatIn(lang, thresholds[s], "percent")])) as Record<
        string,
        string
      >,
    ),
  );
  out.push(m.absentNote);
  if (window) out.push("", windowLine(lang, window));
  const detailed = options.entity ? operators : operators.filter((op) => op.history.length > 0);
  for (const op of detailed) {
    out.push(heading(name(op.entity)));
    if (op.history.length === 0) {
      out.push(m.noObservations);
      continue;
    }
    out.push(
      table(
        [m.period, m.signal, m.value, m.sources, m.note],
        op.history.map((o) => [
          o.period,
          m.signals[o.signal] ?? o.signal,
          `${formatIn(lang, o.value, "percent")}${o.estimate ? " ≈" : ""}`,
          cite(o.sources),
          o.note ?? "",
        ]),
      ),
    );
  }
  return out.join("\n");
}

function windowLine(lang: Language, w: CriticalWindow): string {
  const m = messages(lang).ui.moneyCommands;
  const months = (n: number) => formatIn(lang, Math.round(n * 10) / 10, "percent").replace("%", "");
  return m.windowLine({
    low: w.months.low,
    high: w.months.high,
    start: w.start,
    earliest: w.endEarliest,
    latest: w.endLatest,
    elapsed: months(w.monthsElapsed),
    left: months(Math.max(0, w.monthsLeft.toLatest)),
  });
}
