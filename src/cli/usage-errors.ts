/**
 * The parser's (commander's) usage errors in the run's language. Commander writes them in English
 * ("error: unknown option '--bogus'") before halqa's code runs; under --lang ar the help after them was
 * Arabic and the error itself English. English passes through unchanged; Arabic is recognised by
 * commander's fixed wording (commander 14, lib/command.js and lib/suggestSimilar.js) and said anew;
 * a wording it does not know stays as commander wrote it, never dropped.
 */
import type { Lang } from "../i18n/lang.ts";
import { message } from "../i18n/message.ts";

const PATTERNS: { re: RegExp; say: (m: RegExpExecArray, lang: Lang) => string }[] = [
  {
    re: /^error: unknown option '([^']*)'/,
    say: (m, l) => message(l, "cli.usage.unknownOption", { flag: m[1] }),
  },
  {
    re: /^error: unknown command '([^']*)'/,
    say: (m, l) => message(l, "cli.usage.unknownCommand", { name: m[1] }),
  },
  {
    re: /^error: missing required argument '([^']*)'/,
    say: (m, l) => message(l, "cli.usage.missingArgument", { name: m[1] }),
  },
  {
    re: /^error: option '([^']*)' argument missing/,
    say: (m, l) => message(l, "cli.usage.optionArgumentMissing", { flags: m[1] }),
  },
  {
    re: /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    say: (m, l) =>
      message(l, "cli.usage.invalidChoice", { flags: m[1], value: m[2], choices: m[3] as string }),
  },
  {
    re: /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    say: (m, l) =>
      message(l, "cli.usage.tooManyArguments", {
        command: m[1] ?? "none",
        expected: Number(m[2]),
        got: m[3] as string,
      }),
  },
];

/** Commander's error text in `lang` (its suggestion line included); any other text as it is. */
export function localizeUsageError(text: string, lang: Lang): string {
  if (lang === "en") return text;
  for (const { re, say } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const one = /\(Did you mean ([^ ?]+)\?\)/.exec(rest);
    const many = /\(Did you mean one of (.+)\?\)/.exec(rest);
    const hint = many
      ? message(lang, "cli.usage.didYouMeanOneOf", { names: many[1] as string })
      : one
        ? message(lang, "cli.usage.didYouMean", { name: one[1] as string })
        : "";
    return `${say(m, lang)}${hint ? `\n${hint}` : ""}${text.endsWith("\n") ? "\n" : ""}`;
  }
  return text;
}
