/**
 * Why an analysis run in the browser stopped, in the page's language. A core ModelError (input the
 * model cannot use, no convergence) is phrased by its code from the one catalogue, as the CLI and the
 * API phrase it; anything else is a bug in halqa and is called one, never passed off as the reader's
 * input (its own text goes to the console for the report).
 */
import { isModelError } from "@core/errors.ts";
import type { Lang } from "@i18n/lang.ts";
import { message } from "@i18n/message.ts";
import { modelFaultText } from "@i18n/model-problem.ts";

export function failureReason(error: unknown, lang: Lang): string {
  if (isModelError(error)) return modelFaultText(lang, error);
  console.error(error);
  return message(lang, "problem.model.bug");
}
