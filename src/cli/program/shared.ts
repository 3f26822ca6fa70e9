/** Options and parsing shared by the commands' registrations. */
import type { Command } from "commander";
import { BASES, type Basis } from "../../core/flows/expand.ts";
import { closestMatches } from "../../core/reports/entity-search.ts";
import type { Lang } from "../../i18n/lang.ts";
import { message } from "../../i18n/message.ts";
import {
  type CommonOptions,
  type Io,
  parseChoice,
  parseYear,
  resolveAsOf,
  resolveDataDir,
  resolveLang,
} from "../context.ts";
import { CliError, usageError } from "../errors.ts";

/** Each registration sets the exit code of the command it ran. */
export type Runner = { io: Io; setExit: (code: number) => void };

export function common(command: Command, { data = true } = {}): Command {
  if (data) command.option("--data <dir>");
  return command.option("--as-of <date>").option("--lang <lang>").option("--json");
}

/** --basis, --year, --from, --to. */
export function windowed(command: Command, defaultBasis: Basis): Command {
  return command
    .option("--basis <basis>", "", defaultBasis)
    .option("--year <year>")
    .option("--from <year>")
    .option("--to <year>");
}

export type WindowOptions = { basis: string; year?: string; from?: string; to?: string };

/** --include-reported: count deals that only the press reports (talks, rumours) on the announced basis. */
export function withReported(command: Command): Command {
  return command.option("--include-reported");
}

export function parseReported(options: { includeReported?: boolean }): { includeReported?: true } {
  return options.includeReported ? { includeReported: true } : {};
}

export function parseWindow(options: WindowOptions): { basis: Basis; fromYear?: number; toYear?: number } {
  const year = parseYear("--year", options.year);
  if (year !== undefined && (options.from !== undefined || options.to !== undefined)) {
    throw usageError("option-year-and-range", {});
  }
  const fromYear = year ?? parseYear("--from", options.from);
  const toYear = year ?? parseYear("--to", options.to);
  if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) {
    throw usageError("option-order", { from: fromYear, to: toYear });
  }
  return {
    basis: parseChoice("--basis", options.basis, BASES) as Basis,
    ...(fromYear !== undefined ? { fromYear } : {}),
    ...(toYear !== undefined ? { toYear } : {}),
  };
}

export async function loadContext(io: Io, options: CommonOptions) {
  const lang = resolveLang(io, options.lang);
  const asOf = resolveAsOf(io, options.asOf);
  const { requireDataset } = await import("../load.ts");
  const dataset = await requireDataset(resolveDataDir(options.data), lang, io);
  return { lang, asOf, json: !!options.json, dataset };
}

/**
 * A whole number as typed, refused past 2^53 − 1: beyond it a number is rounded (99999999999999999999
 * read as 1e20, two different seeds as one), so the run would not be the one asked for.
 */
export function exactWhole(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw usageError("option-too-large", { option: name, value, max: String(Number.MAX_SAFE_INTEGER) });
  return n;
}

export function positiveInt(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw usageError("option-positive-int", { option: name, value });
  return exactWhole(name, value);
}

export function nonNegativeInt(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw usageError("option-whole", { option: name, value });
  return exactWhole(name, value);
}

export function nonNegativeNumber(name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) {
    throw usageError("option-non-negative", { option: name, value });
  }
  return n;
}

/** A comma-separated list whose items must each be one of `choices`. */
export function parseList<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
): T[] | undefined {
  return value?.split(",").map((item) => parseChoice(name, item.trim(), choices) as T);
}

/**
 * Fails with exit 2 when an entity id is unknown, suggesting the closest ids (those containing it, then
 * by edit distance: a typo such as "nvidai" finds nvidia), in the run's language.
 */
export function requireEntity(
  ctx: { dataset: { entities: readonly { id: string }[] }; lang: Lang },
  id: string | undefined,
): void {
  if (id === undefined) return;
  const ids = ctx.dataset.entities.map((e) => e.id);
  if (ids.includes(id)) return;
  const close = closestMatches(ids, (x) => [x], id, 5);
  throw new CliError(message(ctx.lang, "cli.funding.unknownEntity", { id, close: close.join(", ") }));
}
