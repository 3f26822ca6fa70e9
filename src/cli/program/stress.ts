/** `halqa stress SCENARIO.yaml`: who is hit when a link of the AI economy breaks (docs/methods/stress.md). */
import type { Command } from "commander";
import { MODEL_NAMES, type ModelName } from "../../core/contagion/models.ts";
import type { CommonOptions } from "../context.ts";
import { CliError } from "../errors.ts";
import { common, loadContext, type Runner } from "./shared.ts";

type StressCli = CommonOptions & { model?: string };

export function registerStress(program: Command, { io, setExit }: Runner): void {
  common(
    program
      .command("stress")
      .description("run a stress scenario on the dataset: defaults by wave, losses, unfunded deals")
      .argument("<scenario>", "scenario YAML (scenarios/*.yaml)")
      .option("--model <name>", `override the scenario's model: ${MODEL_NAMES.join(", ")}`),
  ).action(async (file: string, options: StressCli) => {
    if (options.model !== undefined && !(MODEL_NAMES as readonly string[]).includes(options.model)) {
      throw new CliError(`--model must be one of ${MODEL_NAMES.join(", ")} (got "${options.model}")`);
    }
    const { stressCommand } = await import("../commands/stress.ts");
    const { lang, asOf, json, dataset } = await loadContext(io, options);
    setExit(
      await stressCommand(
        file,
        dataset,
        { lang, json, asOf, ...(options.model ? { model: options.model as ModelName } : {}) },
        io,
      ),
    );
  });
}
