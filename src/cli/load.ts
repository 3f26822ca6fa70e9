/** Loading the dataset for a command, and printing its problems the same way everywhere. */
import type { Problem } from "../core/dataset/problem.ts";
import { formatPath } from "../core/dataset/problem.ts";
import { type Language, problemMessage } from "../i18n/index.ts";
import { message } from "../i18n/message.ts";
import { type LoadResult, loadDataset } from "../io/load-dataset.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import type { Io } from "./context.ts";
import { CliError } from "./errors.ts";

export type ProblemReport = Omit<Problem, "path"> & { path: string; message: string };

export function describeProblems(problems: readonly Problem[], lang: Language): ProblemReport[] {
  return problems.map((p) => ({
    code: p.code,
    file: p.file,
    line: p.line,
    column: p.column,
    path: formatPath(p.path),
    params: p.params,
    message: problemMessage(lang, p.code, p.params),
  }));
}

/** One line per problem: `file:line:col  code  path: message` — the shape editors and CI logs link. */
export function formatProblems(reports: readonly ProblemReport[]): string {
  return reports
    .map((r) => {
      // No column is printed when none is known: a made-up ":1" would point at the wrong field.
      const column = r.line !== undefined && r.column !== undefined ? `:${r.column}` : "";
      const where = r.file ? `${r.file}${r.line !== undefined ? `:${r.line}${column}` : ""}` : "";
      const path = r.path ? `${r.path}: ` : "";
      return `${where}  [${r.code}]  ${path}${r.message}`.trim();
    })
    .join("\n");
}

export function problemSummary(result: Extract<LoadResult, { ok: false }>, lang: Language): string {
  const files = new Set(result.problems.map((p) => p.file)).size;
  return message(lang, "cli.invalid", { count: result.problems.length, files: Math.max(files, 1) });
}

/** The dataset, or exit 1 with its problems on stderr (commands other than `validate` use this). */
export async function requireDataset(dir: string, lang: Language, io: Io): Promise<Dataset> {
  const result = await loadDataset(dir);
  if (result.ok) return result.dataset;
  io.stderr(formatProblems(describeProblems(result.problems, lang)));
  throw new CliError(`${problemSummary(result, lang)} (halqa data validate ${dir})`, 1);
}
