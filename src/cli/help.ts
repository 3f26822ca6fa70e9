/**
 * Commander's help in the reader's language: every summary, argument, option and long text comes from
 * the catalogue (`cli.help.*`, messages/cli-help.{en,ar}.ts), put on the commands after they are
 * registered. Commander prints help while it parses the line, before any action could read `--lang`,
 * so the language is read from the raw arguments first (helpLanguage). In Arabic, what a reader types
 * stays as it is typed: a command is listed as its whole line ("halqa ledger scan [options] <file>"), an
 * option's default and choices as the option with its value ("--basis committed").
 */
import { type Argument, type Command, Help, type Option } from "commander";
import { MODEL_NAMES } from "../core/contagion/models.ts";
import { BASES } from "../core/flows/expand.ts";
import { EXPOSURE_MEASURES } from "../core/market/loop-exposure.ts";
import { LRI, PDI } from "../i18n/bidi.ts";
import { type Lang, langOfTag } from "../i18n/lang.ts";
import { hasMessage, message, messageOrKey } from "../i18n/message.ts";
import { DealType, FlowKind } from "../schema/deal.ts";

const HELP = "cli.help";

/**
 * The language of the help: `--lang X` or `--lang=X` anywhere on the line (the last one wins, as
 * commander reads options), else $HALQA_LANG, else English. An unknown value gives English help; the
 * command itself then refuses it.
 */
export function helpLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  let lang = env.HALQA_LANG;
  argv.forEach((arg, i) => {
    if (arg === "--lang") lang = argv[i + 1];
    else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
  });
  return langOfTag(lang) ?? "en";
}

/** The lists the help texts name, from the code that defines them (one spelling everywhere). */
function lists(lang: Lang, port: number): Record<string, string> {
  // English lists them in prose; Arabic as the alternatives a reader types after the option.
  const list = (values: readonly string[]) => values.join(lang === "ar" ? " | " : ", ");
  return {
    bases: list(BASES),
    kinds: list(FlowKind.options),
    // Typed after --types as they are given, comma-separated.
    types: DealType.options.slice(0, 4).join(","),
    models: list(MODEL_NAMES),
    measures: list(EXPOSURE_MEASURES),
    port: String(port),
  };
}

/** Puts the catalogue's help texts in `lang` on the program and every command under it. */
export function localizeHelp(program: Command, lang: Lang, port: number): void {
  const values = lists(lang, port);
  const say = (key: string) => (hasMessage(lang, key) ? message(lang, key as never, values) : undefined);
  const walk = (command: Command, path: string[]) => {
    const base = `${HELP}.commands.${path.length > 0 ? path.join("-") : "halqa"}`;
    const summary = say(`${base}.summary`);
    if (summary !== undefined) command.description(summary);
    for (const argument of command.registeredArguments as Argument[]) {
      const text = say(`${base}.arguments.${argument.name()}`);
      if (text !== undefined) argument.description = text;
    }
    for (const option of command.options as Option[]) {
      const flag = option.long ?? option.short ?? "";
      const text = say(`${base}.options.${flag}`) ?? say(`${HELP}.options.${flag}`);
      if (text !== undefined) option.description = text;
    }
    const after = say(`${base}.after`);
    if (after !== undefined) command.addHelpText("after", `\n${after}`);
    command.helpOption("-h, --help", message(lang, "cli.help.helpOption"));
    command.configureHelp(helpFormat(lang, path));
    if (command.commands.length > 0)
      command.helpCommand("help [command]", message(lang, "cli.help.helpCommand"));
    for (const sub of command.commands) walk(sub, [...path, sub.name()]);
  };
  walk(program, []);
}

const TITLES: Record<string, string> = {
  "Usage:": "usage",
  "Arguments:": "arguments",
  "Options:": "options",
  "Commands:": "commands",
};

/** The parts of commander's help that are words: section titles, defaults and choices, command terms. */
function helpFormat(lang: Lang, path: readonly string[]): Partial<Help> {
  const plain = new Help();
  return {
    styleTitle: (title: string) =>
      TITLES[title] ? messageOrKey(lang, `${HELP}.titles.${TITLES[title]}`) : title,
    ...(lang === "ar"
      ? {
          optionDescription: (option: Option) => optionDescriptionAr(option),
          argumentTerm: (argument: Argument) => `${LRI}<${argument.name()}>${PDI}`,
          // "-h, --help" isolated whole (the output's isolates start at a letter or "--", not at "-h").
          optionTerm: (option: Option) => `${LRI}${plain.optionTerm(option)}${PDI}`,
          displayWidth: (text: string) => plain.displayWidth(text.replace(/[\u2066-\u2069]/g, "")),
          // The whole line a reader types: "halqa ledger scan [options] <file>".
          subcommandTerm: (sub: Command) =>
            `halqa ${[...path, sub.name()].join(" ")}${plain.subcommandTerm(sub).slice(sub.name().length)}`,
        }
      : {}),
  };
}

/** An option's text, then its choices and default as the option written with them ("--format json|csv"). */
function optionDescriptionAr(option: Option): string {
  const flag = option.long ?? option.short ?? "";
  const extra: string[] = [];
  if (option.argChoices)
    extra.push(message("ar", "cli.help.choices", { values: `${flag} ${option.argChoices.join("|")}` }));
  const value = option.defaultValue as unknown;
  const shown = option.required || option.optional;
  if (shown && value !== undefined && !(Array.isArray(value) && value.length === 0))
    extra.push(
      message("ar", "cli.help.default", {
        value: `${flag} ${option.defaultValueDescription ?? String(value)}`,
      }),
    );
  return extra.length > 0 ? `${option.description} (${extra.join("؛ ")})` : option.description;
}
