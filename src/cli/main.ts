/**
 * The `halqa` command: parse arguments → load → compute in core → print. Each command's registration
 * lives in src/cli/program/ and loads its implementation lazily, so `halqa --help` stays fast. Every
 * expected failure is a CliError with an exit code: 1 for bad data, 2 for bad usage; a core ModelError
 * is phrased by its code (2 for input the model cannot use, 1 for no convergence). Anything else is
 * a bug: one coded line (exit 1), and its stack only with HALQA_DEBUG=1.
 */
import { Command, CommanderError } from "commander";
import { isModelError } from "../core/errors.ts";
import { arabicCommas, isolateLatin } from "../i18n/bidi.ts";
import { currentDigits, setDigits } from "../i18n/format.ts";
import { problemMessage } from "../i18n/index.ts";
import type { Lang } from "../i18n/lang.ts";
import { outputDigits } from "../i18n/output-digits.ts";
import { type Io, processIo, resolveDigits } from "./context.ts";
import { CliError, cliErrorText, modelCliError } from "./errors.ts";
import { helpLanguage, localizeHelp } from "./help.ts";
import { registerAnalysis } from "./program/analysis.ts";
import { registerBrief } from "./program/brief.ts";
import { registerData } from "./program/data.ts";
import { registerFlows } from "./program/flows.ts";
import { registerLedger } from "./program/ledger.ts";
import { registerLoops } from "./program/loops.ts";
import { registerMarketAnalyses } from "./program/market-analyses.ts";
import { registerNetwork } from "./program/network.ts";
import { registerPower } from "./program/power.ts";
import { DEFAULT_PORT, registerServe } from "./program/serve.ts";
import { registerSheets } from "./program/sheets.ts";
import { registerStress } from "./program/stress.ts";
import { wrapProse } from "./prose.ts";
import { localizeUsageError } from "./usage-errors.ts";

const VERSION = "0.1.0";

/** Commands whose standard output is a document with its own direction (`halqa brief` prints HTML). */
const DOCUMENT_COMMANDS = new Set(["brief"]);

/**
 * The program with every command registered; its help in `helpLang` (main reads it from the raw line,
 * help.ts helpLanguage, since commander prints help before any action runs).
 */
export function buildProgram(io: Io, helpLang: Lang = "en"): { program: Command; exitCode: () => number } {
  const program = new Command("halqa")
    .description("Map and stress-test the circular AI economy: sourced deals, money flows, loops, exposure.")
    .version(VERSION)
    .showHelpAfterError()
    // Help is prose too: wrapped at 100 columns like every command's text (usage errors stay one line).
    .configureOutput({
      // Arabic help isolates what a reader types, as every Arabic output does (i18n/bidi.ts).
      writeOut: (text) => io.stdout(wrapProse(helpLang === "ar" ? arabicCommas(isolateLatin(text)) : text)),
      writeErr: io.stderr,
      // The parser's own errors in the run's language (usage-errors.ts), like every halqa error.
      outputError: (text, write) => write(localizeUsageError(text, helpLang)),
    })
    .exitOverride()
    .option(
      "--digits <system>",
      "digits in Arabic output: latn (Western, default) or arab (default: $HALQA_DIGITS or latn)",
    )
    // One digit system per run, set before any command formats a number (i18n/format.ts).
    .hook("preAction", (_program, action) => {
      setDigits(resolveDigits(io, program.opts<{ digits?: string }>().digits));
      const options = action.opts<{ lang?: string; json?: boolean; format?: string }>();
      // JSON, CSV and a JSON Schema are data for programs: no wrapping, no isolates, no digit changes.
      humanText = !options.json && options.format === undefined && action.name() !== "schema";
      arabicText = humanText && (options.lang ?? io.env.HALQA_LANG) === "ar";
      documentOut = DOCUMENT_COMMANDS.has(action.name());
    });
  let exitCode = 0;
  // Text for people has its prose wrapped at 100 columns (prose.ts) on stdout; a problem line on stderr
  // stays one line ("file:line [code] field: message"), for editors and grep. Arabic text also gets its
  // Latin fragments isolated and the Arabic comma between items (i18n/bidi.ts), and every number in the
  // run's one digit system (i18n/output-digits.ts). JSON and CSV stay as data.
  let humanText = true;
  let arabicText = false;
  // A command whose standard output is a document (HTML) sets its own direction and width: left as it is.
  let documentOut = false;
  const shown = (text: string, wrap: boolean) => {
    if (!humanText) return text;
    // Isolates first, so a Latin title the wrap cuts is closed and reopened whole on each line.
    const marked = arabicText ? arabicCommas(isolateLatin(text)) : text;
    const wrapped = wrap ? wrapProse(marked) : marked;
    return arabicText ? outputDigits(wrapped, currentDigits()) : wrapped;
  };
  const out: Io = {
    ...io,
    stdout: (text) => io.stdout(documentOut ? text : shown(text, true)),
    stderr: (text) => io.stderr(shown(text, false)),
  };
  const runner = { io: out, setExit: (code: number) => (exitCode = code) };
  registerData(program, runner);
  registerFlows(program, runner);
  registerLoops(program, runner);
  registerAnalysis(program, runner);
  registerServe(program, runner);
  registerNetwork(program, runner);
  registerStress(program, runner);
  registerMarketAnalyses(program, runner);
  registerPower(program, runner);
  registerLedger(program, runner);
  registerSheets(program, runner);
  registerBrief(program, runner);
  localizeHelp(program, helpLang, DEFAULT_PORT);
  return { program, exitCode: () => exitCode };
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const { program, exitCode } = buildProgram(io, helpLanguage(argv, io.env));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    // The run's language as help reads it: --lang ar, --lang=ar, or $HALQA_LANG (help.ts).
    const lang = helpLanguage(argv, io.env);
    // A model error no command placed in its file: phrased by its code all the same (core/errors.ts).
    const expected = isModelError(error) ? modelCliError(error, lang) : error;
    if (expected instanceof CliError) {
      // A language halqa does not speak leaves the reader's unknown: said in both (--lang fr, --lang xx).
      const unknownLang = expected.problem?.params.option === "--lang";
      io.stderr(`halqa: ${cliErrorText(expected, unknownLang ? "en" : lang)}`);
      if (unknownLang) io.stderr(`halqa: ${cliErrorText(expected, "ar")}`);
      return expected.exitCode;
    }
    // A bug (a RangeError included): one coded line for the reader, the stack only when asked for (HALQA_DEBUG=1).
    if (io.env.HALQA_DEBUG) throw error;
    const detail = String((error as Error)?.message ?? error).split("\n")[0];
    io.stderr(`halqa: [internal-error] ${problemMessage(lang, "cli-internal-error", { detail })}`);
    return 1;
  }
}
