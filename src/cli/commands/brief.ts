/**
 * `halqa brief`: the analyses a reader would cite, on one to four printable pages — built from the
 * same reports as `summary`, `loops`, `circularity`, `reconcile` and `stress`, printed as HTML (to
 * stdout or `--out brief.html`) or PDF (`--out brief.pdf`, through headless Chromium).
 */
import { extname } from "node:path";
import { isModelError } from "../../core/errors.ts";
import type { Scenario } from "../../core/model/scenario.ts";
import { type BriefReport, composeBrief } from "../../core/reports/brief-report.ts";
import type { Lang } from "../../i18n/lang.ts";
import { problemMessage } from "../../i18n/problem-message.ts";
import { writeFileAtomic } from "../../io/atomic-write.ts";
import { findChromium, printPdf } from "../../io/print-pdf.ts";
import { briefHtml } from "../../print/brief-html.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { deterministicScenario, resolveFraction } from "../../schema/scenario.ts";
import type { Io } from "../context.ts";
import { CliError, modelCliError, writeFailed } from "../errors.ts";
import { readScenario } from "./stress.ts";

export type BriefOptions = {
  lang: Lang;
  asOf: string;
  json: boolean;
  company?: string;
  scenario?: string;
  out?: string;
};

/** What the file name asks for; anything else is a usage error before any work is done. */
export function briefFormat(out: string | undefined): "html" | "pdf" | null {
  if (out === undefined) return "html";
  const ext = extname(out).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".pdf") return "pdf";
  return null;
}

export async function briefCommand(dataset: Dataset, options: BriefOptions, io: Io): Promise<number> {
  const { lang, asOf } = options;
  let scenario: Scenario | undefined;
  if (options.scenario !== undefined) {
    scenario = deterministicScenario(await readScenario(options.scenario, dataset, lang, io));
    if (!scenario)
      throw new CliError(
        `[brief-uncertain-scenario] ${problemMessage(lang, "brief-uncertain-scenario", { file: options.scenario })}`,
        2,
      );
  }
  let report: BriefReport;
  try {
    report = composeBrief(dataset, {
      asOf,
      ...(options.company !== undefined ? { company: options.company } : {}),
      ...(scenario
        ? { scenario: { scenario, fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN } }
        : {}),
    });
  } catch (error) {
    // A scenario the data cannot run, or a model that did not converge: phrased by code; anything else is a bug.
    if (isModelError(error))
      throw modelCliError(error, lang, options.scenario ? { file: options.scenario } : {});
    throw error;
  }
  if (options.json) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  const html = briefHtml(report, dataset, lang);
  if (options.out === undefined) {
    io.stdout(html);
    return 0;
  }
  if (briefFormat(options.out) === "html") {
    // A failed write is the user's to fix (a full disk, a folder that takes no files), not a bug.
    await writeFileAtomic(options.out, html).catch((error: unknown) => {
      throw writeFailed(options.out as string, error);
    });
  } else {
    const printed = await printPdf(html, options.out, findChromium(io.env));
    if (!printed.ok)
      throw new CliError(
        `[${printed.code}] ${problemMessage(lang, printed.code, { detail: printed.detail })}`,
        1,
      );
  }
  io.stderr(problemMessage(lang, "brief-written", { file: options.out }));
  return 0;
}
