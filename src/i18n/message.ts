/**
 * Formats a message of the one catalogue (messages/index.ts) with ICU MessageFormat (FormatJS's
 * intl-messageformat): CLDR plural rules, select for gender and for optional parts, numbers in the run's
 * digit system. Values that are amounts, dates or units are formatted by format.ts first and passed as
 * strings; counts are passed as numbers so that plural rules can read them (and are printed grouped, in
 * the run's digits, wherever the message shows them); lists are joined with the
 * language's comma (joinList: "a, b", "أ، ب").
 */
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { type Formatters, IntlMessageFormat } from "intl-messageformat";
import { joinList, numberLocale, percentSign } from "./format.ts";
import type { Lang } from "./lang.ts";
import { type Catalogue, catalogueAr, catalogueEn, type MessageKey } from "./messages/index.ts";
import type { MessageTree } from "./messages/tree.ts";

export type MessageValue = string | number | boolean | readonly string[] | null | undefined;
export type MessageValues = Readonly<Record<string, MessageValue>>;

type Compiled = {
  format: IntlMessageFormat;
  /** every argument printed as it is; an absent one reads as empty text, never as an error */
  printed: ReadonlySet<string>;
  selects: ReadonlySet<string>;
  plurals: ReadonlySet<string>;
};
const compiled = new Map<string, Compiled>();

/**
 * The trees messages are read from. Node has both from the start; the dashboard's build ships the
 * page language's tree only (vite.config.ts leaves the Arabic parts out of the first bundle) and
 * installs Arabic when a page asks for it (web/src/i18n/load-language.ts).
 */
const catalogues: Record<Lang, Catalogue> = { en: catalogueEn, ar: catalogueAr };

export function catalogueOf(lang: Lang): Catalogue {
  return catalogues[lang];
}

/** Replaces a language's tree (the dashboard's lazily loaded Arabic); compiled messages are dropped. */
export function installCatalogue(lang: Lang, tree: Catalogue): void {
  catalogues[lang] = tree;
  compiled.clear();
}

