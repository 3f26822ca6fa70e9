/** `halqa stress SCENARIO.yaml`: who is hit when a link of the AI economy breaks (docs/methods/stress.md). */

import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { MODEL_NAMES, type ModelName } from "../../core/contagion/models.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import type { CommonOptions, Io } from "../context.ts";
import { usageError } from "../errors.ts";
import { progressLine } from "../progress.ts";
import { capWorkers } from "../workers.ts";
import { common, loadContext, type Runner } from "./shared.ts";

type StressCli = CommonOptions & {
  model?: string;
  runs?: string;
  seed?: string;
  workers?: string;
  wide?: boolean;
};

/** A whole number within bounds, or a usage error naming the flag. */
function count(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || n < min || n > max)
    throw max === Number.MAX_SAFE_INTEGER
      ? usageError("option-at-least", { option: flag, min: String(min), value })
      : usageError("option-range", { option: flag, min: String(min), max: String(max), value });
  return n;
}

export function registerStress(program: Command, { io, setExit }: Runner): void {
  common(
    program
      .command("stress")
      .argument("<scenario>")
      .option("--model <name>")
      .option("--runs <n>")
      .option("--seed <n>")
      .option("--wide")
      .option("--workers <n>"),
  ).action(async (file: string, options: StressCli) => {
    if (options.model !== undefined && !(MODEL_NAMES as readonly string[]).includes(options.model)) {
      throw usageError("option-choice", {
        option: "--model",
        values: MODEL_NAMES.join(", "),
        value: options.model,
      });
    }
    const { stressCommand } = await import("../commands/stress.ts");
    const runs = count("--runs", options.runs, 1, 100_000_000);
    const seed = count("--seed", options.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) ?? 1;
    // Any whole number is accepted and capped at the cores (said on stderr), as for ledger scan.
    const asked = count("--workers", options.workers, 0, Number.MAX_SAFE_INTEGER);
    const { lang, asOf, json, dataset } = await loadContext(io, options);
    const workers = asked === undefined ? Math.min(2, availableParallelism()) : capWorkers(asked, io, lang);
    const interrupt = sigintAbort(io, lang);
    try {
      setExit(
        await stressCommand(
          file,
          dataset,
          {
            lang,
            json,
            asOf,
            ...(options.wide ? { wide: true } : {}),
            ...(options.model ? { model: options.model as ModelName } : {}),
            monteCarlo: {
              ...(runs !== undefined ? { runs } : {}),
              seed,
              workers,
              signal: interrupt.signal,
              progress: progressLine(!json, lang),
            },
          },
          io,
        ),
      );
    } finally {
      interrupt.dispose();
    }
  });
}

/** The first Ctrl-C aborts the run (what was done is printed, marked partial); the second exits at once. */
function sigintAbort(io: Io, lang: Language): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr(message(lang, "cli.monteCarlo.interrupt"));
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  return { signal: controller.signal, dispose: () => process.off("SIGINT", onSigint) };
}
