/** `halqa power` and `halqa funding`: the physical and the financial limits of the build-out. */
import type { Command } from "commander";
import { BASES, type Basis } from "../../core/flows/expand.ts";
import { message } from "../../i18n/message.ts";
import { type CommonOptions, type Io, parseChoice, parseYear, resolveLang } from "../context.ts";
import { CliError, usageError } from "../errors.ts";
import { common, exactWhole, loadContext, type Runner } from "./shared.ts";

type PowerCli = CommonOptions & {
  basis: string;
  from?: string;
  to?: string;
  wide?: boolean;
  entity?: string;
  site?: string;
  delayMonths?: string;
  region?: string;
};

type FundingCli = CommonOptions & {
  basis: string;
  from?: string;
  to?: string;
  growth?: string;
  wide?: boolean;
};

/** First and last year, with defaults, checked in order (exit 2 with a message in the chosen language). */
function yearRange(
  io: Io,
  options: { from?: string; to?: string; lang?: string },
  defaults: [number, number],
): [number, number] {
  const from = parseYear("--from", options.from) ?? defaults[0];
  const to = parseYear("--to", options.to) ?? Math.max(defaults[1], from);
  if (from > to)
    throw new CliError(
      message(resolveLang(io, options.lang), "cli.funding.fromAfterTo", {
        from: String(from),
        to: String(to),
      }),
    );
  // Each year is modelled (and, for funding, modelled again by the growth search): --from 1000 --to
  // 9999 ran for minutes. A century holds every year the data and its forecasts reach.
  if (to - from + 1 > MAX_WINDOW_YEARS)
    throw usageError("option-span", { from: String(from), to: String(to), max: MAX_WINDOW_YEARS });
  return [from, to];
}

/** The most years a power or funding window may span. */
const MAX_WINDOW_YEARS = 100;

/** Exit 2 for an unknown entity, in the chosen language, with close ids suggested. */
function knownEntity(io: Io, ids: readonly string[], id: string | undefined, lang: string | undefined): void {
  if (id === undefined || ids.includes(id)) return;
  const close = ids.filter((x) => x.includes(id) || id.includes(x)).slice(0, 5);
  throw new CliError(
    message(resolveLang(io, lang), "cli.funding.unknownEntity", { id, close: close.join(", ") }),
  );
}

export function registerPower(program: Command, { io, setExit }: Runner): void {
  common(
    program
      .command("power")
      .option("--basis <basis>", "", "announced")
      .option("--from <year>")
      .option("--to <year>")
      .option("--entity <id>")
      .option("--site <id>")
      .option("--delay-months <m>")
      .option("--region <r>")
      .option("--wide"),
  ).action(async (options: PowerCli) => {
    const [fromYear, toYear] = yearRange(io, options, [2024, 2030]);
    const basis = parseChoice("--basis", options.basis, BASES) as Basis;
    let delayMonths: number | undefined;
    if (options.delayMonths !== undefined) {
      if (!/^\d+$/.test(options.delayMonths))
        throw usageError("option-months", { option: "--delay-months", value: options.delayMonths });
      delayMonths = exactWhole("--delay-months", options.delayMonths);
    }
    const { powerCommand } = await import("../commands/power.ts");
    const ctx = await loadContext(io, options);
    knownEntity(
      io,
      ctx.dataset.entities.map((e) => e.id),
      options.entity,
      options.lang,
    );
    setExit(
      powerCommand(
        ctx.dataset,
        {
          lang: ctx.lang,
          json: ctx.json,
          asOf: ctx.asOf,
          basis,
          fromYear,
          toYear,
          ...(options.entity !== undefined ? { entity: options.entity } : {}),
          ...(options.site !== undefined ? { site: options.site } : {}),
          ...(delayMonths !== undefined ? { delayMonths } : {}),
          ...(options.region !== undefined ? { region: options.region } : {}),
          ...(options.wide ? { wide: true } : {}),
        },
        io,
      ),
    );
  });

  common(
    program
      .command("funding")
      .argument("<entity>")
      .option("--basis <basis>", "", "committed")
      .option("--from <year>")
      .option("--to <year>")
      .option("--growth <g>")
      .option("--wide"),
  ).action(async (id: string, options: FundingCli) => {
    const [fromYear, toYear] = yearRange(io, options, [2024, 2030]);
    const basis = parseChoice("--basis", options.basis, BASES) as Basis;
    let growth: number | undefined;
    if (options.growth !== undefined) {
      growth = Number(options.growth);
      if (options.growth.trim() === "" || !Number.isFinite(growth) || growth <= -1)
        throw usageError("option-growth", { option: "--growth", value: options.growth });
    }
    const { fundingCommand } = await import("../commands/funding.ts");
    const ctx = await loadContext(io, options);
    knownEntity(
      io,
      ctx.dataset.entities.map((e) => e.id),
      id,
      options.lang,
    );
    setExit(
      fundingCommand(
        ctx.dataset,
        {
          lang: ctx.lang,
          json: ctx.json,
          asOf: ctx.asOf,
          basis,
          entity: id,
          fromYear,
          toYear,
          ...(growth !== undefined ? { growth, growthText: options.growth } : {}),
          ...(options.wide ? { wide: true } : {}),
        },
        io,
      ),
    );
  });
}
