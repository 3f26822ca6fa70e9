/**
 * The command-line parser's own errors (commander), as halqa says them (`cli.usage.*`). English keeps
 * commander's wording; Arabic had printed it in English above the Arabic help.
 */
export const cliUsageEn = {
  unknownOption: "error: unknown option ''{flag}''",
  unknownCommand: "error: unknown command ''{name}''",
  missingArgument: "error: missing required argument ''{name}''",
  optionArgumentMissing: "error: option ''{flags}'' argument missing",
  tooManyArguments:
    "error: too many arguments{command, select, none {} other { for ''{command}''}}. Expected {expected, plural, one {# argument} other {# arguments}} but got {got}.",
  invalidChoice: "error: option ''{flags}'' argument ''{value}'' is invalid. Allowed choices are {choices}.",
  didYouMean: "(Did you mean {name}?)",
  didYouMeanOneOf: "(Did you mean one of {names}?)",
} as const;
