/** `halqa network solve FILE --model M`: a contagion model on a user's plain financial network. */

import type { ModelResult } from "../../core/contagion/fixed-point.ts";
import { MODEL_NAMES, type ModelName, solveModel, unknownModelOptions } from "../../core/contagion/models.ts";
import { indexNetwork } from "../../core/contagion/network.ts";
import { isModelError } from "../../core/errors.ts";
import { formatPercent } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import { locateJsonProblems, parseJsonText } from "../../io/json-text.ts";
import { readTextFile } from "../../io/text-file.ts";
import { parseNetwork } from "../../schema/network.ts";
import type { Io } from "../context.ts";
import { CliError, modelCliError, usageError } from "../errors.ts";
import { formatNumber, table } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";

export type SolveOptions = {
  lang: Language;
  json: boolean;
  model?: string;
  options: Record<string, unknown>;
};

export async function networkSolveCommand(file: string, options: SolveOptions, io: Io): Promise<number> {
  const { lang } = options;
  const text = await readTextFile(file);
  const json = text.ok ? parseJsonText(text.text, file) : { ok: false as const, problems: [text.problem] };
  if (!json.ok) {
    io.stderr(formatProblems(describeProblems(json.problems, options.lang)));
    throw new CliError(message(lang, "cli.networkInvalid", { file, count: json.problems.length }), 1);
  }
  const parsed = parseNetwork(json.value);
  if (!parsed.ok) {
    io.stderr(
      formatProblems(
        describeProblems(
          locateJsonProblems(
            text.ok ? text.text : "",
            parsed.problems.map((p) => ({ ...p, file })),
          ),
          options.lang,
        ),
      ),
    );
    throw new CliError(message(lang, "cli.networkInvalid", { file, count: parsed.problems.length }), 1);
  }
  const fileModel = parsed.model ?? {};
  if (options.model !== undefined && !(MODEL_NAMES as readonly string[]).includes(options.model)) {
    throw usageError("option-choice", {
      option: "--model",
      values: MODEL_NAMES.join(", "),
      value: options.model,
    });
  }
  // A model named in the file is data: a coded problem and exit 1, as POST /api/network/solve answers
  // (it was a usage error, exit 2, echoing the whole value; found by the CLI/API fuzz test).
  const fileName = fileModel.name;
  if (options.model === undefined && !(MODEL_NAMES as readonly unknown[]).includes(fileName)) {
    const problem =
      fileName === undefined
        ? { code: "required", file, path: ["model", "name"], params: { field: "name" } }
        : {
            code: "invalid-choice",
            file,
            path: ["model", "name"],
            params: { value: String(fileName).slice(0, 80), values: MODEL_NAMES },
          };
    io.stderr(formatProblems(describeProblems([problem], options.lang)));
    throw new CliError(message(lang, "cli.networkInvalid", { file, count: 1 }), 1);
  }
  const name = options.model ?? (fileName as string);
  const { name: _ignored, ...fileOptions } = fileModel;
  // An option the model does not read would be ignored and the default used: refuse it instead.
  const unknown = unknownModelOptions(name as ModelName, { ...fileOptions, ...options.options });
  if (unknown.length > 0) {
    const problems = unknown.map((key) => ({
      code: "unknown-field",
      file,
      path: ["model", key],
      params: { keys: [key] },
    }));
    io.stderr(formatProblems(describeProblems(problems, options.lang)));
    throw new CliError(message(lang, "cli.networkInvalid", { file, count: problems.length }), 1);
  }
  let result: ModelResult;
  try {
    result = solveModel(name as ModelName, indexNetwork(parsed.network), {
      ...fileOptions,
      ...options.options,
    });
  } catch (error) {
    // Non-convergence and impossible options are answers about the input, not crashes; anything else is a bug.
    if (isModelError(error)) throw modelCliError(error, options.lang, { file });
    throw error;
  }
  io.stdout(options.json ? JSON.stringify(result, null, 2) : render(result, options.lang));
  return 0;
}

function render(result: ModelResult, lang: Language): string {
  const n = (x: number | null, digits = 2) => (x === null ? "—" : formatNumber(lang, x, digits));
  const rows = result.nodes.map((node) => [
    node.id,
    n(node.payments),
    node.recoveryRate === null ? "—" : `${formatPercent(lang, node.recoveryRate * 100)}`,
    n(node.netWorth),
    n(node.equity),
    node.defaulted ? message(lang, "cli.yes") : "",
    node.wave === null ? "" : n(node.wave, 0),
    n(node.relativeLoss, 3),
    n(node.value),
  ]);
  return [
    message(lang, "cli.solvedLine", {
      model: messageOrKey(lang, `web.models.${result.model}`),
      iterations: n(result.iterations, 0),
    }),
    table(
      [
        message(lang, "cli.node"),
        message(lang, "cli.payments"),
        message(lang, "cli.recovery"),
        message(lang, "cli.netWorth"),
        message(lang, "cli.equity"),
        message(lang, "cli.defaulted"),
        message(lang, "cli.wave"),
        "h",
        message(lang, "cli.value"),
      ],
      rows,
    ),
    Object.entries(result.totals)
      .map(([key, value]) => `${messageOrKey(lang, `cli.totalNames.${key}`)}: ${n(value)}`)
      .join(" · "),
    `${message(lang, "cli.conventions")}: ${conventions(result.options, lang)}`,
  ].join("\n");
}

/**
 * The model's conventions in words, as the stress page names them ("Debt owed outside the network:
 * ranks with the network's debts"), not as a JSON object; an option the catalogue does not name keeps
 * its key, and a number its digits (a tolerance of 1e-10).
 */
function conventions(options: ModelResult["options"], lang: Language): string {
  const value = (v: unknown): string =>
    typeof v === "boolean"
      ? message(lang, v ? "cli.yes" : "cli.no")
      : typeof v === "string"
        ? messageOrKey(lang, `web.modelOptions.${v}`)
        : String(v);
  return Object.entries(options)
    .map(([key, v]) => `${messageOrKey(lang, `web.modelOptions.${key}`)}: ${value(v)}`)
    .join(lang === "ar" ? "؛ " : "; ");
}
