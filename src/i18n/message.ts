/**
 * Formats a message of the one catalogue (messages/index.ts) with ICU MessageFormat (FormatJS's
 * intl-messageformat): CLDR plural rules, select for gender and for optional parts, numbers in the run's
 * digit system. Values that are amounts, dates or units are formatted by format.ts first and passed as
 * strings; counts are passed as numbers so that plural rules can read them; lists are joined with the
 * language's comma (joinList: "a, b", "أ، ب").
 */
import { IntlMessageFormat } from "intl-messageformat";
import { joinList, numberLocale } from "./format.ts";
import type { Lang } from "./lang.ts";
import { type Catalogue, catalogueAr, catalogueEn, type MessageKey } from "./messages/index.ts";
import type { MessageTree } from "./messages/tree.ts";

export type MessageValue = string | number | boolean | readonly string[] | null | undefined;
export type MessageValues = Readonly<Record<string, MessageValue>>;

const compiled = new Map<string, IntlMessageFormat>();

export function catalogueOf(lang: Lang): Catalogue {
  return lang === "ar" ? catalogueAr : catalogueEn;
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

function formatKey(lang: Lang, key: string, values: MessageValues): string {
  const locale = numberLocale(lang);
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const source = messageSource(lang, key);
    if (source === undefined) throw new Error(`no message "${key}" in the ${lang} catalogue`);
    format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  const prepared: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) prepared[name] = prepare(lang, value);
  return String(format.format(prepared));
}

function prepare(lang: Lang, value: MessageValue): string | number {
  if (Array.isArray(value)) return joinList(lang, value as readonly string[]);
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return value as string | number;
}
