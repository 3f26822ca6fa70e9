import { ConvergenceError, type ModelError } from "../core/errors.ts";
import type { Lang } from "../i18n/lang.ts";
import { modelFaultText } from "../i18n/model-problem.ts";
import { problemMessage } from "../i18n/problem-message.ts";

/**
 * The one error type the command line throws on purpose; caught only in main(), mapped to an exit code.
 * With a `problem` (a code and its facts) main() says it in the run's language; `message` is its English.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
    readonly problem?: { code: string; params: Readonly<Record<string, unknown>> },
  ) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * A problem with what the user typed (`problem.<code>`): thrown where the option is read, before the
 * run's language is known to the command, and phrased in it by main(). Before December 2026 these
 * were English sentences even under --lang ar.
 */
export function usageError(code: string, params: Readonly<Record<string, unknown>>, exitCode = 2): CliError {
  return new CliError(problemMessage("en", code, params), exitCode, { code, params });
}

/** An error's words in `lang`: a coded problem phrased anew, any other CliError as it was written. */
export function cliErrorText(error: CliError, lang: Lang): string {
  return error.problem ? problemMessage(lang, error.problem.code, error.problem.params) : error.message;
}

/** Exit 2 for input the model cannot use (like bad usage), 1 for a method that did not converge. */
export function modelExitCode(error: ModelError): number {
  return error instanceof ConvergenceError ? 1 : 2;
}

/**
 * A core ModelError as the command line says it: "[code] file: path: sentence", in the run's
 * language, exit 2 (input) or 1 (no convergence). `prefix` is where the model's input sits in what
 * the user gave (["model"] for a network file's options); `file` names the file.
 */
export function modelCliError(
  error: ModelError,
  lang: Lang,
  where: { file?: string; prefix?: readonly (string | number)[] } = {},
): CliError {
  const text = modelFaultText(lang, error, where.prefix ?? []);
  const located = where.file ? `${where.file}: ${text}` : text;
  return new CliError(`[${error.code}] ${located}`, modelExitCode(error));
}

/**
 * A failed write of an --out file (writeFileAtomic: the file is left as it was, no temporary beside
 * it), by its errno in the user's words rather than Node's ("ENOENT: no such file or directory, open
 * '/out/.x.json.4204-….tmp'", which named a temporary the user never asked for). Exit 1.
 */
export function writeFailed(file: string, error: unknown): CliError {
  const { code, message } = error as { code?: string; message?: string };
  return usageError(
    "output-write-failed",
    { file, reason: code ?? "other", detail: message ?? String(error) },
    1,
  );
}
