/**
 * What every command needs: where to print, which language, the as-of date (the clock lives here, at
 * the edge, never in core), and the dataset loaded or its problems reported.
 */
import { DIGIT_SYSTEMS, type Digits } from "../i18n/format.ts";
import { LANGUAGES, type Language } from "../i18n/index.ts";
import { langOfTag } from "../i18n/lang.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { isValidIsoDate } from "../schema/primitives.ts";
import { usageError } from "./errors.ts";
import { escapeControl } from "./format.ts";

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date, ISO yyyy-mm-dd (injected so tests pin it). */
  today: () => string;
  env: Record<string, string | undefined>;
};

export const processIo: Io = {
  // Every line the CLI prints passes here: control characters from user data are escaped (format.ts).
  stdout: (text) => process.stdout.write(escapeControl(text.endsWith("\n") ? text : `${text}\n`)),
  stderr: (text) => process.stderr.write(escapeControl(text.endsWith("\n") ? text : `${text}\n`)),
  today: () => new Date().toISOString().slice(0, 10),
  env: process.env,
};

export type CommonOptions = { lang?: string; asOf?: string; data?: string; json?: boolean };

export function resolveLang(io: Io, value: string | undefined): Language {
  const given = value ?? io.env.HALQA_LANG ?? "en";
  // A language tag as BCP 47 reads it: "AR" and "ar-SA" are Arabic (langOfTag).
  const lang = langOfTag(given);
  if (lang === undefined) {
    throw usageError("option-choice", { option: "--lang", values: LANGUAGES.join(", "), value: given });
  }
  return lang;
}

/** --digits, else $HALQA_DIGITS, else Western digits (the Arabic press's choice; docs/arabic-style.md). */
export function resolveDigits(io: Io, value: string | undefined): Digits {
  const digits = value ?? io.env.HALQA_DIGITS ?? "latn";
  if (!(DIGIT_SYSTEMS as readonly string[]).includes(digits)) {
    throw usageError("option-choice", {
      option: "--digits",
      values: DIGIT_SYSTEMS.join(", "),
      value: digits,
    });
  }
  return digits as Digits;
}

export function resolveAsOf(io: Io, value: string | undefined): string {
  const asOf = value ?? io.today();
  if (!isValidIsoDate(asOf)) throw usageError("option-date", { option: "--as-of", value: asOf });
  return asOf;
}

export function resolveDataDir(value: string | undefined): string {
  return value ?? BUNDLED_DATA_DIR;
}

export function parseYear(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw usageError("option-year", { option: name, value });
  return Number(value);
}

export function parseChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw usageError("option-choice", { option: name, values: choices.join(", "), value });
  }
  return value as T;
}
