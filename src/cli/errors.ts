import { ConvergenceError, type ModelError } from "../core/errors.ts";
import type { Lang } from "../i18n/lang.ts";
import { modelFaultText } from "../i18n/model-problem.ts";

/** The one error type the command line throws on purpose; caught only in main(), mapped to an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
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