/** The raw ICU text of a key, or undefined when no message has that key (for keys built at run time). */
export function messageSource(lang: Lang, key: string): string | undefined {
  let node: string | MessageTree | undefined = catalogueOf(lang) as MessageTree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function hasMessage(lang: Lang, key: string): key is MessageKey {
  return messageSource(lang, key) !== undefined;
}

/** The message of `key` in `lang`. Throws on a key the catalogue lacks: the compiler checks literal keys. */
export function message(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  return formatKey(lang, key, values);
}

/** As `message`, for keys built at run time (problem codes): an unknown key reads as itself. */
export function messageOrKey(lang: Lang, key: string, values: MessageValues = {}): string {
  return messageSource(lang, key) === undefined ? key : formatKey(lang, key, values);
}

/** The names of the arguments a message counts on (its plurals), for callers that prepare values. */
export function countArguments(lang: Lang, key: string): ReadonlySet<string> {
  return messageSource(lang, key) === undefined ? new Set() : compile(lang, key).plurals;
}

function formatKey(lang: Lang, key: string, values: MessageValues): string {
  const entry = compile(lang, key);
  const prepared: Record<string, string | number> = {};
  for (const name of entry.printed) prepared[name] = "";
  for (const [name, value] of Object.entries(values)) prepared[name] = prepare(lang, value);
  for (const name of entry.selects) prepared[name + SELECT] = selector(values[name]);
  for (const name of entry.plurals) {
    const value = values[name];
    prepared[name + COUNT] = count(value);
    // A count printed in its own plural branch ({n, plural, other {{n} files}}) reads as every number
    // does: grouped, in the run's digits ("1,037"), as `#` would print it.
    // A count past 10^15 (a typed 1e308, refused) in scientific notation: grouped, it ran to 409 characters.
    if (typeof value === "number" && Number.isFinite(value))
      prepared[name] = FORMATTERS.getNumberFormat(
        numberLocale(lang),
        Math.abs(value) >= HUGE_COUNT ? { notation: "scientific", maximumSignificantDigits: 3 } : undefined,
      ).format(value);
  }
  const text = String(entry.format.format(prepared));
  // With Arabic-Indic digits the percent sign after a number is the Arabic one (٪), as percentSign says.
  return lang === "ar" && percentSign("ar") !== "%" ? text.replace(/([\u0660-\u0669])%/g, "$1٪") : text;
}

/** Counts from here on are printed in scientific notation (no count halqa makes comes near it). */
const HUGE_COUNT = 1e15;

function compile(lang: Lang, key: string): Compiled {
  const locale = numberLocale(lang);
  const cacheKey = `${locale}\u0000${key}`;
  let entry = compiled.get(cacheKey);
  if (!entry) {
    const source = messageSource(lang, key);
    if (source === undefined) throw new Error(`no message "${key}" in the ${lang} catalogue`);
    const ast = parse(source, { ignoreTag: true });
    const printed = new Set<string>();
    const selects = new Set<string>();
    const plurals = new Set<string>();
    renameChoiceArguments(ast, printed, selects, plurals);
    const format = new IntlMessageFormat(ast, locale, undefined, { ignoreTag: true, formatters: FORMATTERS });
    entry = { format, printed, selects, plurals };
    compiled.set(cacheKey, entry);
  }
  return entry;
}

/**
 * One set of Intl formatters for every message. By default each message builds its own plural rules
 * and number formats on first use; a page that shows a hundred messages paid for a hundred of each
 * (the dashboard's profile put the catalogue's start-up among the costliest script on first render).
 */
function memoized<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}
const FORMATTERS: Formatters = {
  // FormatJS types its options a little wider than TypeScript's Intl; the values pass through as given.
  getNumberFormat: memoized(
    (locales?: string | string[], options?: object) =>
      new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions),
  ),
  getDateTimeFormat: memoized(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getPluralRules: memoized(
    (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  ),
};

/**
 * Each message also resolves its locale against the engine's supported locales when it is built, the
 * same two or three locales every time; resolving each once is the library's own result, kept.
 */
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolved = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  const key = String(locales);
  if (!resolved.has(key)) resolved.set(key, resolveLocale(locales));
  return resolved.get(key);
};

const SELECT = "\u0000select";
const COUNT = "\u0000count";

/**
 * Selects and plurals read their own copy of an argument (`name` + SELECT / COUNT), so that the same
 * value can also be printed as it is elsewhere in the message ({by, select, none {…} other {{by}}}).
 */
function renameChoiceArguments(
  elements: MessageFormatElement[],
  printed: Set<string>,
  selects: Set<string>,
  plurals: Set<string>,
): void {
  for (const element of elements) {
    if (element.type === TYPE.argument) printed.add(element.value);
    if (element.type === TYPE.select) {
      selects.add(element.value);
      element.value += SELECT;
    }
    if (element.type === TYPE.plural) {
      plurals.add(element.value);
      element.value += COUNT;
    }
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options))
        renameChoiceArguments(option.value, printed, selects, plurals);
    }
  }
}

/**
 * The branch a select takes: an absent, empty or false value (or an empty list) is "none"; select
 * keys are identifiers, so a code such as "not-finite" selects `not_finite`.
 */
function selector(value: MessageValue): string {
  if (value === null || value === undefined || value === false || value === "") return "none";
  if (Array.isArray(value)) return value.length === 0 ? "none" : "some";
  return String(value).replace(/-/g, "_");
}

/** A count for plural rules; a count that arrives formatted ("1,234", "١٬٢٣٤") is read back as a number. */
function count(value: MessageValue): number {
  if (typeof value === "number") return value;
  const plain = String(value ?? "")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[,\u066c]/g, "")
    .replace(/\u066b/g, ".");
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

function prepare(lang: Lang, value: MessageValue): string | number {
  if (Array.isArray(value)) return joinList(lang, value as readonly string[]);
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return value as string | number;
}
