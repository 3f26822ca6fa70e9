/**
 * The one phrasing of a model error (src/core/errors.ts) for every face. Core throws a code, a path
 * and values; the CLI, the API, the Monte Carlo stream and the pages turn them into a sentence here,
 * from `problem.model.*` in the catalogue. i18n imports nothing from core, so the error arrives as its
 * data (`ModelError.toData()` has this shape, and so does what a worker thread posts).
 */
import { formatNum, formatPercent, inRunDigits } from "./format.ts";
import type { Lang } from "./lang.ts";
import { type MessageValues, messageOrKey } from "./message.ts";

export type ModelFault = {
  code: string;
  path: readonly (string | number)[];
  values: Readonly<Record<string, unknown>>;
};

/** Values that are fractions of a whole, shown as percentages ("over-held": 120%). */
const PERCENT_VALUES = new Set(["share", "total"]);
/** Values that are counts, passed as numbers so that plural rules read them. */
const COUNT_VALUES = new Set(["iterations"]);

/** Flags a message selects on, false unless the error says otherwise (ICU needs every argument). */
const FLAGS = { maxExcluded: false, sampled: false } as const;

/** The sentence for a fault, without the field it is about ("must lie between 0 and 1 (got 1.5)"). */
export function modelFaultMessage(lang: Lang, fault: ModelFault): string {
  const values: Record<string, MessageValues[string]> = { ...FLAGS };
  for (const [name, value] of Object.entries(fault.values)) values[name] = shown(lang, name, value);
  try {
    return messageOrKey(lang, `problem.model.${fault.code}`, values);
  } catch {
    // A value the message names is missing: say what is known rather than fail while reporting a fault.
    const known = Object.entries(values).filter(([name]) => !(name in FLAGS));
    return `${fault.code} (${known.map(([name, value]) => `${name} ${String(value)}`).join(", ")})`;
  }
}

/** The field at fault, then the sentence: "model.lgd: must lie between 0 and 1 (got 1.5)". */
export function modelFaultText(
  lang: Lang,
  fault: ModelFault,
  prefix: readonly (string | number)[] = [],
): string {
  const where = faultPath([...prefix, ...fault.path]);
  const text = modelFaultMessage(lang, fault);
  return where ? `${where}: ${text}` : text;
}

/** A path as the user wrote it: "shocks[0].share". */
export function faultPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, seg) => (typeof seg === "number" ? `${text}[${seg}]` : text ? `${text}.${seg}` : seg),
    "",
  );
}

function shown(lang: Lang, name: string, value: unknown): MessageValues[string] {
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  if (COUNT_VALUES.has(name) && Number.isFinite(value)) return value;
  if (PERCENT_VALUES.has(name) && Number.isFinite(value)) return formatPercent(lang, value * 100);
  return plainNumber(lang, value);
}

/** Enough digits to see what was wrong: 1.5, 0.0001, 3.2e-7, NaN, −∞ — never rounded to 0. */
function plainNumber(lang: Lang, value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  if (value !== 0 && Math.abs(value) < 1e-4) return inRunDigits(lang, value.toExponential(2));
  return formatNum(lang, value, 6);
}
