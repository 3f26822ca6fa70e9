/**
 * The sentence of a coded problem (`problem.<code>`) from the parameters its producer attached. Problems
 * carry raw facts (a size in bytes, a number as parsed, the two paths compared), and ICU messages do not
 * compute: the few facts a message's wording turns on are derived here and passed as named values.
 * Numbers other than counts are passed as written ("2025", not "2,025"): years, row numbers and raw
 * input read as the user wrote them.
 */
import { joinProse } from "./format.ts";
import type { Lang } from "./lang.ts";
import { countArguments, hasMessage, type MessageValues, message } from "./message.ts";

const MIB = 2 ** 20;

/** The message of a problem code, or the code itself for a code no catalogue knows (never throws). */
export function problemMessage(lang: Lang, code: string, params: Readonly<Record<string, unknown>>): string {
  const key = `problem.${code}`;
  if (!hasMessage(lang, key)) return code;
  const values = problemValues(key, params, countArguments(lang, key));
  return message(lang, key, {
    ...values,
    ...roleWords(lang, key, params),
    ...typeWords(lang, key, params),
  } as MessageValues);
}

/** The producers' names of a JSON value's kind, as select keys of `problem.invalid-type-word`. */
const TYPE_IDS: Record<string, string> = {
  "a list": "list",
  "a mapping": "mapping",
  "one of several shapes": "shapes",
};

/**
 * invalid-type names two kinds of value in the producers' English ("object", "a list", `text "abc"`,
 * "number 5"); an Arabic message read "المتوقع object، والموجود a list". Each kind is said in the
 * message's language, a value the producer quoted after it as given.
 */
function typeWords(
  lang: Lang,
  key: string,
  params: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  if (key !== "problem.invalid-type") return {};
  const word = (given: unknown): unknown => {
    if (typeof given !== "string") return given;
    const quoted = /^(text|number|boolean|bigint) (.+)$/s.exec(given);
    const kind = quoted?.[1] ?? given;
    const said = message(lang, "problem.invalid-type-word", { type: TYPE_IDS[kind] ?? kind });
    return quoted ? `${said} ${quoted[2]}` : said;
  };
  return { expected: word(params.expected), received: word(params.received) };
}

/**
 * A ledger problem names a column by the word the user knows ("time", "الوقت") and the flag that sets
 * it (--ts), never by the role's key: "cannot tell which column is ts" read as if the file lacked a
 * column called "ts".
 */
function roleWords(
  lang: Lang,
  key: string,
  params: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const word = (role: unknown) => message(lang, "cli.ledger.role", { role: String(role) });
  if (key === "problem.ledger-missing-columns" && Array.isArray(params.missing)) {
    const roles = params.missing as unknown[];
    // Joined as prose ("payer, payee and time", "الدافع، المستفيد والوقت"): the words are the sentence's own.
    const missing = joinProse(lang, roles.map(word));
    return { missing, flags: roles.map((r) => `--${String(r)}`), count: roles.length };
  }
  if (key === "problem.ledger-column-type") return { roleName: word(params.role) };
  return {};
}

/** Values for a message from its producer's parameters: kebab names camel-cased, non-count numbers as written. */
export function problemValues(
  key: string,
  params: Readonly<Record<string, unknown>>,
  counts: ReadonlySet<string>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [param, value] of Object.entries(params)) {
    const name = param.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    // A count keeps its number, so that it is written in the language's digits and grouping.
    values[name] = typeof value === "number" && !counts.has(name) ? String(value) : value;
  }
  switch (key) {
    case "problem.graph-too-large":
      values.mib = String(Math.ceil(Number(params.bytes) / MIB));
      values.limitMib = String(Number(params.limit) / MIB);
      break;
    case "problem.invalid-number":
    case "problem.ledger-bad-amount":
      values.infinite = Math.abs(Number(params.value)) === Number.POSITIVE_INFINITY;
      break;
    case "problem.output-is-input":
      values.sameFile = params.input === params.file;
      break;
  }
  return values;
}
