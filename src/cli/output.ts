/**
 * The CLI face of src/io/output-target.ts: every command with `--out` calls `requireOutput` before it
 * computes anything, so a refused output costs nothing and nothing on disk changes. A refusal is a
 * usage error (exit 2) with its code, in the user's language.
 */
import { type Language, problemMessage } from "../i18n/index.ts";
import { checkOutput, type OutputRules } from "../io/output-target.ts";
import { CliError } from "./errors.ts";

export async function requireOutput(out: string, rules: OutputRules, lang: Language): Promise<void> {
  const check = await checkOutput(out, rules);
  if (!check.ok) throw new CliError(`[${check.code}] ${problemMessage(lang, check.code, check.params)}`, 2);
}

/** The --force option, worded once for every writing command. */
export const FORCE_HELP = "replace an existing --out file (never the input)";
