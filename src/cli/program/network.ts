/** `halqa network solve FILE`: contagion models on a plain financial network (docs/network-format.md). */
import type { Command } from "commander";
import { resolveLang } from "../context.ts";
import { usageError } from "../errors.ts";
import type { Runner } from "./shared.ts";

type SolveCli = {
  model?: string;
  alpha?: string;
  beta?: string;
  lgd?: string;
  recovery?: string;
  maturity?: string;
  externalSeniority?: string;
  valuation?: string;
  blackCoxAssets?: string;
  zeroEquityDefault?: boolean;
  json?: boolean;
  lang?: string;
};

export function registerNetwork(program: Command, { io, setExit }: Runner): void {
  const network = program.command("network");
  network
    .command("solve")
    .argument("<file>")
    .option("--model <name>")
    .option("--alpha <a>")
    .option("--beta <b>")
    .option("--lgd <x>")
    .option("--recovery <r>")
    .option("--valuation <v>")
    .option("--black-cox-assets <a>")
    .option("--maturity <years>")
    .option("--external-seniority <s>")
    .option("--zero-equity-default")
    .option("--json")
    .option("--lang <lang>")
    .action(async (file: string, options: SolveCli) => {
      const { networkSolveCommand } = await import("../commands/network-solve.ts");
      const overrides: Record<string, unknown> = {};
      for (const key of ["alpha", "beta", "lgd", "recovery"] as const) {
        const value = options[key];
        if (value !== undefined) overrides[key] = fraction(`--${key}`, value);
      }
      if (options.maturity !== undefined) {
        const years = Number(options.maturity);
        // Infinity (or 1e309) is no maturity: refused, as NaN and 0 are.
        if (!(years > 0) || !Number.isFinite(years))
          throw usageError("option-positive-years", { option: "--maturity", value: options.maturity });
        overrides.maturity = years;
      }
      if (options.externalSeniority !== undefined) {
        if (!["pari-passu", "senior"].includes(options.externalSeniority)) {
          throw usageError("option-choice", {
            option: "--external-seniority",
            values: "pari-passu, senior",
            value: options.externalSeniority,
          });
        }
        overrides.externalSeniority = options.externalSeniority;
      }
      if (options.valuation !== undefined) {
        overrides.valuation = choice("--valuation", options.valuation, [
          "eisenberg-noe",
          "furfine",
          "black-cox",
          "linear-debtrank",
        ]);
      }
      if (options.blackCoxAssets !== undefined) {
        overrides.blackCoxAssets = choice("--black-cox-assets", options.blackCoxAssets, [
          "external",
          "total",
        ]);
      }
      if (options.zeroEquityDefault) overrides.zeroEquityIsDefault = true;
      setExit(
        await networkSolveCommand(
          file,
          {
            lang: resolveLang(io, options.lang),
            json: !!options.json,
            ...(options.model !== undefined ? { model: options.model } : {}),
            options: overrides,
          },
          io,
        ),
      );
    });
}

function fraction(name: string, value: string): number {
  const x = Number(value);
  if (value.trim() === "" || !(x >= 0 && x <= 1))
    throw usageError("option-fraction", { option: name, value });
  return x;
}

function choice(name: string, value: string, allowed: string[]): string {
  if (!allowed.includes(value))
    throw usageError("option-choice", { option: name, values: allowed.join(", "), value });
  return value;
}
