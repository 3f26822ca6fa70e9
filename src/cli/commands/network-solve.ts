/** `halqa network solve FILE --model M`: a contagion model on a user's plain financial network. */
import { readFile } from "node:fs/promises";
import { ConvergenceError, type ModelResult } from "../../core/contagion/fixed-point.ts";
import { MODEL_NAMES, type ModelName, solveModel } from "../../core/contagion/models.ts";
import { indexNetwork } from "../../core/contagion/network.ts";
import { type Language, messages } from "../../i18n/index.ts";
import { parseNetwork } from "../../schema/network.ts";
import type { Io } from "../context.ts";
import { CliError } from "../errors.ts";
import { formatNumber, table } from "../format.ts";
import { describeProblems, formatProblems } from "../load.ts";

export type SolveOptions = {
  lang: Language;
  json: boolean;
  model?: string;
  options: Record<string, unknown>;
};

export async function networkSolveCommand(file: string, options: SolveOptions, io: Io): Promise<number> {
  const ui = messages(options.lang).ui;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`, 1);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`, 1);
  }
  const parsed = parseNetwork(json);
  if (!parsed.ok) {
    io.stderr(
      formatProblems(
        describeProblems(
          parsed.problems.map((p) => ({ ...p, file })),
          options.lang,
        ),
      ),
    );
    throw new CliError(ui.networkInvalid({ file, count: parsed.problems.length }), 1);
  }
  const fileModel = parsed.model ?? {};
  const name = options.model ?? (fileModel.name as string | undefined);
  if (name === undefined)
    throw new CliError(`give --model (${MODEL_NAMES.join(", ")}) or a "model" in the file`);
  if (!(MODEL_NAMES as readonly string[]).includes(name)) {
    throw new CliError(`--model must be one of ${MODEL_NAMES.join(", ")} (got "${name}")`);
  }
  const { name: _ignored, ...fileOptions } = fileModel;
  let result: ModelResult;
  try {
    result = solveModel(name as ModelName, indexNetwork(parsed.network), {
      ...fileOptions,
      ...options.options,
    });
  } catch (error) {
    // Non-convergence and impossible options are answers about the input, not crashes.
    if (error instanceof ConvergenceError) {
      throw new CliError(`${error.message}; iterations ${error.iterations}, residual ${error.residual}`, 1);
    }
    if (error instanceof RangeError) throw new CliError(`${name}: ${error.message}`, 1);
    throw error;
  }
  io.stdout(options.json ? JSON.stringify(result, null, 2) : render(result, options.lang));
  return 0;
}

function render(result: ModelResult, lang: Language): string {
  const ui = messages(lang).ui;
  const n = (x: number | null, digits = 2) => (x === null ? "—" : formatNumber(lang, x, digits));
  const rows = result.nodes.map((node) => [
    node.id,
    n(node.payments),
    node.recoveryRate === null ? "—" : `${formatNumber(lang, node.recoveryRate * 100, 1)}%`,
    n(node.netWorth),
    n(node.equity),
    node.defaulted ? ui.yes : "",
    node.wave === null ? "" : n(node.wave, 0),
    n(node.relativeLoss, 3),
    n(node.value),
  ]);
  return [
    ui.solvedLine({ model: result.model, iterations: n(result.iterations, 0) }),
    table(
      [ui.node, ui.payments, ui.recovery, ui.netWorth, ui.equity, ui.defaulted, ui.wave, "h", ui.value],
      rows,
    ),
    Object.entries(result.totals)
      .map(([key, value]) => `${ui.totalNames[key] ?? key}: ${n(value)}`)
      .join(" · "),
    `${ui.conventions}: ${JSON.stringify(result.options)}`,
  ].join("\n");
}
