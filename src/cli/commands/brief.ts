/**
 * `halqa brief`: the analyses a reader would cite, on one to four printable pages — built from the
 * same reports as `summary`, `loops`, `circularity`, `reconcile` and `stress`, printed as HTML (to
 * stdout or `--out brief.html`) or PDF (`--out brief.pdf`, through headless Chromium).
 */
import { extname } from "node:path";
import { isModelError } from "../../core/errors.ts";
import { BRIEF_LOOPS, type BriefSubject, briefReport } from "../../core/reports/brief-report.ts";
import { circularityReport } from "../../core/reports/circularity-report.ts";
import { companyReport } from "../../core/reports/company-report.ts";
import { loopsReport } from "../../core/reports/loops-report.ts";
import { reconcileReport } from "../../core/reports/reconcile-report.ts";
import { stressReport } from "../../core/reports/stress-report.ts";
import { summaryReport } from "../../core/reports/summary-report.ts";
import type { Lang } from "../../i18n/lang.ts";
import { problemMessage } from "../../i18n/problem-message.ts";
import { writeFileAtomic } from "../../io/atomic-write.ts";
import { findChromium, printPdf } from "../../io/print-pdf.ts";
import { briefHtml } from "../../print/brief-html.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import { deterministicScenario, resolveFraction } from "../../schema/scenario.ts";
import type { Io } from "../context.ts";
import { CliError, modelCliError } from "../errors.ts";
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
  const basis = "announced" as const;
  let subject: BriefSubject = { kind: "overview" };
  let stress: ReturnType<typeof stressReport> | undefined;
  if (options.company !== undefined) subject = { kind: "company", entity: options.company };
  if (options.scenario !== undefined) {
    const uncertain = await readScenario(options.scenario, dataset, lang, io);
    const scenario = deterministicScenario(uncertain);
    if (!scenario)
      throw new CliError(
        `[brief-uncertain-scenario] ${problemMessage(lang, "brief-uncertain-scenario", { file: options.scenario })}`,
        2,
      );
    subject = { kind: "scenario", scenario: scenario.id, title: scenario.title };
    try {
      stress = stressReport(dataset, scenario, {
        asOf,
        fraction: (f) => resolveFraction(f, dataset) ?? Number.NaN,
      });
    } catch (error) {
      if (isModelError(error)) throw modelCliError(error, lang, { file: options.scenario });
      throw error;
    }
  }
  const company =
    options.company === undefined
      ? undefined
      : companyReport(dataset, options.company, { asOf, basis, loopLimit: BRIEF_LOOPS });
  const report = briefReport(dataset, {
    subject,
    asOf,
    summary: summaryReport(dataset, { asOf, top: 20 }),
    circularity: circularityReport(dataset, { basis, asOf }),
    loops: loopsReport(dataset, {
      basis,
      asOf,
      limit: BRIEF_LOOPS,
    }),
    reconcile: reconcileReport(dataset, { asOf }),
    ...(stress ? { stress } : {}),
    ...(company ? { company } : {}),
  });
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
    await writeFileAtomic(options.out, html);
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
